package com.anjian.document;

/** The official documents the system numbers, each with the code its numbers carry (责改 in 东溪经发责改〔2021〕3号). */
public enum DocumentKind {
    /** 现场检查记录 */
    ON_SITE_RECORD("检记", "现场检查记录"),
    /** 责令限期整改指令书 */
    RECTIFICATION_ORDER("责改", "责令限期整改指令书"),
    /** 整改复查意见书 */
    REINSPECTION_OPINION("复查", "整改复查意见书"),
    /** 行政处罚告知书 */
    PENALTY_NOTICE("罚告", "行政处罚告知书"),
    /** 行政处罚决定书 */
    PENALTY_DECISION("罚决", "行政处罚决定书");

    private final String code;
    private final String title;

    DocumentKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The short code in the document number: 检记, 责改, 复查, 罚告, 罚决. */
    public String code() {
        return code;
    }

    /** The document's title as printed on it. */
    public String title() {
        return title;
    }
}
