package com.anjian.me;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's counts: what needs each caller, each equal to the hazard list its filter opens. */
@QuarkusTest
class MyTasksTest {

    private static final Map<String, List<String>> KEYS = Map.of(
            "admin", List.of("TO_REGISTER", "TO_ORDER", "TO_RECTIFY", "TO_VERIFY", "TO_CLOSE", "OVERDUE", "AWAITS_DISTRICT_REPORT"),
            "officehead", List.of("TO_REGISTER", "TO_ORDER", "TO_RECTIFY", "TO_VERIFY", "TO_CLOSE", "OVERDUE"),
            "officehead2", List.of("TO_REGISTER", "TO_ORDER", "TO_RECTIFY", "TO_VERIFY", "TO_CLOSE", "OVERDUE"),
            "officer", List.of("TO_RECTIFY", "OVERDUE"),
            "officer2", List.of("TO_RECTIFY", "OVERDUE"),
            "leader", List.of("OVERDUE"));

    private static final Map<String, List<String>> SOMETHING_TO_DO = Map.of(
            "admin", List.of("TO_REGISTER", "TO_RECTIFY", "TO_VERIFY"),
            "officehead", List.of("TO_REGISTER", "TO_VERIFY"),
            "officer", List.of("TO_RECTIFY"));

    @ParameterizedTest
    @ValueSource(strings = {"admin", "officehead", "officer", "leader", "officehead2", "officer2"})
    void everyCountIsTheTotalOfTheListItsFilterOpens(String user) {
        seedOnce();

        JsonPath tasks = Api.as(user).get("/api/v1/me/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(KEYS.get(user), tasks.getList("hazards.key"), "the tasks " + user + " can act on");
        for (int i = 0; i < tasks.getList("hazards").size(); i++) {
            Map<String, Object> filter = tasks.getMap("hazards[" + i + "].filter");
            RequestSpecification list = Api.as(user).queryParam("size", 1);
            filter.forEach(list::queryParam);
            long total = list.get("/api/v1/hazards").then().statusCode(200).extract().jsonPath().getLong("total");
            assertEquals(total, tasks.getLong("hazards[" + i + "].count"), user + " " + tasks.getString("hazards[" + i + "].key") + " " + filter);
        }
        // the hazards just made count where the caller can act on them
        for (String key : SOMETHING_TO_DO.getOrDefault(user, List.of())) {
            assertTrue(tasks.getLong("hazards.find { it.key == '" + key + "' }.count") > 0, user + " has something " + key);
        }
    }

    private static boolean seeded;

    /** Something in each open status, in the scope of admin, officehead and officer. */
    private static synchronized void seedOnce() {
        if (!seeded) {
            Hazards.reportGasHazard();
            long ordered = Hazards.id(Hazards.reportGasHazard());
            Hazards.register("officehead", ordered);
            Hazards.order("officehead", ordered);
            Hazards.readyForVerification();
            seeded = true;
        }
    }

    @Test
    void theFiltersNameTheCallersOwnUnitWhereTheWorkIsTheirs() {
        long village = Fixtures.unitId("白云寺村");
        long office = Fixtures.unitId("经发办");
        Api.as("officer").get("/api/v1/me/tasks").then().statusCode(200)
                .body("hazards.find { it.key == 'TO_RECTIFY' }.filter", equalTo(Map.of("status", "RECTIFYING", "responsibleUnitId", (int) village)))
                .body("hazards.find { it.key == 'OVERDUE' }.filter", equalTo(Map.of("overdue", true, "responsibleUnitId", (int) village)));
        Api.as("officehead").get("/api/v1/me/tasks").then()
                .body("hazards.find { it.key == 'TO_RECTIFY' }.filter", equalTo(Map.of("status", "RECTIFYING", "responsibleUnitId", (int) office)))
                .body("hazards.find { it.key == 'TO_VERIFY' }.filter", equalTo(Map.of("status", "AWAITING_VERIFICATION")));
        Api.as("admin").get("/api/v1/me/tasks").then()
                .body("hazards.find { it.key == 'AWAITS_DISTRICT_REPORT' }.filter", equalTo(Map.of("awaitsDistrictReport", true)));
    }

    @Test
    void reportingTheWorkDoneMovesAHazardFromRectifyToVerify() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        Hazards.order("officehead", id);
        long toRectify = count("officer", "TO_RECTIFY");
        long toVerify = count("admin", "TO_VERIFY");
        Hazards.complete("officer", id);
        assertEquals(toRectify - 1, count("officer", "TO_RECTIFY"));
        assertEquals(toVerify + 1, count("admin", "TO_VERIFY"), "待验收 counts on the home page");
    }

    @Test
    void ledgersForEachRole() {
        // submitted and not yet reviewed, counted independently in SQL
        long toReview = Db.count("SELECT COUNT(*) FROM monthly_ledger l JOIN town t ON t.id = l.town_id"
                + " WHERE t.code = '500110109' AND l.state = 'SUBMITTED'");
        // missing in the latest month whose due day has passed, as the board counts it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth lastDue = YearMonth.from(today).minusMonths(1);
        if (!today.isAfter(lastDue.plusMonths(1).atDay(5))) {
            lastDue = lastDue.minusMonths(1);
        }
        int missing = Api.as("admin").queryParam("from", lastDue.toString()).queryParam("to", lastDue.toString())
                .get("/api/v1/ledgers/board").then().statusCode(200).extract().jsonPath().getInt("months[0].missing");
        Api.as("admin").get("/api/v1/me/tasks").then().statusCode(200)
                .body("ledger", nullValue())
                .body("ledgersToReview", equalTo((int) toReview))
                .body("ledgersMissing", equalTo(missing));
        Api.as("leader").get("/api/v1/me/tasks").then()
                .body("ledger", nullValue()).body("ledgersToReview", nullValue())
                .body("ledgersMissing", equalTo(missing));
        for (String user : List.of("officer", "officehead")) {
            JsonPath tasks = Api.as(user).get("/api/v1/me/tasks").then().statusCode(200)
                    .body("ledgersToReview", nullValue()).body("ledgersMissing", nullValue())
                    .extract().jsonPath();
            assertNotNull(tasks.get("ledger"), user + " files a monthly ledger");
            long unit = Api.as(user).get("/api/v1/me").jsonPath().getLong("unit.id");
            assertEquals(unit, tasks.getLong("ledger.unitId"));
            // the month now being filed: last month's while owed and not submitted, then this month's
            YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
            JsonPath last = Api.as(user).get("/api/v1/units/" + unit + "/ledgers/" + thisMonth.minusMonths(1)).jsonPath();
            String expected = "RETURNED".equals(tasks.getString("ledger.state")) ? tasks.getString("ledger.period")
                    : "DRAFT".equals(last.getString("state")) && last.getBoolean("required")
                    ? thisMonth.minusMonths(1).toString() : thisMonth.toString();
            assertEquals(expected, tasks.getString("ledger.period"));
            JsonPath ledger = Api.as(user).get("/api/v1/units/" + unit + "/ledgers/" + expected).jsonPath();
            assertEquals(ledger.getString("state"), tasks.getString("ledger.state"));
            assertEquals(ledger.getString("dueOn"), tasks.getString("ledger.dueOn"));
            assertEquals(ledger.getBoolean("overdue"), tasks.getBoolean("ledger.overdue"));
        }
        Api.asIntegration().get("/api/v1/me/tasks").then().statusCode(403).contentType("application/problem+json");
        Api.anonymous().get("/api/v1/me/tasks").then().statusCode(401);
    }

    @Test
    void aReturnedLedgerComesFirstWithItsReasonAndLeavesOnceResubmitted() {
        long unit = Fixtures.unitId("白云寺村");
        String period = Fixtures.freePeriod("officer", unit);
        String path = "/api/v1/units/" + unit + "/ledgers/" + period;
        // the village's open hazards (other tests leave some) are in every month's ledger: a nil return only when none
        boolean nil = Api.as("officer").get(path).jsonPath().getList("lines").isEmpty();
        long version = Api.as("officer").body(Map.of("version", 0, "nilReturn", nil)).post(path + "/submit")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        long submitted = Api.as("admin").get("/api/v1/me/tasks").jsonPath().getLong("ledgersToReview");
        assertTrue(submitted >= 1);
        version = Api.as("admin").body(Map.of("version", version, "reason", "请补充巡查照片")).post(path + "/return")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        assertEquals(submitted - 1, Api.as("admin").get("/api/v1/me/tasks").jsonPath().getLong("ledgersToReview"));
        try {
            Api.as("officer").get("/api/v1/me/tasks").then().statusCode(200)
                    .body("ledger.period", equalTo(period))
                    .body("ledger.state", equalTo("RETURNED"))
                    .body("ledger.returnedReason", equalTo("请补充巡查照片"));
        } finally {
            version = Api.as("officer").body(Map.of("version", version, "nilReturn", nil)).post(path + "/submit")
                    .then().statusCode(200).extract().jsonPath().getLong("version");
            Api.as("admin").body(Map.of("version", version)).post(path + "/accept").then().statusCode(200);
        }
        Api.as("officer").get("/api/v1/me/tasks").then().body("ledger.state", org.hamcrest.Matchers.not("RETURNED"));
    }

    private static long count(String user, String key) {
        JsonPath tasks = Api.as(user).get("/api/v1/me/tasks").then().statusCode(200).extract().jsonPath();
        return tasks.getLong("hazards.find { it.key == '" + key + "' }.count");
    }
}
