package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class MonthlyLedgerTest {

    private static final String PROBLEM = "application/problem+json";
    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void anOfficerSubmitsTheMonthsLedgerWhichTheEmergencyOfficeReturnsAndAccepts() {
        long village = Fixtures.createLedgerUnit(YearMonth.of(2025, 1));
        String path = "/api/v1/units/" + village + "/ledgers/2025-03";
        // A village without an officer yet: the emergency office acts for it; the month is long past its due day.
        Api.as("admin").get(path).then().statusCode(200)
                .body("state", equalTo("DRAFT")).body("dueOn", equalTo("2025-04-05")).body("overdue", equalTo(true))
                .body("lines.size()", equalTo(0)).body("allowedActions", hasItem("SUBMIT"));
        Api.as("admin").body(Map.of("version", 0, "nilReturn", false)).post(path + "/submit")
                .then().statusCode(400).body("errors[0].field", equalTo("nilReturn"));
        Response submitted = Api.as("admin").body(Map.of("version", 0, "nilReturn", true, "note", "本月无隐患")).post(path + "/submit");
        submitted.then().statusCode(200).body("state", equalTo("SUBMITTED")).body("late", equalTo(true))
                .body("nilReturn", equalTo(true)).body("snapshot", equalTo(true));
        long version = submitted.jsonPath().getLong("version");

        Api.as("admin").body(Map.of("version", version, "nilReturn", true)).post(path + "/submit")
                .then().statusCode(409).contentType(PROBLEM);
        Api.as("admin").body(Map.of("version", version)).post(path + "/return")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Response returned = Api.as("admin").body(Map.of("version", version, "reason", "请核实是否确无隐患")).post(path + "/return");
        returned.then().statusCode(200).body("state", equalTo("RETURNED")).body("returnedReason", equalTo("请核实是否确无隐患"));
        Response again = Api.as("admin").body(Map.of("version", returned.jsonPath().getLong("version"), "nilReturn", true))
                .post(path + "/submit");
        again.then().statusCode(200).body("state", equalTo("SUBMITTED")).body("late", equalTo(true))
                .body("returnedReason", org.hamcrest.Matchers.nullValue());
        Api.as("admin").body(Map.of("version", again.jsonPath().getLong("version"))).post(path + "/accept")
                .then().statusCode(200).body("state", equalTo("ACCEPTED")).body("acceptedAt", notNullValue())
                .body("returnedReason", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theLedgerListsTheMonthsHazardsAndFreezesThemWhenSubmitted() {
        long village = Fixtures.unitId("白云寺村");
        String period = Fixtures.freePeriod("officer", village);
        LocalDate pinnedToday = YearMonth.parse(period).plusMonths(1).atDay(10);
        // Found in the month (the clock is pinned to the month after it): on the sheet the officer uploads.
        String tag = Fixtures.unique("本月隐患");
        Ledgers.upload("officer", village, period, "本月.xlsx", Ledgers.sheetOf(LocalDate.parse(period + "-10"), tag)).then().statusCode(200);
        long id = Api.as("officer").queryParam("q", tag).get("/api/v1/hazards").jsonPath().getLong("items[0].id");
        String path = "/api/v1/units/" + village + "/ledgers/" + period;
        Response live = Api.as("officer").get(path);
        live.then().statusCode(200).body("snapshot", equalTo(false)).body("lines.hazardId", hasItem((int) id))
                .body("lines.find { it.hazardId == " + id + " }.state", equalTo("FOUND"));
        Api.as("officer").body(Map.of("version", live.jsonPath().getLong("version"), "nilReturn", true)).post(path + "/submit")
                .then().statusCode(400).body("errors[0].field", equalTo("nilReturn"));

        Api.as("officer").body(Map.of("version", live.jsonPath().getLong("version"), "nilReturn", false))
                .post(path + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("snapshot", equalTo(true))
                .body("late", equalTo(true));
        Map<String, Object> register = Hazards.registerInput(Hazards.version(id, "admin"), "GENERAL");
        register.put("deadline", pinnedToday.plusDays(10).toString());
        Hazards.step("admin", id, "register", register).then().statusCode(200);
        // the submitted ledger still says FOUND for it: it shows what was submitted
        Api.as("officer").get(path).then().body("lines.find { it.hazardId == " + id + " }.state", equalTo("FOUND"));
    }

    @Test
    void onTimeSubmissionIsNotLate() {
        long unit = Fixtures.createLedgerUnit(THIS_MONTH.minusMonths(1));
        String path = "/api/v1/units/" + unit + "/ledgers/" + THIS_MONTH.minusMonths(today().getDayOfMonth() <= 5 ? 1 : 0);
        Api.as("admin").body(Map.of("version", 0, "nilReturn", true)).post(path + "/submit")
                .then().statusCode(200).body("late", equalTo(false));
    }

    @Test
    void whoMayDoWhatWithALedger() {
        long baiyun = Fixtures.unitId("白云寺村");
        long yiju = Fixtures.unitId("一居");
        Api.as("officer2").get("/api/v1/units/" + baiyun + "/ledgers/2025-01").then().statusCode(403).contentType(PROBLEM);
        Api.as("officer2").body(Map.of("version", 0, "nilReturn", true)).post("/api/v1/units/" + baiyun + "/ledgers/2025-01/submit")
                .then().statusCode(403);
        Api.as("officehead").get("/api/v1/units/" + baiyun + "/ledgers/2025-01").then().statusCode(403);
        Api.as("leader").get("/api/v1/units/" + baiyun + "/ledgers/2025-01").then().statusCode(200);
        Api.as("leader").body(Map.of("version", 0, "nilReturn", true)).post("/api/v1/units/" + baiyun + "/ledgers/2025-01/submit")
                .then().statusCode(403);

        String path = "/api/v1/units/" + yiju + "/ledgers/" + Fixtures.freePeriod("officer2", yiju);
        Response submitted = Api.as("officer2").body(Map.of("version", 0, "nilReturn", true)).post(path + "/submit");
        submitted.then().statusCode(200);
        long version = submitted.jsonPath().getLong("version");
        Api.as("officer2").body(Map.of("version", version)).post(path + "/accept").then().statusCode(403);
        Api.as("officer2").body(Map.of("version", version, "reason", "x")).post(path + "/return").then().statusCode(403);
        Api.as("admin").body(Map.of("version", version + 5)).post(path + "/accept").then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        Api.asIntegration().get(path).then().statusCode(403);
    }

    @Test
    void aFutureMonthCannotBeSubmittedAndAPeriodMustBeAMonth() {
        long unit = Fixtures.unitId("太平村");
        Api.as("admin").body(Map.of("version", 0, "nilReturn", true))
                .post("/api/v1/units/" + unit + "/ledgers/" + THIS_MONTH.plusMonths(1) + "/submit")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        Api.as("admin").get("/api/v1/units/" + unit + "/ledgers/2025-13").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void theBoardCountsLateAndMissingReturns() {
        long unit = Fixtures.createLedgerUnit(YearMonth.of(2025, 1));
        Api.as("admin").body(Map.of("version", 0, "nilReturn", true)).post("/api/v1/units/" + unit + "/ledgers/2025-06/submit")
                .then().statusCode(200).body("late", equalTo(true));
        Response board = Api.as("admin").queryParam("from", "2025-05").queryParam("to", "2025-07").get("/api/v1/ledgers/board");
        String row = "rows.find { it.unitId == " + unit + " }";
        board.then().statusCode(200)
                .body("months.period", org.hamcrest.Matchers.contains("2025-05", "2025-06", "2025-07"))
                .body(row + ".cells.find { it.period == '2025-06' }.state", equalTo("SUBMITTED"))
                .body(row + ".cells.find { it.period == '2025-06' }.late", equalTo(true))
                .body(row + ".cells.find { it.period == '2025-05' }.state", equalTo("MISSING"))
                .body(row + ".late", equalTo(1))
                .body(row + ".missing", equalTo(2))
                .body("months.find { it.period == '2025-06' }.late", equalTo(board.jsonPath()
                        .getList("rows.cells.flatten().findAll { it.period == '2025-06' && it.late == true }").size()))
                .body("months.find { it.period == '2025-05' }.missing", equalTo(board.jsonPath()
                        .getList("rows.cells.flatten().findAll { it.period == '2025-05' && it.state == 'MISSING' }").size()))
                .body("rows.unitKind", everyItem(isIn(List.of("OFFICE", "STATION", "INSTITUTE", "CENTRE", "VILLAGE", "COMMUNITY"))));
        Api.as("officer").get("/api/v1/ledgers/board").then().statusCode(403);
        Api.as("leader").get("/api/v1/ledgers/board").then().statusCode(200);
        Api.as("admin").queryParam("from", "2025-08").queryParam("to", "2025-01").get("/api/v1/ledgers/board")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void aReturnedLedgerNotifiesItsUnit() {
        long unit = Fixtures.unitId("一居");
        String path = "/api/v1/units/" + unit + "/ledgers/" + Fixtures.freePeriod("officer2", unit);
        long version = Api.as("officer2").body(Map.of("version", 0, "nilReturn", true)).post(path + "/submit")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        Api.as("admin").body(Map.of("version", version, "reason", "请补充巡查照片")).post(path + "/return").then().statusCode(200);
        String notice = "items.find { it.kind == 'LEDGER_RETURNED' && it.ledgerPeriod == '" + path.substring(path.length() - 7) + "' }";
        Api.as("officer2").queryParam("size", 100).get("/api/v1/notifications").then()
                .body(notice + ".message", containsString("请补充巡查照片"))
                .body(notice + ".message", containsString(Integer.parseInt(path.substring(path.length() - 2)) + "月"))
                .body(notice + ".ledgerUnitId", equalTo((int) unit));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
