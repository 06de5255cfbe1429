package com.anjian.ledger;

import com.anjian.common.error.ProblemException;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.support.Sheets;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a filled paper ledger, every rule at its boundary (plain JUnit, workbooks built in memory). */
class LedgerWorkbookReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);
    private static final LedgerPeriod NOVEMBER = new LedgerPeriod(YearMonth.of(2026, 11));

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static List<PaperRow> read(List<String> headers, List<List<Object>> rows, int maxRows) {
        return read(Sheets.workbook(headers, rows), maxRows);
    }

    private static List<PaperRow> read(byte[] xlsx, int maxRows) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(xlsx))) {
            return new LedgerWorkbookReader("太平村", NOVEMBER, TODAY, 366, maxRows).read(pkg);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<PaperRow> read(List<List<Object>> rows) {
        return read(Sheets.HEADERS, rows, 2000);
    }

    /** Each error as "row column: reason-key [args]". */
    private static List<String> problems(List<List<Object>> rows) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(rows));
        assertEquals("excel.rows-invalid", e.detailKey());
        return e.fieldErrors().stream().map(f -> {
            ProblemException.MessageArg reason = (ProblemException.MessageArg) f.args()[2];
            return f.args()[0] + " " + f.args()[1] + ": " + reason.key() + (reason.args().length == 0 ? "" : " " + Arrays.toString(reason.args()));
        }).toList();
    }

    @Test
    void readsEveryWayPeopleWriteADateAndSkipsBlankRows() {
        double serial = DateUtil.getExcelDate(LocalDate.of(2026, 11, 7));
        List<PaperRow> rows = read(List.of(
                row(1, "太平村", "2026-11-03", "村道", "一", "物", "一般"),
                row(2, null, "2026/11/4", "村道", "二", "人的不安全行为", "一般隐患"),
                row(3, null, "2026年11月5日", "村道", "三", "管理缺陷", "重大"),
                row(4, null, "20261106", "村道", "四", "环境因素", "一般"),
                row(5),
                row(6, null, serial, "村道", "五", "物", "一般")));
        assertEquals(List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 7)), rows.stream().map(PaperRow::foundOn).toList());
        assertEquals(List.of(CauseCategory.THINGS, CauseCategory.PEOPLE, CauseCategory.MANAGEMENT, CauseCategory.ENVIRONMENT,
                CauseCategory.THINGS), rows.stream().map(PaperRow::category).toList());
        assertEquals(HazardGrade.MAJOR, rows.get(2).grade());
        assertEquals(List.of(4, 5, 6, 7, 9), rows.stream().map(PaperRow::rowNumber).toList(), "sheet row numbers, as people count");
    }

    @Test
    void aFullyRecordedRowCarriesEveryStep() {
        PaperRow row = read(List.of(row(1, null, "2026-11-03", "村小学", "灭火器过期", "物", "一般", "更换灭火器", "王五",
                "2026-11-20", "1,200元", "2026-11-05", "赵六", "2026-11-06", "2026-11-07", "已更换"))).get(0);
        assertEquals("更换灭火器", row.measures());
        assertEquals(new BigDecimal("1200.00"), row.funds());
        assertEquals(LocalDate.of(2026, 11, 20), row.deadline());
        assertEquals(LocalDate.of(2026, 11, 7), row.closedOn());
        assertEquals("已更换", row.remarks());
        PaperRow bare = read(List.of(row(1, null, "2026-11-03", "村道", "x", "物", "一般"))).get(0);
        assertNull(bare.measures());
        assertNull(bare.funds());
    }

    @Test
    void datesFollowTheRulesOfTheApi() {
        assertEquals(List.of(
                        "4 发现日期: date.future",
                        "5 发现日期: date.too-old [2025-11-14, 366]",
                        "6 整改期限: date.out-of-range [2000-01-01, 2099-12-31]",
                        "7 发现日期: date.out-of-range [2000-01-01, 2099-12-31]",
                        "8 完成日期: date.future",
                        "9 销号日期: date.future"),
                problems(List.of(
                        row(1, null, "2026-11-16", "村道", "明天", "物", "一般"),
                        row(2, null, "2025-11-13", "村道", "367 天前", "物", "一般"),
                        row(3, null, "2025-11-14", "村道", "366 天前", "物", "一般", "整改", "王五", "2100-01-01"),
                        row(4, null, "1999-12-31", "村道", "上世纪", "物", "一般"),
                        row(5, null, "2026-11-10", "村道", "完成于未来", "物", "一般", "整改", "王五", "2026-11-30", null, "2026-11-16"),
                        row(6, null, "2026-11-01", "村道", "销号于未来", "物", "一般", "整改", "王五", "2026-11-30", null, "2026-11-02",
                                "赵六", "2026-11-03", "2026-11-16"))));
        // Exactly the allowed age, today, and a deadline long past are fine on paper.
        assertEquals(2, read(List.of(
                row(1, null, "2025-11-14", "村道", "366 天前", "物", "一般", "整改", "王五", "2025-12-01"),
                row(2, null, "2026-11-15", "村道", "今天", "物", "一般"))).size());
    }

    @Test
    void aFoundDateAfterTheMonthIsOneErrorNotTwo() {
        LedgerPeriod october = new LedgerPeriod(YearMonth.of(2026, 10));
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(Sheets.workbook(Sheets.HEADERS,
                List.of(row(1, null, "2026-11-20", "村道", "晚于月份也晚于今天", "物", "一般")))))) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> new LedgerWorkbookReader("太平村", october, TODAY, 366, 10).read(pkg));
            assertEquals(1, e.fieldErrors().size());
            assertEquals("excel.cell.after-period", ((ProblemException.MessageArg) e.fieldErrors().get(0).args()[2]).key());
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBadCellIsNamedAndTheSameHazardTwiceIsCaught() {
        List<String> problems = problems(List.of(
                row(1, "一居", "2026-11-03", "", "别的单位", "天气", "较大"),
                row(2, null, "2026-11-04", "村道", "整改缺项", "物", "一般", "整改", null, "2026-11-20"),
                row(3, null, "2026-11-04", "村道", "复查人是责任人", "物", "一般", "整改", "王五", "2026-11-20", null, "2026-11-05",
                        "王五", "2026-11-06"),
                row(4, null, "2026-11-05", "村 道", "同一条", "物", "一般"),
                row(5, null, "2026-11-05", "村道", "同一条 ", "物", "一般"),
                row(6, null, "2026-11-05", "村道", "负资金", "物", "一般", "整改", "王五", "2026-11-20", "-1")));
        assertTrue(problems.contains("4 单位: excel.cell.unit-mismatch [太平村]"), problems.toString());
        assertTrue(problems.contains("4 隐患部位: excel.cell.required"), problems.toString());
        assertTrue(problems.contains("4 隐患类别: excel.cell.category [天气]"), problems.toString());
        assertTrue(problems.contains("4 隐患等级: excel.cell.grade [较大]"), problems.toString());
        assertTrue(problems.contains("5 责任人: excel.cell.registration-incomplete"), problems.toString());
        assertTrue(problems.contains("6 复查人: excel.cell.reviewer-is-responsible"), problems.toString());
        assertTrue(problems.contains("8 隐患描述: excel.cell.duplicate-row [7]"), problems.toString());
        assertTrue(problems.contains("9 整改资金（元）: anjian.not-negative"), problems.toString());
    }

    @Test
    void headersMayDifferInSpacesAndParenthesesButNotInColumns() {
        List<String> loose = new ArrayList<>(Sheets.HEADERS);
        loose.set(2, "发现 日期");
        loose.set(10, "整改资金(元)");
        assertEquals(1, read(loose, List.of(row(1, null, "2026-11-03", "村道", "x", "物", "一般")), 10).size());
        List<String> wrong = new ArrayList<>(Sheets.HEADERS);
        wrong.set(4, "问题");
        ProblemException e = assertThrows(ProblemException.class, () -> read(wrong, List.of(row(1)), 10));
        assertEquals("excel.wrong-columns", e.fieldErrors().get(0).messageKey());
        assertEquals("隐患描述", e.fieldErrors().get(0).args()[1]);
    }

    @Test
    void tooManyRowsAndNoRowsAreRefused() {
        List<List<Object>> four = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            four.add(row(i, null, "2026-11-03", "村道", "第" + i + "条", "物", "一般"));
        }
        ProblemException tooMany = assertThrows(ProblemException.class, () -> read(Sheets.HEADERS, four, 3));
        assertEquals("excel.too-many-rows", tooMany.fieldErrors().get(0).messageKey());
        assertEquals(4, read(Sheets.HEADERS, four, 4).size());
        ProblemException none = assertThrows(ProblemException.class, () -> read(List.of(row(1), row(2))));
        assertEquals("excel.no-rows", none.fieldErrors().get(0).messageKey());
    }

    /**
     * Cells as Excel and WPS store them, read from the sheet's XML as the workbook model shows them:
     * a merged title, a date-formatted number, formulas by their cached result (never evaluated), a
     * numeric cell in a text column, inline strings as streaming writers (SXSSF) store them.
     */
    @Test
    void cellsReadAsTheSpreadsheetShowsThem() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("月度隐患排查整改台账");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 1, 0, 15));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(2);
            for (int i = 0; i < Sheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(Sheets.HEADERS.get(i));
            }
            org.apache.poi.ss.usermodel.CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(3);
            data.createCell(0).setCellValue(1);
            org.apache.poi.ss.usermodel.Cell found = data.createCell(2);
            found.setCellValue(LocalDate.of(2026, 11, 3));
            found.setCellStyle(chineseDate);
            data.createCell(3).setCellFormula("\"村\"&\"道\"");
            data.createCell(4).setCellValue(404);
            data.createCell(5).setCellValue("物");
            data.createCell(6).setCellValue("一般");
            data.createCell(7).setCellValue("修");
            data.createCell(8).setCellValue("王五");
            org.apache.poi.ss.usermodel.Cell deadline = data.createCell(9);
            deadline.setCellFormula("C4+10");
            deadline.setCellStyle(chineseDate);
            data.createCell(10).setCellFormula("600*2");
            data.createCell(15).setCellFormula("IF(TRUE,\"\",\"x\")");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        PaperRow row = read(xlsx, 10).get(0);
        assertEquals(4, row.rowNumber());
        assertEquals(LocalDate.of(2026, 11, 3), row.foundOn());
        assertEquals("村道", row.place());
        assertEquals("404", row.description());
        assertEquals(LocalDate.of(2026, 11, 13), row.deadline());
        assertEquals(new BigDecimal("1200.00"), row.funds());
        assertNull(row.remarks(), "a formula whose cached result is empty is an empty cell");

        byte[] streamed;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10);
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("台账");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int i = 0; i < Sheets.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(Sheets.HEADERS.get(i));
            }
            for (int r = 1; r <= 30; r++) {
                org.apache.poi.ss.usermodel.Row data = sheet.createRow(r);
                data.createCell(2).setCellValue("2026-11-0" + (1 + r % 9));
                data.createCell(3).setCellValue(" 第" + r + "处 ");
                data.createCell(4).setCellValue("漏电");
                data.createCell(5).setCellValue("物");
                data.createCell(6).setCellValue("一般");
            }
            workbook.write(out);
            streamed = out.toByteArray();
        }
        List<PaperRow> rows = read(streamed, 100);
        assertEquals(30, rows.size());
        assertEquals("第30处", rows.get(29).place());
        assertEquals(31, rows.get(29).rowNumber());
    }
}
