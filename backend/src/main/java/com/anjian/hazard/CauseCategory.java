package com.anjian.hazard;

/** 人 / 物 / 管理 / 环境: unsafe behaviour, unsafe condition of things, management defect, environment. */
public enum CauseCategory {
    PEOPLE,
    THINGS,
    MANAGEMENT,
    ENVIRONMENT
}
