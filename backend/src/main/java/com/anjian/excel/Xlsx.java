package com.anjian.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writing cells the same way in every workbook the product produces. */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Xlsx() {
    }

    /** Styles of one workbook (POI styles belong to a workbook and are limited in number). */
    public record Styles(CellStyle title, CellStyle header, CellStyle text, CellStyle date, CellStyle money) {

        public static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            money.setVerticalAlignment(VerticalAlignment.TOP);
            return new Styles(title, header, text, date, money);
        }
    }

    /**
     * Text as a spreadsheet would show it but never run it: a value starting with = + - @ or a
     * control character is a formula to Excel when re-imported or saved as CSV, so it gets a leading
     * apostrophe (CSV/formula injection).
     */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n') {
            return "'" + value;
        }
        return value;
    }

    public static void text(Row row, int column, String value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.text());
        if (value != null) {
            cell.setCellValue(neutralise(value));
        }
    }

    public static void number(Row row, int column, long value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.text());
        cell.setCellValue(value);
    }

    public static void date(Row row, int column, LocalDate value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.date());
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    public static void money(Row row, int column, BigDecimal value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.money());
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** Title line, an optional subtitle line, then the header; returns the index of the first data row. */
    public static int heading(Sheet sheet, String title, String subtitle, List<String> headers, int[] widths, Styles styles) {
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(24);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        Row subtitleRow = sheet.createRow(1);
        subtitleRow.createCell(0).setCellValue(subtitle == null ? "" : neutralise(subtitle));
        Row header = sheet.createRow(2);
        header.setHeightInPoints(30);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 3);
        return 3;
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static LocalDate toLocalDate(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
