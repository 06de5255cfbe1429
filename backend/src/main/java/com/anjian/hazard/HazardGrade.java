package com.anjian.hazard;

/** 一般事故隐患 / 重大事故隐患 (SAWS Order No. 16). */
public enum HazardGrade {
    GENERAL,
    MAJOR
}
