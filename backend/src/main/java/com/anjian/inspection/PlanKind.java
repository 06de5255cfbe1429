package com.anjian.inspection;

/** An annual plan (年度检查计划) or one month's (月度检查计划). */
public enum PlanKind {
    ANNUAL,
    MONTHLY
}
