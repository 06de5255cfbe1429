package com.anjian.document;

import com.anjian.common.text.ChineseDates;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small builder over POI XWPF for the official forms the system prints (执法文书): A4 with the
 * margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), the issuing authority and
 * the title centred in 宋体, the number right-aligned, the body in 仿宋, labelled fields in a bordered
 * table, signature lines, the issuing office and date bottom-right above the seal note, and 第 X 页
 * 共 Y 页 in the footer.
 * <p>
 * Every run names its East-Asian font (w:eastAsia) as well as the Latin one, and the document's
 * defaults do too: without that Word renders Chinese in the Latin font's fallback and LibreOffice in
 * whatever it picks; with it both use 宋体/仿宋 where installed and a CJK face where not.
 */
public final class OfficialDocx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String SONG = "宋体";
    static final String FANG_SONG = "仿宋";
    static final String HEI = "黑体";
    static final String LATIN = "Times New Roman";

    /** Sizes in points: 二号 22, 小二 18, 四号 14, 小四 12, 五号 10.5. */
    static final double TITLE_SIZE = 22, AUTHORITY_SIZE = 18, BODY_SIZE = 14, TABLE_SIZE = 12, NOTE_SIZE = 10.5;

    /** A4 in twips (1/20 pt), and the GB/T 9704 margins. */
    private static final int PAGE_WIDTH = 11906, PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 2098, MARGIN_BOTTOM = 1984, MARGIN_LEFT = 1587, MARGIN_RIGHT = 1474;
    /** The width of the text between the margins, in twips. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** Two characters of body text: the first-line indent of a Chinese paragraph. */
    private static final int TWO_CHARACTERS = (int) (2 * BODY_SIZE * 20);
    /** Full-width spaces under an underline: a blank line to sign on. */
    static final String SIGNING_BLANK = "\u3000".repeat(6);
    /** Line spacing of the body: 1.25 lines keeps a form of this kind to one or two pages and still reads openly. */
    private static final double LINE_SPACING = 1.25;

    private final XWPFDocument document = new XWPFDocument();

    /** A run of text in a body paragraph: plain, or filled in (underlined, as a filled-in form's blank). */
    public record Span(String text, boolean filled) {

        public static Span plain(String text) {
            return new Span(text, false);
        }

        public static Span filled(String text) {
            return new Span(text, true);
        }
    }

    /** One row of a field table: a label and its value, or two such pairs side by side. */
    public record Field(String label, String value, String secondLabel, String secondValue) {

        public static Field of(String label, String value) {
            return new Field(label, value, null, null);
        }

        public static Field of(String label, String value, String secondLabel, String secondValue) {
            return new Field(label, value, secondLabel, secondValue);
        }

        boolean paired() {
            return secondLabel != null;
        }
    }

    /** A column of a table: its header and its share of the text width in percent. */
    public record Column(String header, int percent) {
    }

    public OfficialDocx(String title) {
        pageSetup();
        defaults();
        pageNumbers();
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties().getCoreProperties().setCreator("安监");
    }

    /** The issuing authority above the title (东溪镇人民政府). */
    public OfficialDocx authority(String name) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        text(paragraph, name, SONG, AUTHORITY_SIZE, true, false);
        return this;
    }

    /** The form's title: bold, 22 pt, centred, 宋体. */
    public OfficialDocx title(String title) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(120);
        paragraph.setSpacingAfter(120);
        text(paragraph, title, SONG, TITLE_SIZE, true, false);
        return this;
    }

    /** The document number, right-aligned under the title (东溪经发责改〔2021〕3号). */
    public OfficialDocx number(String number) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.RIGHT);
        paragraph.setSpacingAfter(200);
        text(paragraph, number, FANG_SONG, BODY_SIZE, false, false);
        return this;
    }

    /** Labelled fields as a bordered table: label | value, or label | value | label | value. */
    public OfficialDocx fields(List<Field> fields) {
        int[] widths = {18, 32, 18, 32};
        XWPFTable table = table(widths);
        for (Field field : fields) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setHeight(520);
            label(cell(row, widths[0]), field.label());
            if (field.paired()) {
                value(cell(row, widths[1]), field.value());
                label(cell(row, widths[2]), field.secondLabel());
                value(cell(row, widths[3]), field.secondValue());
            } else {
                XWPFTableCell value = cell(row, widths[1] + widths[2] + widths[3]);
                span(value, 3);
                value(value, field.value());
            }
        }
        return this;
    }

    /** A table with a header row: the checklist's results, the problems found and so on. */
    public OfficialDocx table(List<Column> columns, List<List<String>> rows) {
        int[] widths = columns.stream().mapToInt(Column::percent).toArray();
        XWPFTable table = table(widths);
        XWPFTableRow header = table.insertNewTableRow(0);
        header.setRepeatHeader(true);
        for (Column column : columns) {
            XWPFTableCell cell = cell(header, column.percent());
            write(cell, column.header(), HEI, TABLE_SIZE, false, ParagraphAlignment.CENTER);
        }
        for (List<String> values : rows) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                String value = i < values.size() ? values.get(i) : "";
                // narrow columns (numbers, outcomes) read best centred
                ParagraphAlignment align = widths[i] <= 14 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                write(cell(row, widths[i]), value, FANG_SONG, TABLE_SIZE, false, align);
            }
        }
        return this;
    }

    /** A heading inside the body (检查情况：, 违法事实及证据：), in 黑体. */
    public OfficialDocx heading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(120);
        text(paragraph, text, HEI, BODY_SIZE, false, false);
        return this;
    }

    /** The addressee of a letter-like form, flush left (东溪某某有限公司：). */
    public OfficialDocx addressee(String name) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(120);
        text(paragraph, name + "：", FANG_SONG, BODY_SIZE, false, false);
        return this;
    }

    /** A body paragraph with its first line indented two characters. */
    public OfficialDocx paragraph(String text) {
        return paragraph(List.of(Span.plain(text)));
    }

    /** A body paragraph of plain and filled-in spans. */
    public OfficialDocx paragraph(List<Span> spans) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(TWO_CHARACTERS);
        for (Span span : spans) {
            text(paragraph, span.text(), FANG_SONG, BODY_SIZE, false, span.filled());
        }
        return this;
    }

    /** Numbered lines (1. … 2. …), each indented like a paragraph. */
    public OfficialDocx numbered(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            paragraph((i + 1) + ". " + items.get(i));
        }
        return this;
    }

    /** A line to sign on: 被检查单位负责人（签名）：＿＿＿＿ 年 月 日. */
    public OfficialDocx signatureLine(String label, boolean dated) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(160);
        text(paragraph, label + "（签名）：", FANG_SONG, BODY_SIZE, false, false);
        text(paragraph, SIGNING_BLANK, FANG_SONG, BODY_SIZE, false, true);
        if (dated) {
            text(paragraph, "\u3000\u3000年\u3000\u3000月\u3000\u3000日", FANG_SONG, BODY_SIZE, false, false);
        }
        return this;
    }

    /** The enforcement officers: a line each to sign on, with the number of their enforcement certificate. */
    public OfficialDocx officers(String label, List<Officer> officers) {
        for (Officer officer : officers) {
            XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
            paragraph.setSpacingBefore(160);
            text(paragraph, label + "（签名）：", FANG_SONG, BODY_SIZE, false, false);
            text(paragraph, SIGNING_BLANK, FANG_SONG, BODY_SIZE, false, true);
            text(paragraph, "\u3000" + officer.name() + "\u3000执法证号：", FANG_SONG, BODY_SIZE, false, false);
            text(paragraph, officer.certificateNo() == null ? SIGNING_BLANK : officer.certificateNo(), FANG_SONG, BODY_SIZE, false, true);
        }
        return this;
    }

    /** The issuing authority, the seal note and the date, bottom right (four characters in from the margin). */
    public OfficialDocx issuer(String authority, LocalDate date) {
        // the three lines stay on one page, with the end of what they sign
        XWPFParagraph name = paragraph(ParagraphAlignment.RIGHT);
        name.setSpacingBefore(240);
        name.setIndentationRight(TWO_CHARACTERS * 2);
        name.setKeepNext(true);
        text(name, authority, FANG_SONG, BODY_SIZE, false, false);
        XWPFParagraph seal = paragraph(ParagraphAlignment.RIGHT);
        seal.setIndentationRight(TWO_CHARACTERS * 2);
        seal.setKeepNext(true);
        text(seal, "（印章）", FANG_SONG, BODY_SIZE, false, false);
        XWPFParagraph day = paragraph(ParagraphAlignment.RIGHT);
        day.setIndentationRight(TWO_CHARACTERS * 2);
        text(day, ChineseDates.longDate(date), FANG_SONG, BODY_SIZE, false, false);
        return this;
    }

    /** A note in small print (备注：本文书一式两份…). */
    public OfficialDocx note(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(120);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        text(paragraph, text, FANG_SONG, NOTE_SIZE, false, false);
        return this;
    }

    public byte[] toBytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the document", e);
        }
    }

    // ------------------------------------------------------------------ page and defaults

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(851));
        margins.setFooter(BigInteger.valueOf(992));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Document defaults: 仿宋 for East-Asian text, Chinese as the East-Asian language. */
    private void defaults() {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN);
        fonts.setHAnsi(LATIN);
        fonts.setCs(LATIN);
        fonts.setEastAsia(FANG_SONG);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }

    /** 第 X 页 共 Y 页, centred in the footer, as fields Word and LibreOffice fill in. */
    private void pageNumbers() {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        text(paragraph, "第 ", FANG_SONG, NOTE_SIZE, false, false);
        field(paragraph, "PAGE");
        text(paragraph, " 页 共 ", FANG_SONG, NOTE_SIZE, false, false);
        field(paragraph, "NUMPAGES");
        text(paragraph, " 页", FANG_SONG, NOTE_SIZE, false, false);
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        XWPFRun placeholder = new XWPFRun(field.addNewR(), paragraph);
        fonts(placeholder, FANG_SONG, NOTE_SIZE, false);
        placeholder.setText("1");
    }

    // ------------------------------------------------------------------ paragraphs and runs

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** Writes text in runs, a line break for each newline. */
    static void text(XWPFParagraph paragraph, String text, String eastAsianFont, double size, boolean bold, boolean underlined) {
        String[] lines = Objects.requireNonNullElse(text, "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = paragraph.createRun();
            fonts(run, eastAsianFont, size, bold);
            if (underlined) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
            run.setText(lines[i]);
            if (i < lines.length - 1) {
                run.addBreak();
            }
        }
    }

    static void fonts(XWPFRun run, String eastAsianFont, double size, boolean bold) {
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.cs);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }

    // ------------------------------------------------------------------ tables

    /** An empty bordered table over the text width with fixed columns of these percentages. */
    private XWPFTable table(int[] percents) {
        XWPFTable table = document.createTable();
        table.removeRow(0);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setTableAlignment(TableRowAlign.CENTER);
        int size = 4;
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, size, 0, "000000");
        table.setCellMargins(60, 100, 60, 100);
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int percent : percents) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(percent)));
        }
        // a paragraph after the table keeps two tables apart and gives the next block its own line
        document.createParagraph().setSpacingAfter(0);
        return table;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int percent) {
        XWPFTableCell cell = row.createCell();
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips(percent)));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return cell;
    }

    private static void span(XWPFTableCell cell, int columns) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    private static void label(XWPFTableCell cell, String label) {
        write(cell, label, HEI, TABLE_SIZE, false, ParagraphAlignment.CENTER);
    }

    private static void value(XWPFTableCell cell, String value) {
        write(cell, value, FANG_SONG, TABLE_SIZE, false, ParagraphAlignment.LEFT);
    }

    /** The cell's text, a paragraph per line. */
    private static void write(XWPFTableCell cell, String text, String font, double size, boolean bold, ParagraphAlignment alignment) {
        String[] lines = Objects.requireNonNullElse(text, "").split("\n", -1);
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        paragraphs.add(cell.getParagraphs().get(0));
        for (int i = 1; i < lines.length; i++) {
            paragraphs.add(cell.addParagraph());
        }
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = paragraphs.get(i);
            paragraph.setAlignment(alignment);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBetween(1.2, LineSpacingRule.AUTO);
            text(paragraph, lines[i], font, size, bold, false);
        }
    }

    private static int twips(int percent) {
        return TEXT_WIDTH * percent / 100;
    }
}
