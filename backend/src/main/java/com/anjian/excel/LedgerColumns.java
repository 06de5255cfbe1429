package com.anjian.excel;

import java.util.List;

/**
 * The columns of the monthly hazard ledger (隐患排查整改台账) exactly as units keep it on paper
 * (domain.md): the template, the import and the export all use this one list. Widths (characters)
 * are chosen so the whole row prints on one A4 landscape page at a readable size; text wraps.
 */
public enum LedgerColumns {
    NO("序号", "No.", 5),
    UNIT("单位", "Unit", 12),
    FOUND_ON("发现日期", "Date found", 11),
    PLACE("隐患部位", "Place or part", 14),
    DESCRIPTION("隐患描述", "Description", 28),
    CATEGORY("隐患类别", "Category", 6),
    GRADE("隐患等级", "Grade", 6),
    MEASURES("整改措施", "Measures", 22),
    RESPONSIBLE("责任人", "Responsible person", 8),
    DEADLINE("整改期限", "Deadline", 11),
    FUNDS("整改资金（元）", "Funds (yuan)", 9),
    COMPLETED_ON("完成日期", "Date completed", 11),
    REVIEWER("复查人", "Reviewer", 8),
    REVIEWED_ON("复查日期", "Review date", 11),
    CLOSED_ON("销号日期", "Close-out date", 11),
    REMARKS("备注", "Remarks", 16);

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
