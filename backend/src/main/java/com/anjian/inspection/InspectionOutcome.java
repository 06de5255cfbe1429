package com.anjian.inspection;

/** The result of one checklist item: 合格, 不合格, 不适用. */
public enum InspectionOutcome {
    PASS,
    FAIL,
    NOT_APPLICABLE
}
