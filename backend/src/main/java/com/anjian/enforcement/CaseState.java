package com.anjian.enforcement;

/** Where an enforcement case (执法案件) stands in its chain of documents. */
public enum CaseState {
    /** 已检查: a violation found on inspection (现场检查记录). */
    INSPECTED,
    /** 已责令整改: a rectification order issued (责令限期整改指令书). */
    ORDERED,
    /** 已复查: the order's deadline re-inspected (整改复查意见书). */
    REINSPECTED,
    /** 已告知: the intended penalty notified (行政处罚告知书). */
    PENALTY_NOTIFIED,
    /** 已决定: the penalty decided (行政处罚决定书). */
    PENALTY_DECIDED,
    /** 已缴款: the fine paid. */
    FINE_PAID,
    /** 已结案: closed after the penalty was carried out. */
    CLOSED,
    /** 不予处罚结案: closed after re-inspection without a penalty, on a legal ground. */
    NO_PENALTY,
    /** 已撤销: withdrawn, with a reason. */
    WITHDRAWN;

    /** Whether the case is over: nothing follows. */
    public boolean terminal() {
        return this == CLOSED || this == NO_PENALTY || this == WITHDRAWN;
    }
}
