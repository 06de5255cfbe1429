package com.anjian.excel;

import java.util.List;

/**
 * The columns of the monthly hazard ledger (隐患排查整改台账) exactly as units keep it on paper
 * (domain.md): the template, the import and the export all use this one list.
 */
public enum LedgerColumns {
    NO("序号", "No.", 6),
    UNIT("单位", "Unit", 16),
    FOUND_ON("发现日期", "Date found", 12),
    PLACE("隐患部位", "Place or part", 18),
    DESCRIPTION("隐患描述", "Description", 36),
    CATEGORY("隐患类别", "Category", 10),
    GRADE("隐患等级", "Grade", 10),
    MEASURES("整改措施", "Measures", 30),
    RESPONSIBLE("责任人", "Responsible person", 10),
    DEADLINE("整改期限", "Deadline", 12),
    FUNDS("整改资金（元）", "Funds (yuan)", 12),
    COMPLETED_ON("完成日期", "Date completed", 12),
    REVIEWER("复查人", "Reviewer", 10),
    REVIEWED_ON("复查日期", "Review date", 12),
    CLOSED_ON("销号日期", "Close-out date", 12),
    REMARKS("备注", "Remarks", 20);

    private final String chinese;
    private final String english;
    private final int width;

    LedgerColumns(String chinese, String english, int width) {
        this.chinese = chinese;
        this.english = english;
        this.width = width;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(LedgerColumns::chinese).toList();
    }

    public static int[] widths() {
        return java.util.Arrays.stream(values()).mapToInt(c -> c.width).toArray();
    }

    /** Category and grade as written on paper. */
    public static final List<String> CATEGORIES = List.of("人", "物", "管理", "环境");
    public static final List<String> GRADES = List.of("一般", "重大");
}
