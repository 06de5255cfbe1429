package com.anjian.ledger;

import com.anjian.excel.Exports;
import com.anjian.excel.LedgerColumns;
import com.anjian.excel.Xlsx;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import org.apache.poi.ss.usermodel.Row;

/** A ledger line in the paper ledger's columns. */
public final class LedgerRows {

    private LedgerRows() {
    }

    public static void write(Exports.RowSink sink, LedgerDtos.Line line) {
        Row row = sink.row();
        Xlsx.Styles s = sink.styles();
        Xlsx.number(row, LedgerColumns.NO.ordinal(), line.lineNo(), s);
        Xlsx.text(row, LedgerColumns.UNIT.ordinal(), line.unitName(), s);
        Xlsx.date(row, LedgerColumns.FOUND_ON.ordinal(), line.foundOn(), s);
        Xlsx.text(row, LedgerColumns.PLACE.ordinal(), line.place(), s);
        Xlsx.text(row, LedgerColumns.DESCRIPTION.ordinal(), line.description(), s);
        Xlsx.text(row, LedgerColumns.CATEGORY.ordinal(), category(line.causeCategory()), s);
        Xlsx.text(row, LedgerColumns.GRADE.ordinal(), grade(line.grade()), s);
        Xlsx.text(row, LedgerColumns.MEASURES.ordinal(), line.measures(), s);
        Xlsx.text(row, LedgerColumns.RESPONSIBLE.ordinal(), line.responsiblePerson(), s);
        Xlsx.date(row, LedgerColumns.DEADLINE.ordinal(), line.deadline(), s);
        Xlsx.money(row, LedgerColumns.FUNDS.ordinal(), line.funds(), s);
        Xlsx.date(row, LedgerColumns.COMPLETED_ON.ordinal(), line.completedOn(), s);
        Xlsx.text(row, LedgerColumns.REVIEWER.ordinal(), line.reviewer(), s);
        Xlsx.date(row, LedgerColumns.REVIEWED_ON.ordinal(), line.reviewedOn(), s);
        Xlsx.date(row, LedgerColumns.CLOSED_ON.ordinal(), line.closedOn(), s);
        Xlsx.text(row, LedgerColumns.REMARKS.ordinal(), remarks(line), s);
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
