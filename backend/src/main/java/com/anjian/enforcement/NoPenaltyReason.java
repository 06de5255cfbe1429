package com.anjian.enforcement;

/** The legal grounds on which a case may be closed without a penalty after re-inspection. */
public enum NoPenaltyReason {
    /** 初次违法且危害后果轻微并及时改正 (violations minor and corrected in time are not penalised). */
    FIRST_MINOR_CORRECTED("《中华人民共和国行政处罚法》第三十三条第一款", "违法行为轻微或者初次违法且危害后果轻微，并及时改正"),
    /** 当事人有证据足以证明没有主观过错. */
    NO_FAULT("《中华人民共和国行政处罚法》第三十三条第二款", "当事人有证据足以证明没有主观过错"),
    /** 违法行为在法定期限内未被发现. */
    TIME_BARRED("《中华人民共和国行政处罚法》第三十六条", "违法行为在法定期限内未被发现"),
    /** Another ground, which the case states in words. */
    OTHER(null, "其他法定情形");

    private final String legalBasis;
    private final String label;

    NoPenaltyReason(String legalBasis, String label) {
        this.legalBasis = legalBasis;
        this.label = label;
    }

    /** The clause the ground rests on; null for OTHER, whose text names it. */
    public String legalBasis() {
        return legalBasis;
    }

    public String label() {
        return label;
    }
}
