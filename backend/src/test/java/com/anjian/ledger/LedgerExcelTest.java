package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Files;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Ledgers;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LedgerExcelTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static Response upload(String user, long unitId, Object period, String name, byte[] bytes) {
        return Ledgers.upload(user, unitId, period, name, bytes);
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static String day(YearMonth month, int day) {
        return month.atDay(day).toString();
    }

    private static long hazardsOf(long unitId, String q) {
        return Api.as("admin").queryParam("unitId", unitId).queryParam("q", q).get("/api/v1/hazards")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void theTemplateHasExactlyThePaperLedgersColumns() {
        byte[] template = Api.as("officer").queryParam("unitId", Fixtures.unitId("白云寺村")).queryParam("period", "2026-10")
                .accept(XLSX).get("/api/v1/ledgers/template").then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        List<List<String>> rows = Sheets.read(template);
        assertEquals("月度隐患排查整改台账", rows.get(0).get(0));
        assertTrue(rows.get(1).get(0).contains("白云寺村") && rows.get(1).get(0).contains("2026年10月"), rows.get(1).toString());
        assertEquals(Sheets.HEADERS, rows.get(2));
    }

    @Test
    void aFilledSheetImportsEveryRowWithTheStepsItRecordsAndTwiceCreatesNothingNew() {
        YearMonth month = Ledgers.thisMonth().minusMonths(2);
        long unit = Fixtures.createLedgerUnit(month);
        String tag = Fixtures.unique("导入");
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, day(month, 3), "村道急弯处", tag + " 护栏缺失", "物", "一般"),
                row(2, null, month.getYear() + "/" + month.getMonthValue() + "/10", "村小学", tag + " 灭火器过期", "物", "一般", "更换灭火器",
                        "王五", day(month, 20), "300", day(month, 15), "赵六", day(month, 18), day(month, 19), "已更换"),
                row(3, null, month.getYear() + "年" + month.getMonthValue() + "月12日", "养殖场", tag + " 电线私拉乱接", "管理", "一般", "重新布线",
                        "钱七", day(month, 28))));
        upload("officer", unit, month, "九月台账.xlsx", sheet).then().statusCode(403);
        upload("admin", unit, month, "九月台账.xlsx", sheet).then().statusCode(200)
                .body("rowsTotal", equalTo(3)).body("created", equalTo(3)).body("alreadyImported", equalTo(0));
        upload("admin", unit, month, "九月台账.xlsx", sheet).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyImported", equalTo(3));
        assertEquals(3, hazardsOf(unit, tag));

        Response closed = Api.as("admin").queryParam("q", tag + " 灭火器").get("/api/v1/hazards");
        long closedId = closed.jsonPath().getLong("items[0].id");
        Api.as("admin").get("/api/v1/hazards/" + closedId).then()
                .body("summary.state", equalTo("CLOSED"))
                .body("timeline.action", org.hamcrest.Matchers.contains("REPORT", "REGISTER", "ORDER", "COMPLETE", "VERIFY", "CLOSE"))
                .body("timeline[3].occurredOn", equalTo(day(month, 15)))
                .body("verifierName", equalTo("赵六"))
                .body("closeoutNo", startsWith("XH"))
                .body("remarks", equalTo("已更换"));
        Api.as("admin").queryParam("q", tag + " 电线").get("/api/v1/hazards").then()
                .body("items[0].state", equalTo("REGISTERED"));

        Api.as("admin").get("/api/v1/units/" + unit + "/ledgers/" + month).then()
                .body("lines.description", hasItems(tag + " 护栏缺失", tag + " 灭火器过期", tag + " 电线私拉乱接"));
    }

    @Test
    void anyInvalidRowRejectsTheWholeFileNamingRowAndColumnInChinese() {
        YearMonth month = Ledgers.thisMonth().minusMonths(1);
        long unit = Fixtures.createLedgerUnit(month);
        String tag = Fixtures.unique("坏行");
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, day(month, 3), "村道", tag + " 好的一行", "物", "一般"),
                row(2, null, "八月三号", "村道", tag + " 日期不对", "物", "一般"),
                row(3, null, day(month, 5), "村道", tag + " 类别不对", "天气", "一般"),
                row(4, null, day(month, 6), "村道", tag + " 少了责任人", "物", "一般", "整改", null, day(month, 20)),
                row(5, "一居", day(month, 7), "", tag + " 别的单位且无部位", "人", "较大")));
        Response rejected = upload("admin", unit, month, "bad.xlsx", sheet);
        rejected.then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("未导入任何内容"))
                .body("errors.message", hasItem("第 5 行「发现日期」：无法识别的日期“八月三号”，请写成 2026-11-03"))
                .body("errors.message", hasItem(containsString("第 6 行「隐患类别」")))
                .body("errors.message", hasItem(containsString("第 7 行「责任人」")))
                .body("errors.message", hasItem(containsString("第 8 行「单位」")))
                .body("errors.message", hasItem(containsString("第 8 行「隐患部位」：必填")))
                .body("errors.message", hasItem(containsString("第 8 行「隐患等级」")))
                .body("errors.field", hasItem("rows[5].发现日期"));
        assertEquals(0, hazardsOf(unit, tag), "nothing imported, not even the good row");

        upload("admin", unit, month, "bad.xlsx", sheet).then().statusCode(400);
        Api.as("admin").header("Accept-Language", "en").contentType(ContentType.MULTIPART)
                .multiPart("file", "bad.xlsx", sheet, XLSX).post("/api/v1/units/" + unit + "/ledgers/" + month + "/import")
                .then().statusCode(400).body("errors.message", hasItem(startsWith("Row 5, column \"发现日期\"")));
    }

    @Test
    void datesMustBeInOrderAndNotAfterTheMonth() {
        YearMonth month = Ledgers.thisMonth().minusMonths(3);
        long unit = Fixtures.createLedgerUnit(month);
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, day(month.plusMonths(1), 3), "村道", Fixtures.unique("晚于月份"), "物", "一般"),
                row(2, null, day(month, 10), "村道", Fixtures.unique("完成早于发现"), "物", "一般", "整改", "王五", day(month, 20), null,
                        day(month, 1))));
        upload("admin", unit, month, "dates.xlsx", sheet).then().statusCode(400)
                .body("errors.message", hasItem(containsString("第 4 行「发现日期」：发现日期不能晚于所报月份 " + month)))
                .body("errors.message", hasItem(containsString("第 5 行「完成日期」：不能早于「发现日期」")));
    }

    @Test
    void wrongColumnsAreRefusedNamingWhatDiffers() {
        List<String> headers = new ArrayList<>(Sheets.HEADERS);
        headers.set(4, "问题");
        headers.remove(15);
        upload("admin", Fixtures.unitId("太平村"), Ledgers.thisMonth(), "cols.xlsx",
                Sheets.workbook(headers, List.of(row(1, null, "2025-08-03", "村道", "x", "物", "一般"))))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("隐患描述"))
                .body("errors[0].message", containsString("备注"));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefused() {
        long unit = Fixtures.unitId("太平村");
        upload("admin", unit, Ledgers.thisMonth(), "ledger.xlsx", "序号,单位\n1,太平村".getBytes()).then().statusCode(415).contentType(PROBLEM);
        upload("admin", unit, Ledgers.thisMonth(), "photo.xlsx", Files.jpeg()).then().statusCode(415);
        byte[] oldXls = new byte[512];
        System.arraycopy(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, oldXls, 0, 8);
        upload("admin", unit, Ledgers.thisMonth(), "old.xls", oldXls).then().statusCode(415).body("detail", containsString(".xlsx"));
    }

    @Test
    void aCorruptWorkbookIsRefused() {
        byte[] good = Sheets.workbook(Sheets.HEADERS, List.of(row(1, null, "2025-08-03", "村道", "x", "物", "一般")));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        upload("admin", Fixtures.unitId("太平村"), Ledgers.thisMonth(), "broken.xlsx", truncated).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("file"));
    }

    @Test
    void anOversizedWorkbookIsRefused() {
        byte[] big = new byte[21 * 1024 * 1024]; // the limit is 20 MB
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        upload("admin", Fixtures.unitId("太平村"), Ledgers.thisMonth(), "big.xlsx", big).then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        byte[] bomb = Files.zipBomb(200); // inflates past the 150 MB allowed
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small on the wire: " + bomb.length);
        upload("admin", Fixtures.unitId("太平村"), Ledgers.thisMonth(), "bomb.xlsx", bomb).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].message", containsString("解压后过大"));
    }

    @Test
    void aSubmittedLedgerTakesNoMoreImports() {
        long unit = Fixtures.createLedgerUnit(java.time.YearMonth.of(2025, 1));
        Api.as("admin").body(Map.of("version", 0, "nilReturn", true)).post("/api/v1/units/" + unit + "/ledgers/2025-11/submit")
                .then().statusCode(200);
        upload("admin", unit, "2025-11", "late.xlsx", Sheets.workbook(Sheets.HEADERS,
                List.of(row(1, null, "2025-11-03", "村道", Fixtures.unique("迟到"), "物", "一般"))))
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void exportsAreSpreadsheetsWithFormulasNeutralised() {
        java.util.Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        String formula = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        input.put("description", formula);
        input.put("place", Fixtures.unique("公式"));
        long id = Hazards.id(Api.as("officer").body(input).post("/api/v1/hazards"));
        String serial = Api.as("officer").get("/api/v1/hazards/" + id).jsonPath().getString("summary.serial");

        byte[] list = Api.as("officer").queryParam("q", serial).accept(XLSX).get("/api/v1/hazards/export").then().statusCode(200)
                .header("Content-Type", startsWith(XLSX)).extract().asByteArray();
        List<List<String>> rows = Sheets.read(list);
        assertEquals(4, rows.size(), "title, subtitle, header and the one hazard");
        assertEquals(serial, rows.get(3).get(0));
        assertEquals("'" + formula, rows.get(3).get(4));

        long village = Fixtures.unitId("白云寺村");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        byte[] ledger = Api.as("officer").accept(XLSX).get("/api/v1/units/" + village + "/ledgers/" + month + "/export").then().statusCode(200)
                .extract().asByteArray();
        List<List<String>> ledgerRows = Sheets.read(ledger);
        assertEquals(Sheets.HEADERS, ledgerRows.get(2));
    }

    @Test
    void theCloseOutLedgerExportListsClosedHazards() {
        long id = Hazards.readyForVerification();
        Hazards.verify("admin", id);
        Hazards.close("admin", id);
        String serial = Api.as("admin").get("/api/v1/hazards/" + id).jsonPath().getString("summary.serial");
        Api.as("admin").queryParam("sort", "-closeoutNo").get("/api/v1/closeouts").then().statusCode(200)
                .body("items.find { it.hazardId == " + id + " }.closedByName", equalTo("王立新"));
        List<String> numbers = Api.as("admin").queryParam("sort", "closeoutNo").queryParam("size", 100).get("/api/v1/closeouts")
                .jsonPath().getList("items.closeoutNo");
        assertEquals(numbers.stream().sorted().toList(), numbers);
        Api.as("admin").queryParam("sort", "secret").get("/api/v1/closeouts").then().statusCode(400);
        byte[] export = Api.as("admin").accept(XLSX).get("/api/v1/closeouts/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertTrue(Sheets.read(export).stream().anyMatch(r -> r.size() > 1 && serial.equals(r.get(1))), "serial " + serial + " in export");
        Api.as("officer2").accept(XLSX).get("/api/v1/closeouts/export").then().statusCode(200);
        byte[] other = Api.as("officer2").accept(XLSX).get("/api/v1/closeouts/export").asByteArray();
        assertTrue(Sheets.read(other).stream().noneMatch(r -> r.size() > 1 && serial.equals(r.get(1))), "officer2 does not see it");
    }
}
