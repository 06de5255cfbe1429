package com.anjian.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streaming .xlsx: rows are flushed to a temporary file every {@value #WINDOW} rows (SXSSF), so an
 * export of any length holds only a window in memory, then zipped straight into the response.
 */
public final class Exports {

    public static final int WINDOW = 200;

    private Exports() {
    }

    /** Writes one sheet; {@code rows} is called with a sink that appends one row per call. */
    public static void write(OutputStream out, String sheetName, String title, String subtitle, List<String> headers,
                             int[] widths, Consumer<RowSink> rows) throws IOException {
        // close() also removes the temporary sheet files
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            Xlsx.Styles styles = Xlsx.Styles.of(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            int first = Xlsx.heading(sheet, title, subtitle, headers, widths, styles);
            RowSink sink = new RowSink(sheet, first, styles);
            rows.accept(sink);
            sink.finish();
            workbook.write(out);
        }
    }

    /** Content-Disposition for a download with a Chinese file name. */
    public static String disposition(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Appends rows to the sheet; each row is made as tall as its wrapped text once it is complete. */
    public static final class RowSink {
        private final Sheet sheet;
        private final Xlsx.Styles styles;
        private int next;
        private Row last;

        RowSink(Sheet sheet, int first, Xlsx.Styles styles) {
            this.sheet = sheet;
            this.next = first;
            this.styles = styles;
        }

        public Row row() {
            finish();
            last = sheet.createRow(next++);
            return last;
        }

        void finish() {
            if (last != null) {
                Xlsx.fitHeight(last);
            }
        }

        public Xlsx.Styles styles() {
            return styles;
        }

        public int written() {
            return next;
        }
    }
}
