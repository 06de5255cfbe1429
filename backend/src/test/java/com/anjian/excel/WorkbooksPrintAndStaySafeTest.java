package com.anjian.excel;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.anjian.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every workbook the product writes (hazard list, close-out ledger, monthly ledger, blank template):
 * printable on A4 as people sign them, and with no cell a spreadsheet would run as a formula, even
 * when a unit is named like one.
 */
@QuarkusTest
class WorkbooksPrintAndStaySafeTest {

    static final String FORMULA_NAME_START = "=HYPERLINK(\"http://evil.example/";
    static long unitId;
    static String unitName;
    static String serial;
    static Map<String, byte[]> workbooks;

    /** Made once for the class, in the first test (RestAssured knows the test port only then). */
    @BeforeEach
    void oneOfEachWorkbookForAUnitNamedLikeAFormula() {
        if (workbooks != null) {
            return;
        }
        String tag = Fixtures.unique("u");
        unitName = FORMULA_NAME_START + tag + "\",\"点我\")";
        unitId = Fixtures.createOffice(unitName).jsonPath().getLong("id");
        LocalDate today = Ledgers.today();
        String month = Ledgers.thisMonth().toString();
        String description = "=1+1 " + tag;
        // One hostile row, and enough ordinary ones for the monthly ledger to run over several pages.
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(1, unitName, today.toString(), "-部位", description, "物", "一般", "+整改", "王五", today.toString(), "100",
                today.toString(), "赵六", today.toString(), today.toString(), "=备注"));
        for (int i = 2; i <= 60; i++) {
            // Not registered: they stay found, never overdue, so the town's overdue checks in other tests ignore them.
            rows.add(row(i, null, today.toString(), "第" + i + "号仓库东侧", tag + " 液化气钢瓶与配电箱间距不足一米，周边堆放纸箱等可燃物 " + i,
                    "物", "一般", null, null, null, null, null, null, null, null, "已告知业主，待登记整改措施"));
        }
        Ledgers.upload("admin", unitId, month, "@台账.xlsx", Sheets.workbook(Sheets.HEADERS, rows)).then().statusCode(200);
        serial = Api.as("admin").queryParam("unitId", unitId).queryParam("state", "CLOSED").get("/api/v1/hazards")
                .then().body("total", org.hamcrest.Matchers.equalTo(1)).extract().jsonPath().getString("items[0].serial");
        workbooks = new LinkedHashMap<>();
        workbooks.put("hazard list", download("/api/v1/hazards/export?unitId=" + unitId));
        workbooks.put("close-out ledger", download("/api/v1/closeouts/export?from=" + today + "&to=" + today));
        workbooks.put("monthly ledger", download(Ledgers.path(unitId, month) + "/export"));
        workbooks.put("template", download("/api/v1/ledgers/template?unitId=" + unitId + "&period=" + month));
        workbooks.put("blank template", download("/api/v1/ledgers/template"));
        keepForALook();
    }

    /** With -Dtest.workbooks.dir=…, the workbooks are also written there to be opened or printed (README). */
    private static void keepForALook() {
        String dir = System.getProperty("test.workbooks.dir");
        if (dir == null) {
            return;
        }
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            for (var entry : workbooks.entrySet()) {
                java.nio.file.Files.write(java.nio.file.Path.of(dir, entry.getKey().replace(' ', '-') + ".xlsx"), entry.getValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] download(String path) {
        return Api.as("admin").accept(Ledgers.XLSX).get(path).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void noCellOfAnyWorkbookIsAFormulaOrStartsLikeOne() throws IOException {
        for (var entry : workbooks.entrySet()) {
            int cells = 0;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entry.getValue()))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertTrue(cell.getCellType() != CellType.FORMULA, entry.getKey() + " has a formula at " + cell.getAddress());
                            if (cell.getCellType() == CellType.STRING) {
                                String text = cell.getStringCellValue();
                                cells++;
                                assertTrue(text.isEmpty() || "=+-@\t\r\n".indexOf(text.charAt(0)) < 0,
                                        entry.getKey() + " " + sheet.getSheetName() + "!" + cell.getAddress() + " starts like a formula: " + text);
                            }
                        }
                    }
                }
            }
            assertTrue(cells > 10, entry.getKey() + " has text cells: " + cells);
        }
        // The unit's name and the hostile cells are there, neutralised, not dropped.
        List<List<String>> ledger = Sheets.read(workbooks.get("monthly ledger"));
        assertEquals("'" + unitName + "月度隐患排查整改台账", ledger.get(0).get(0));
        assertEquals("'" + unitName, ledger.get(3).get(1));
        assertEquals("'-部位", ledger.get(3).get(3));
        assertTrue(Sheets.read(workbooks.get("hazard list")).stream().anyMatch(r -> r.contains("'" + unitName)), "hazard list names the unit");
        assertTrue(Sheets.read(workbooks.get("close-out ledger")).stream().anyMatch(r -> r.contains(serial) && r.contains("'" + unitName)),
                "close-out ledger lists " + serial);
        assertTrue(Sheets.read(workbooks.get("template")).get(1).get(0).contains(unitName), "template names the unit");
    }

    @Test
    void everyWorkbookPrintsOnA4LandscapeOnePageWideWithItsHeadingsOnEachPage() throws IOException {
        for (var entry : workbooks.entrySet()) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(entry.getValue()))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                String what = entry.getKey();
                PrintSetup print = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), what + " paper");
                assertTrue(print.getLandscape(), what + " landscape");
                assertTrue(sheet.getFitToPage(), what + " fits to page");
                assertEquals(1, print.getFitWidth(), what + " one page wide");
                assertEquals(0, print.getFitHeight(), what + " as many pages tall as needed");
                CellRangeAddress repeated = sheet.getRepeatingRows();
                assertTrue(repeated != null && repeated.getFirstRow() == 0 && repeated.getLastRow() == 2,
                        what + " repeats title, subtitle and column headers on each page: " + repeated);
                assertEquals("第 &P 页，共 &N 页", sheet.getFooter().getCenter(), what + " footer");
                int columns = sheet.getRow(2).getLastCellNum();
                assertTrue(columns >= 16, what + " columns " + columns);
                List<CellRangeAddress> merged = new ArrayList<>(sheet.getMergedRegions());
                assertTrue(merged.stream().anyMatch(r -> r.getFirstRow() == 0 && r.getLastRow() == 0 && r.getFirstColumn() == 0
                        && r.getLastColumn() == columns - 1), what + " title merged across the width: " + merged);
                int width = 0;
                for (int c = 0; c < columns; c++) {
                    width += sheet.getColumnWidth(c) / 256;
                }
                // A4 landscape holds about 150 characters at full size: keep the scale above two thirds.
                assertTrue(width <= 225, what + " total column width " + width);
                assertTrue(sheet.getMargin(Sheet.LeftMargin) <= 0.5 && sheet.getMargin(Sheet.RightMargin) <= 0.5, what + " narrow margins");
            }
        }
    }
}
