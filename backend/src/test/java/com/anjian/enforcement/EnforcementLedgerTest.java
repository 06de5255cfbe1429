package com.anjian.enforcement;

import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Fixtures;
import com.anjian.support.Inspections;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enforcement ledger (执法台账, issue 8): its totals agree with the list under every filter, its
 * .xlsx holds the cases' own figures and a totals row, and both are scoped like the list.
 */
@QuarkusTest
class EnforcementLedgerTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> OVER = Set.of("CLOSED", "NO_PENALTY", "WITHDRAWN");

    /** Cases of one new village by 经发办: paid 10600 and closed, closed without penalty, withdrawn after a decision of 500, one open. */
    private static long villageWithCases() {
        long village = Fixtures.createVillage();
        long office = Fixtures.unitId("经发办");
        long checklist = Cases.gasChecklist(1);

        long paid = Cases.opened(Cases.finishedInspection("officehead", office, village, checklist, 1));
        Cases.step("officehead", paid, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", paid, "reinspect", Cases.reinspect(false)).then().statusCode(200);
        Cases.step("officehead", paid, "notify-penalty", Cases.notifyPenalty("10600")).then().statusCode(200);
        Cases.step("officehead", paid, "decide-penalty", Cases.decidePenalty("10600")).then().statusCode(200);
        Cases.step("officehead", paid, "record-payment", Cases.payment()).then().statusCode(200);
        Cases.step("officehead", paid, "close", Map.of()).then().statusCode(200);

        long noPenalty = Cases.opened(Cases.finishedInspection("officehead", office, village, checklist, 1));
        Cases.step("officehead", noPenalty, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", noPenalty, "reinspect", Cases.reinspect(true)).then().statusCode(200);
        Cases.step("officehead", noPenalty, "close-without-penalty", Map.of("reason", "FIRST_MINOR_CORRECTED")).then().statusCode(200);

        long withdrawn = Cases.opened(Cases.finishedInspection("officehead", office, village, checklist, 1));
        Cases.step("officehead", withdrawn, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", withdrawn, "reinspect", Cases.reinspect(false)).then().statusCode(200);
        Cases.step("officehead", withdrawn, "notify-penalty", Cases.notifyPenalty("500")).then().statusCode(200);
        Cases.step("officehead", withdrawn, "decide-penalty", Cases.decidePenalty("500")).then().statusCode(200);
        Cases.step("officehead", withdrawn, "withdraw", Map.of("reason", "当事人不是违法行为人")).then().statusCode(200);

        long open = Cases.opened(Cases.finishedInspection("officehead", office, village, checklist, 1));
        Cases.step("officehead", open, "order", Cases.order()).then().statusCode(200);
        return village;
    }

    @Test
    void theTotalsCountTheCasesByTheirOwnFigures() {
        long village = villageWithCases();
        Api.as("admin").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(4)).body("open", equalTo(1)).body("penalised", equalTo(1))
                .body("noPenalty", equalTo(1)).body("withdrawn", equalTo(1)).body("personsDispatched", equalTo(8))
                .body("finesYuan", equalTo("10600.00")).body("finesWan", equalTo("1.06万元"));
        Api.as("admin").queryParam("partyUnitId", village).queryParam("state", "CLOSED")
                .get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(1)).body("penalised", equalTo(1)).body("finesYuan", equalTo("10600.00"));
        // the row shows the order's and the decision's numbers, the inspection and the payment
        JsonPath paid = Api.as("admin").queryParam("partyUnitId", village).queryParam("state", "CLOSED")
                .get("/api/v1/enforcement-cases").then().statusCode(200).extract().jsonPath();
        assertTrue(paid.getString("items[0].orderNumber").contains("责改〔"), paid.prettify());
        assertTrue(paid.getString("items[0].decisionNumber").contains("罚决〔"), paid.prettify());
        assertEquals(Inspections.today().toString(), paid.getString("items[0].finePaidOn"));
        assertTrue(paid.getString("items[0].inspectionSerial").startsWith("JC"), paid.prettify());
    }

    @Test
    void theTotalsAgreeWithTheListUnderEachFilter() {
        long village = villageWithCases();
        String today = Inspections.today().toString();
        List<Map<String, Object>> filters = List.of(
                Map.of(),
                Map.of("partyUnitId", village),
                Map.of("officeUnitId", Fixtures.unitId("经发办")),
                Map.of("officeUnitId", Fixtures.unitId("应急办")),
                Map.of("state", "WITHDRAWN"),
                Map.of("state", "NO_PENALTY", "partyUnitId", village),
                Map.of("from", today, "to", today),
                Map.of("to", "2000-01-01"),
                Map.of("q", "罚决"));
        for (String user : List.of("admin", "officehead", "officer", "leader")) {
            for (Map<String, Object> filter : filters) {
                assertAgree(user, filter);
            }
        }
    }

    /** The totals equal the figures summed over every page of the list under the same filter. */
    private static void assertAgree(String user, Map<String, Object> filter) {
        long cases = 0;
        long open = 0;
        long penalised = 0;
        long noPenalty = 0;
        long withdrawn = 0;
        long persons = 0;
        BigDecimal fines = BigDecimal.ZERO;
        for (int page = 1; ; page++) {
            JsonPath list = Api.as(user).queryParams(filter).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/enforcement-cases").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> item : items) {
                cases++;
                String state = (String) item.get("state");
                open += OVER.contains(state) ? 0 : 1;
                noPenalty += "NO_PENALTY".equals(state) ? 1 : 0;
                withdrawn += "WITHDRAWN".equals(state) ? 1 : 0;
                persons += ((Number) item.get("personsDispatched")).longValue();
                if (Boolean.TRUE.equals(item.get("penalised"))) {
                    penalised++;
                    fines = fines.add(new BigDecimal(item.get("fineAmount").toString()));
                }
            }
            if (items.size() < 100) {
                assertEquals(list.getLong("total"), cases, "the list's total " + filter);
                break;
            }
        }
        JsonPath totals = Api.as(user).queryParams(filter).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .extract().jsonPath();
        String what = user + " " + filter + ": " + totals.prettify();
        assertEquals(cases, totals.getLong("cases"), what);
        assertEquals(open, totals.getLong("open"), what);
        assertEquals(penalised, totals.getLong("penalised"), what);
        assertEquals(noPenalty, totals.getLong("noPenalty"), what);
        assertEquals(withdrawn, totals.getLong("withdrawn"), what);
        assertEquals(persons, totals.getLong("personsDispatched"), what);
        assertEquals(0, fines.compareTo(new BigDecimal(totals.getString("finesYuan"))), what);
    }

    @Test
    void theExportHoldsTheCasesFiguresUnderChineseHeadersAndATotalsRow() {
        long village = villageWithCases();
        Response export = Api.as("admin").accept("*/*").queryParam("partyUnitId", village)
                .get("/api/v1/enforcement-cases/export.xlsx");
        String name = "执法台账-" + Inspections.today() + ".xlsx";
        export.then().statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        List<List<String>> rows = Sheets.read(export.asByteArray());
        assertEquals("执法台账", rows.get(0).get(0));
        List<String> headers = rows.get(2);
        assertEquals(EnforcementLedgerExport.HEADERS, headers.subList(0, EnforcementLedgerExport.HEADERS.size()));
        assertEquals(3 + 4 + 1, rows.size(), "title, subtitle, header, four cases and the totals: " + rows);

        // the rows in the list's order, with the cases' own figures
        List<Map<String, Object>> listed = Api.as("admin").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases")
                .then().statusCode(200).extract().jsonPath().getList("items");
        for (int i = 0; i < listed.size(); i++) {
            Map<String, Object> item = listed.get(i);
            List<String> row = rows.get(3 + i);
            assertEquals(item.get("inspectionSerial"), row.get(headers.indexOf("检查编号")), row.toString());
            assertEquals("经发办", row.get(headers.indexOf("执法单位")));
            assertEquals(item.get("partyUnitName"), row.get(headers.indexOf("当事单位")));
            assertEquals(String.valueOf(item.get("personsDispatched")), row.get(headers.indexOf("派出人次")));
            assertEquals(item.get("orderNumber") == null ? "" : item.get("orderNumber"), row.get(headers.indexOf("责令整改文书号")));
            assertEquals(item.get("decisionNumber") == null ? "" : item.get("decisionNumber"), row.get(headers.indexOf("处罚决定书号")));
        }
        List<String> paid = rowWithState(rows, headers, "已结案");
        assertEquals("10,600.00", paid.get(headers.indexOf("罚款金额（元）")));
        List<String> noPenalty = rowWithState(rows, headers, "不予处罚结案");
        assertEquals("违法行为轻微或者初次违法且危害后果轻微，并及时改正", noPenalty.get(headers.indexOf("不予处罚理由")));
        rowWithState(rows, headers, "已撤销");
        rowWithState(rows, headers, "已责令限期整改");

        List<String> total = rows.get(rows.size() - 1);
        assertEquals("合计", total.get(0));
        assertTrue(total.get(1).contains("案件 4 件") && total.get(1).contains("处罚 1 件") && total.get(1).contains("1.06万元"),
                total.toString());
        assertEquals("8", total.get(headers.indexOf("派出人次")));
        assertEquals("10,600.00", total.get(headers.indexOf("罚款金额（元）")), "the withdrawn decision's 500 is not counted");
    }

    private static List<String> rowWithState(List<List<String>> rows, List<String> headers, String state) {
        int column = headers.indexOf("案件状态");
        return rows.stream().skip(3).filter(r -> r.size() > column && state.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + state + " in " + rows));
    }

    @Test
    void anOfficeHeadsTotalsAndExportHoldOnlyItsOwnOfficesCases() {
        // a case of 应急办 against the same village, beside 经发办's
        long village = villageWithCases();
        long fire = Inspections.checklist("admin", null, "FIRE", 1);
        long byYingji = Cases.finishedInspection("admin", Fixtures.unitId("应急办"), village, fire, 1);
        Cases.open("admin", byYingji, Fixtures.unitId("应急办")).then().statusCode(201);

        Api.as("admin").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(5));
        Api.as("officehead").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(4)).body("finesYuan", equalTo("10600.00"));
        // another office's id as a filter narrows nothing beyond the scope: none
        Api.as("officehead").queryParam("officeUnitId", Fixtures.unitId("应急办")).get("/api/v1/enforcement-cases/totals")
                .then().statusCode(200).body("cases", equalTo(0)).body("finesYuan", equalTo("0.00")).body("finesWan", equalTo("0万元"));
        // 规划自然资源所 conducts none of them
        Api.as("officehead2").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(0));

        List<List<String>> mine = Sheets.read(Api.as("officehead").accept("*/*").get("/api/v1/enforcement-cases/export.xlsx")
                .then().statusCode(200).extract().asByteArray());
        int office = mine.get(2).indexOf("执法单位");
        long total = Api.as("officehead").get("/api/v1/enforcement-cases/totals").jsonPath().getLong("cases");
        assertEquals(3 + total + 1, mine.size());
        mine.subList(3, mine.size() - 1).forEach(row -> assertEquals("经发办", row.get(office), row.toString()));
        List<List<String>> theirs = Sheets.read(Api.as("officehead").accept("*/*").queryParam("partyUnitId", village)
                .queryParam("officeUnitId", Fixtures.unitId("应急办")).get("/api/v1/enforcement-cases/export.xlsx").asByteArray());
        assertEquals(4, theirs.size(), "title, subtitle, header and the totals only: " + theirs);
    }

    @Test
    void aVillageOfficerGetsOnlyTheCasesAgainstItsOwnUnit() {
        Cases.opened(Cases.violationAtBaiyunsi());
        villageWithCases();
        JsonPath own = Api.as("officer").queryParam("size", 100).get("/api/v1/enforcement-cases").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(own.getLong("total") > 0);
        own.getList("items.partyUnitName", String.class).forEach(name -> assertEquals("白云寺村", name));
        Api.as("officer").get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo((int) own.getLong("total")));
        List<List<String>> sheet = Sheets.read(Api.as("officer").accept("*/*").get("/api/v1/enforcement-cases/export.xlsx")
                .then().statusCode(200).extract().asByteArray());
        int party = sheet.get(2).indexOf("当事单位");
        assertEquals(3 + own.getLong("total") + 1, sheet.size());
        sheet.subList(3, sheet.size() - 1).forEach(row -> assertEquals("白云寺村", row.get(party), row.toString()));
        // officer2's village has none of them
        Api.as("officer2").queryParam("partyUnitId", Fixtures.unitId("白云寺村")).get("/api/v1/enforcement-cases/totals")
                .then().statusCode(200).body("cases", equalTo(0));
    }

    @Test
    void integrationClientsGetNothing() {
        Api.asIntegration().get("/api/v1/enforcement-cases/totals").then().statusCode(403);
        Api.asIntegration().accept("*/*").get("/api/v1/enforcement-cases/export.xlsx").then().statusCode(403);
        Api.anonymous().get("/api/v1/enforcement-cases/totals").then().statusCode(401);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        Map<String, String> bad = new HashMap<>();
        bad.put("state", "OPENED");
        bad.put("from", "2026-13-01");
        bad.put("to", "yesterday");
        bad.put("q", "x".repeat(101));
        for (var entry : bad.entrySet()) {
            for (String path : List.of("/totals", "/export.xlsx")) {
                RequestSpecification request = Api.as("admin").accept("*/*").queryParam(entry.getKey(), entry.getValue());
                request.get("/api/v1/enforcement-cases" + path).then().statusCode(400).contentType(PROBLEM)
                        .body("errors[0].field", equalTo(entry.getKey()));
            }
        }
        Api.as("admin").accept("*/*").queryParam("sort", "fine").get("/api/v1/enforcement-cases/export.xlsx").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aWarningOnlyDecisionIsClosedWithoutAPaymentAndOneWithAFineOnlyOncePaid() {
        long village = Fixtures.createVillage();
        long checklist = Cases.gasChecklist(1);
        long warning = Cases.opened(Cases.finishedInspection("officehead", Fixtures.unitId("经发办"), village, checklist, 1));
        Cases.step("officehead", warning, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", warning, "reinspect", Cases.reinspect(false)).then().statusCode(200);
        Cases.step("officehead", warning, "notify-penalty", Cases.notifyPenalty("0")).then().statusCode(200);
        Cases.step("officehead", warning, "decide-penalty", Cases.decidePenalty("0")).then().statusCode(200)
                .body("state", equalTo("PENALTY_DECIDED")).body("penalised", equalTo(true))
                .body("allowedActions", equalTo(List.of("CLOSE", "WITHDRAW")));
        // nothing to pay: a payment is refused, the case is closed at once
        Cases.step("officehead", warning, "record-payment", Cases.payment()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("警告"));
        byte[] decision = Api.as("officehead").accept("*/*").get("/api/v1/enforcement-cases/" + warning + "/documents/PENALTY_DECISION")
                .then().statusCode(200).extract().asByteArray();
        String text = com.anjian.document.Docx.text(decision);
        assertTrue(text.contains("警告") && !text.contains("罚款人民币"), text);
        Cases.step("officehead", warning, "close", Map.of()).then().statusCode(200).body("state", equalTo("CLOSED"))
                .body("finePaidOn", equalTo(null)).body("allowedActions", equalTo(List.of()));

        // a decided fine: closing before the payment is refused, and the steps offered say so
        long fined = Cases.opened(Cases.finishedInspection("officehead", Fixtures.unitId("经发办"), village, checklist, 1));
        Cases.step("officehead", fined, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", fined, "reinspect", Cases.reinspect(false)).then().statusCode(200);
        Cases.step("officehead", fined, "notify-penalty", Cases.notifyPenalty("2000")).then().statusCode(200);
        Cases.step("officehead", fined, "decide-penalty", Cases.decidePenalty("2000")).then().statusCode(200)
                .body("allowedActions", equalTo(List.of("RECORD_PAYMENT", "WITHDRAW")));
        Cases.step("officehead", fined, "close", Map.of()).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("罚款尚未缴纳"));
        Cases.step("officehead", fined, "record-payment", Cases.payment()).then().statusCode(200);
        Cases.step("officehead", fined, "close", Map.of()).then().statusCode(200).body("state", equalTo("CLOSED"));

        // a warning is a penalty decided: counted, with nothing added to the fines
        Api.as("admin").queryParam("partyUnitId", village).get("/api/v1/enforcement-cases/totals").then().statusCode(200)
                .body("cases", equalTo(2)).body("penalised", equalTo(2)).body("open", equalTo(0))
                .body("finesYuan", equalTo("2000.00")).body("finesWan", equalTo("0.2万元"));
        // a negative fine is still refused, naming the field
        Cases.step("officehead", warning, "notify-penalty", Cases.notifyPenalty("-1")).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("fineAmount"));
    }
}
