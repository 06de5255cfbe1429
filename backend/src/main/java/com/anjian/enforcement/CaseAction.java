package com.anjian.enforcement;

/** The steps of an enforcement case. */
public enum CaseAction {
    /** 责令限期整改 */
    ORDER,
    /** 整改复查 */
    REINSPECT,
    /** 行政处罚告知 */
    NOTIFY_PENALTY,
    /** 作出行政处罚决定 */
    DECIDE_PENALTY,
    /** 缴纳罚款 */
    RECORD_PAYMENT,
    /** 结案 */
    CLOSE,
    /** 不予处罚结案 (needs a {@link NoPenaltyReason}) */
    CLOSE_WITHOUT_PENALTY,
    /** 撤销 (needs a reason) */
    WITHDRAW
}
