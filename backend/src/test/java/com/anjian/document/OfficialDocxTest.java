package com.anjian.document;

import com.anjian.document.OfficialDocx.Column;
import com.anjian.document.OfficialDocx.Field;
import com.anjian.document.OfficialDocx.Span;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page and the type of every form: A4, GB/T 9704 margins, Chinese fonts named for East-Asian text. */
class OfficialDocxTest {

    private static byte[] sample() {
        return new OfficialDocx("测试文书")
                .authority("东溪镇人民政府")
                .title("测试文书")
                .number("东溪应急检记〔2026〕1号")
                .fields(List.of(Field.of("当事人", "某某公司"), Field.of("法定代表人", "张三", "联系电话", "123")))
                .heading("检查情况：")
                .table(List.of(new Column("序号", 10), new Column("内容", 90)), List.of(List.of("1", "第一行\n第二行")))
                .paragraph(List.of(Span.plain("现责令于"), Span.filled("2026年12月1日"), Span.plain("前整改。")))
                .officers("执法人员", Samples.OFFICERS)
                .signatureLine("当事人", true)
                .issuer("东溪镇人民政府", LocalDate.of(2026, 11, 29))
                .note("备注：本文书一式两份。")
                .toBytes();
    }

    @Test
    void thePageIsA4WithTheMarginsOfChineseOfficialDocuments() {
        try (XWPFDocument document = Docx.open(sample())) {
            CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW(), "210 mm");
            assertEquals(BigInteger.valueOf(16838), size.getH(), "297 mm");
            CTPageMar margins = document.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(BigInteger.valueOf(2098), margins.getTop(), "37 mm");
            assertEquals(BigInteger.valueOf(1984), margins.getBottom(), "35 mm");
            assertEquals(BigInteger.valueOf(1587), margins.getLeft(), "28 mm");
            assertEquals(BigInteger.valueOf(1474), margins.getRight(), "26 mm");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyRunNamesAnEastAsianFontAndTheTitleIsBold22PointSongTi() throws Exception {
        try (XWPFDocument document = Docx.open(sample())) {
            List<XWPFRun> runs = new ArrayList<>();
            document.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable table : document.getTables()) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
            }
            document.getFooterList().forEach(footer -> footer.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
            assertTrue(runs.size() > 20);
            for (XWPFRun run : runs) {
                String font = run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
                assertTrue(List.of("宋体", "仿宋", "黑体").contains(font), "run \"" + run.text() + "\" has East-Asian font " + font);
            }
            assertEquals("仿宋", defaultsEastAsia(document), "the document's defaults too");

            XWPFParagraph title = document.getParagraphs().stream().filter(p -> p.getText().equals("测试文书")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            XWPFRun titleRun = title.getRuns().get(0);
            assertTrue(titleRun.isBold());
            assertEquals(22.0, titleRun.getFontSizeAsDouble());
            assertEquals("宋体", titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia));

            XWPFParagraph number = document.getParagraphs().stream().filter(p -> p.getText().equals("东溪应急检记〔2026〕1号")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.RIGHT, number.getAlignment());
            XWPFParagraph seal = document.getParagraphs().stream().filter(p -> p.getText().equals("（印章）")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.RIGHT, seal.getAlignment());
        }
    }

    private static String defaultsEastAsia(XWPFDocument document) {
        return document.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia();
    }

    @Test
    void fieldsAreABorderedTableOfLabelsAndValuesAndASingleValueSpansTheRow() throws Exception {
        try (XWPFDocument document = Docx.open(sample())) {
            XWPFTable fields = document.getTables().get(0);
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, fields.getTopBorderType());
            assertEquals(XWPFTable.XWPFBorderType.SINGLE, fields.getInsideVBorderType());
            assertEquals(List.of("当事人", "某某公司"), fields.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(BigInteger.valueOf(3), fields.getRow(0).getCell(1).getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals(List.of("法定代表人", "张三", "联系电话", "123"),
                    fields.getRow(1).getTableCells().stream().map(XWPFTableCell::getText).toList());

            XWPFTable results = document.getTables().get(1);
            assertEquals(List.of("序号", "内容"), results.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(2, results.getRow(1).getCell(1).getParagraphs().size(), "a line per paragraph");
        }
    }

    @Test
    void theFooterNumbersThePages() throws Exception {
        try (XWPFDocument document = Docx.open(sample())) {
            String footer = document.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
        }
    }
}
