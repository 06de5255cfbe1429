package com.anjian.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
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
    public record Styles(CellStyle title, CellStyle subtitle, CellStyle header, CellStyle text, CellStyle date, CellStyle money) {

        public static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            CellStyle title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle subtitle = workbook.createCellStyle();
            subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle text = bordered(workbook);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle money = bordered(workbook);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            money.setVerticalAlignment(VerticalAlignment.TOP);
            return new Styles(title, subtitle, header, text, date, money);
        }

        /** Thin lines around every cell of the table: a printed ledger is a grid people sign. */
        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
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

    /**
     * The one way text goes into a cell of any workbook the product writes (titles, headers, data,
     * instructions): neutralised, so no cell starts like a formula whatever a user named things.
     */
    public static void setText(Cell cell, String value) {
        if (value != null) {
            cell.setCellValue(neutralise(value));
        }
    }

    public static void text(Row row, int column, String value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.text());
        setText(cell, value);
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
            // The serial number directly: POI's setCellValue(LocalDate) looks up in the workbook's XML
            // whether it counts from 1904, for every date cell of an export. Ours count from 1900.
            cell.setCellValue(DateUtil.getExcelDate(value, false));
        }
    }

    public static void money(Row row, int column, BigDecimal value, Styles styles) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.money());
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static final float LINE_POINTS = 14f;

    /**
     * Rows are made as tall as their longest wrapped text needs, estimated from the column widths
     * ({@link Exports.RowSink}). Spreadsheets do not reliably grow rows written by a program
     * (LibreOffice keeps them one line high), and a printed ledger whose text runs into the next row
     * cannot be read. The estimate errs towards a little room rather than clipped text.
     */
    static double textWidth(int columnChars) {
        return Math.max(1, columnChars - 1);
    }

    /** Lines a wrapped text takes in a column {@code width} digits wide ({@link #textWidth}). */
    static int lines(String text, double width) {
        int lines = 0;
        double used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += Math.max(1, (int) Math.ceil(used / width));
                used = 0;
            } else if (!Character.isLowSurrogate(c)) {
                used += charWidth(c);
            }
        }
        return lines + Math.max(1, (int) Math.ceil(used / width));
    }

    static float heightOf(int lines) {
        return Math.min(409, lines * LINE_POINTS + 2);
    }

    /** A character's width in column-width units (the width of a digit). */
    private static double charWidth(char c) {
        if (c > 0x2E7F) {
            return 1.6; // Chinese characters and full-width punctuation
        }
        if (Character.isDigit(c) || Character.isUpperCase(c)) {
            return 1.0;
        }
        return Character.isLetter(c) ? 0.85 : 0.6;
    }

    /** Rows above the data: title, subtitle, column headers. Each printed page repeats them. */
    public static final int HEADING_ROWS = 3;

    /**
     * Title line and subtitle line, each merged across the table, then the column headers; sets the
     * sheet up to print. Returns the index of the first data row.
     */
    public static int heading(Sheet sheet, String title, String subtitle, List<String> headers, int[] widths, Styles styles) {
        int last = headers.size() - 1;
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(28);
        Cell titleCell = titleRow.createCell(0);
        setText(titleCell, title);
        titleCell.setCellStyle(styles.title());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row subtitleRow = sheet.createRow(1);
        subtitleRow.setHeightInPoints(20);
        Cell subtitleCell = subtitleRow.createCell(0);
        setText(subtitleCell, subtitle == null ? "" : subtitle);
        subtitleCell.setCellStyle(styles.subtitle());
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row header = sheet.createRow(2);
        header.setHeightInPoints(32);
        int[] printed = printWidths(widths);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            setText(cell, headers.get(i));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, printed[i] * 256);
        }
        sheet.createFreezePane(0, HEADING_ROWS);
        printable(sheet, true);
        return HEADING_ROWS;
    }

    /** Widths (in characters) above which the whole table shrinks too much to read when fitted to A4. */
    static final int PRINT_TOTAL_WIDTH = 190;
    static final int MIN_WIDE_COLUMN = 14;

    /**
     * Column widths for a table fitted to one A4 landscape page wide: when the total is above
     * {@value #PRINT_TOTAL_WIDTH} characters, the wide text columns (which wrap) give up width, down
     * to {@value #MIN_WIDE_COLUMN}; narrow ones (numbers, dates, short codes) keep theirs.
     */
    public static int[] printWidths(int[] widths) {
        int total = 0, wide = 0, wideCount = 0;
        for (int w : widths) {
            total += w;
            if (w > MIN_WIDE_COLUMN) {
                wide += w;
                wideCount++;
            }
        }
        if (total <= PRINT_TOTAL_WIDTH || wideCount == 0) {
            return widths.clone();
        }
        double factor = Math.max(0, (double) (PRINT_TOTAL_WIDTH - (total - wide))) / wide;
        int[] printed = widths.clone();
        for (int i = 0; i < printed.length; i++) {
            if (printed[i] > MIN_WIDE_COLUMN) {
                printed[i] = Math.max(MIN_WIDE_COLUMN, (int) Math.floor(printed[i] * factor));
            }
        }
        return printed;
    }

    /**
     * A4, fitted to one page wide and as many tall as it takes, narrow margins, centred, with
     * "第 x 页，共 y 页" in the footer; a table also repeats its heading rows on every page.
     */
    public static void printable(Sheet sheet, boolean landscapeTable) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscapeTable);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.setHorizontallyCenter(true);
        if (landscapeTable) {
            sheet.setRepeatingRows(new CellRangeAddress(0, HEADING_ROWS - 1, -1, -1));
        }
        // &P and &N are the spreadsheet's fields for the page number and the number of pages.
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static LocalDate toLocalDate(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
