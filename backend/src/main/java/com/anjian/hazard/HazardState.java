package com.anjian.hazard;

/** The five steps of the closed loop (隐患排查治理五步闭环), in order. None may be skipped. */
public enum HazardState {
    /** 排查: found by inspection, patrol, self-check or public report. */
    FOUND,
    /** 登记: graded and assigned (五落实). */
    REGISTERED,
    /** 整改: under a rectification order. */
    RECTIFYING,
    /** 验收: accepted by someone other than the rectifier. */
    VERIFIED,
    /** 销号: written off into the close-out ledger; never reopens. */
    CLOSED;

    /** Past its deadline and not yet verified counts as overdue only in these states. */
    public boolean canBeOverdue() {
        return this == REGISTERED || this == RECTIFYING;
    }
}
