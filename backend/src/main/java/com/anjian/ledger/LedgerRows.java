package com.anjian.ledger;

import com.anjian.excel.Exports;
import com.anjian.excel.LedgerColumns;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;

/** A ledger line in the paper ledger's columns. */
public final class LedgerRows {

    private LedgerRows() {
    }

    public static void write(Exports.RowSink sink, LedgerDtos.Line line) {
        sink.next()
                .number(LedgerColumns.NO.ordinal(), line.lineNo())
                .text(LedgerColumns.UNIT.ordinal(), line.unitName())
                .date(LedgerColumns.FOUND_ON.ordinal(), line.foundOn())
                .text(LedgerColumns.PLACE.ordinal(), line.place())
                .text(LedgerColumns.DESCRIPTION.ordinal(), line.description())
                .text(LedgerColumns.CATEGORY.ordinal(), category(line.causeCategory()))
                .text(LedgerColumns.GRADE.ordinal(), grade(line.grade()))
                .text(LedgerColumns.MEASURES.ordinal(), line.measures())
                .text(LedgerColumns.RESPONSIBLE.ordinal(), line.responsiblePerson())
                .date(LedgerColumns.DEADLINE.ordinal(), line.deadline())
                .money(LedgerColumns.FUNDS.ordinal(), line.funds())
                .date(LedgerColumns.COMPLETED_ON.ordinal(), line.completedOn())
                .text(LedgerColumns.REVIEWER.ordinal(), line.reviewer())
                .date(LedgerColumns.REVIEWED_ON.ordinal(), line.reviewedOn())
                .date(LedgerColumns.CLOSED_ON.ordinal(), line.closedOn())
                .text(LedgerColumns.REMARKS.ordinal(), remarks(line));
    }

    public static String category(CauseCategory category) {
        return category == null ? null : LedgerColumns.CATEGORIES.get(category.ordinal());
    }

    public static String grade(HazardGrade grade) {
        return grade == null ? null : LedgerColumns.GRADES.get(grade.ordinal());
    }

    /** Remarks as entered, prefixed with the hazard's number so the sheet can be traced to the system. */
    private static String remarks(LedgerDtos.Line line) {
        return line.remarks() == null ? line.hazardSerial() : line.hazardSerial() + "；" + line.remarks();
    }
}
