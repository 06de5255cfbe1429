package com.anjian.excel;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the first sheet of a workbook row by row with a SAX parser over its XML, so a 10,000-row
 * sheet is never held in memory as a workbook: each row is handed over as its first {@code columns}
 * cells, each as POI's usermodel would show it (text as displayed by {@link DataFormatter}, a formula
 * by its cached result, never evaluated). Only the shared strings and the styles are kept.
 */
public final class SheetStream {

    /** How a cell's value is stored, a formula counting as its cached result's type. */
    public enum Kind { NUMERIC, STRING, BOOLEAN, ERROR }

    /**
     * One non-empty cell. {@code text} is what the cell shows, trimmed (as the usermodel's
     * DataFormatter shows it; a formula's cached error or boolean as POI reads it); {@code number} is
     * set for numeric cells; {@code dateFormatted} says the cell's format is a date's.
     */
    public record Cell(Kind kind, String text, double number, boolean dateFormatted) {
    }

    /** A row as stored: its 0-based index and its first cells (null where empty). */
    public record Row(int index, Cell[] cells) {
        public Cell cell(int column) {
            return column < cells.length ? cells[column] : null;
        }
    }

    /** Thrown when the workbook has no sheet at all. */
    public static final class NoSheetException extends RuntimeException {
        NoSheetException() {
            super("the workbook has no sheet", null, false, false);
        }
    }

    private SheetStream() {
    }

    /**
     * Hands every stored row of the first sheet, in order, to {@code rows}. Whatever {@code rows}
     * throws (to stop early) comes out of this method unchanged.
     */
    public static void read(OPCPackage pkg, int columns, Consumer<Row> rows) throws IOException {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new NoSheetException();
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new Handler(strings, styles, columns, rows));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The sheet's XML (ECMA-376 §18.3): row, c (r, t, s), v, f, is/t. */
    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final int columns;
        private final Consumer<Row> rows;
        private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
        private final StringBuilder value = new StringBuilder();

        private int rowIndex = -1;
        private Cell[] cells;
        private int nextColumn;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean hasValue;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles, int columns, Consumer<Row> rows) {
            this.strings = strings;
            this.styles = styles;
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                    cells = new Cell[columns];
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? nextColumn : columnOf(ref);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if ("inlineStr".equals(type) && !inPhonetic) {
                        inInlineText = true;
                        hasValue = true;
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (column < columns && hasValue) {
                        cells[column] = cell();
                    }
                }
                case "row" -> rows.accept(new Row(rowIndex, cells));
                default -> {
                }
            }
        }

        private Cell cell() {
            String raw = value.toString();
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> new Cell(Kind.STRING, strings.getItemAt(Integer.parseInt(raw.trim())).getString().trim(), 0, false);
                case "inlineStr" -> new Cell(Kind.STRING, raw.trim(), 0, false);
                case "str" -> new Cell(Kind.STRING, raw.trim(), 0, false);
                // As POI reads them: a stored boolean shows TRUE/FALSE, a formula's cached one true/false.
                case "b" -> {
                    boolean b = "1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim());
                    yield new Cell(Kind.BOOLEAN, formula ? String.valueOf(b) : (b ? "TRUE" : "FALSE"), 0, false);
                }
                // A formula's cached error shows nothing; a stored error shows its code (#DIV/0!).
                case "e" -> new Cell(Kind.ERROR, formula ? "" : errorText(raw.trim()), 0, false);
                default -> numeric(raw.trim());
            };
        }

        private Cell numeric(String raw) {
            if (raw.isEmpty()) {
                return null;
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return new Cell(Kind.STRING, raw, 0, false);
            }
            short formatIndex = 0;
            String formatString = "General";
            if (styles != null && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null) {
                    formatIndex = cellStyle.getDataFormat();
                    formatString = cellStyle.getDataFormatString();
                }
            }
            if (formatString == null) {
                formatString = "General";
            }
            boolean date = DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(formatIndex, formatString);
            String text = formatter.formatRawCellContents(number, formatIndex, formatString).trim();
            return new Cell(Kind.NUMERIC, text, number, date);
        }

        private static String errorText(String code) {
            try {
                return FormulaError.forString(code).getString();
            } catch (IllegalArgumentException e) {
                return code;
            }
        }

        /** "AB12" → 27. */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
