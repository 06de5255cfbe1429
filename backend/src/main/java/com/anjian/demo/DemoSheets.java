package com.anjian.demo;

import com.anjian.excel.LedgerColumns;
import com.anjian.excel.LedgerTemplate;
import com.anjian.excel.Xlsx;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A paper ledger as a unit would upload it: the downloaded template (LedgerTemplate) with its rows
 * typed in, dates written the way people write them.
 */
final class DemoSheets {

    /** One hazard as written on the paper ledger; null leaves a cell empty. */
    record PaperLine(LocalDate foundOn, String place, String description, String category, String grade, String measures,
                     String responsible, LocalDate deadline, BigDecimal funds, LocalDate completedOn, String reviewer,
                     LocalDate reviewedOn, LocalDate closedOn, String remarks) {
    }

    private DemoSheets() {
    }

    /** Writes the filled template to a temporary file, which the caller deletes after uploading it. */
    static Path write(String unitName, String period, List<PaperLine> lines) {
        try {
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            LedgerTemplate.write(template, unitName, period);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
                Sheet sheet = workbook.getSheetAt(0);
                int first = Xlsx.HEADING_ROWS;
                for (int i = 0; i < lines.size(); i++) {
                    PaperLine line = lines.get(i);
                    Row row = sheet.getRow(first + i) == null ? sheet.createRow(first + i) : sheet.getRow(first + i);
                    set(row, LedgerColumns.NO, String.valueOf(i + 1));
                    set(row, LedgerColumns.UNIT, unitName);
                    set(row, LedgerColumns.FOUND_ON, date(line.foundOn()));
                    set(row, LedgerColumns.PLACE, line.place());
                    set(row, LedgerColumns.DESCRIPTION, line.description());
                    set(row, LedgerColumns.CATEGORY, line.category());
                    set(row, LedgerColumns.GRADE, line.grade());
                    set(row, LedgerColumns.MEASURES, line.measures());
                    set(row, LedgerColumns.RESPONSIBLE, line.responsible());
                    set(row, LedgerColumns.DEADLINE, date(line.deadline()));
                    if (line.funds() != null) {
                        row.getCell(LedgerColumns.FUNDS.ordinal(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                                .setCellValue(line.funds().doubleValue());
                    }
                    set(row, LedgerColumns.COMPLETED_ON, date(line.completedOn()));
                    set(row, LedgerColumns.REVIEWER, line.reviewer());
                    set(row, LedgerColumns.REVIEWED_ON, date(line.reviewedOn()));
                    set(row, LedgerColumns.CLOSED_ON, date(line.closedOn()));
                    set(row, LedgerColumns.REMARKS, line.remarks());
                }
                Path file = Files.createTempFile("anjian-demo-ledger", ".xlsx");
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
                return file;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As people write dates on paper: 2026年3月5日. */
    private static String date(LocalDate date) {
        return date == null ? null : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static void set(Row row, LedgerColumns column, String value) {
        if (value != null) {
            row.getCell(column.ordinal(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
        }
    }
}
