package com.anjian.enforcement;

import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Clocks;
import com.anjian.support.Fixtures;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enforcement monitors (issue 8): each entry comes and goes with the records behind it. Each test
 * works with an office of its own, made just now, so what other tests leave in the town does not count.
 */
@QuarkusTest
class EnforcementMonitorsTest {

    private static final String PROBLEM = "application/problem+json";

    /** A new office of the demo town holding enforcement powers over FIRE and GAS. */
    private static long freshOffice() {
        return Fixtures.createOffice(Fixtures.unique("监测办")).jsonPath().getLong("id");
    }

    /** A finished inspection by the office (as the town admin) on the day, item 1 (a violation) failed or passed. */
    private static long inspection(long office, String unit, long checklist, LocalDate on, boolean violation) {
        return inspection(office, Fixtures.unitId(unit), checklist, on, violation);
    }

    private static long inspection(long office, long unit, long checklist, LocalDate on, boolean violation) {
        Map<String, Object> input = Inspections.inspectionInput(office, unit, checklist);
        input.put("inspectedOn", on.toString());
        long id = Api.as("admin").body(input).post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        Inspections.record("admin", id, 1, violation ? "FAIL" : "PASS", null).then().statusCode(200);
        Inspections.record("admin", id, 2, "PASS", null).then().statusCode(200);
        long version = Inspections.get("admin", id).jsonPath().getLong("version");
        Api.as("admin").body(Map.of("version", version, "conclusion", "检查完毕"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(200);
        return id;
    }

    private static long openCase(long inspection, long office) {
        return Cases.open("admin", inspection, office).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static JsonPath monitors(String user, int year, Long office) {
        var request = Api.as(user).queryParam("year", year);
        if (office != null) {
            request.queryParam("officeUnitId", office);
        }
        return request.get("/api/v1/enforcement/monitors").then().statusCode(200).extract().jsonPath();
    }

    private static List<Long> firstInspectionIds(JsonPath monitors) {
        return monitors.getList("firstInspectionUnpunished.inspectionId", Long.class);
    }

    private static List<String> zeroMonths(JsonPath monitors, long office) {
        return monitors.getList("zeroPenaltyMonths.findAll { it.officeUnitId == " + office + " }.month", String.class);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void decidingAPenaltyRemovesTheOfficesZeroPenaltyMonthAndTheFirstInspectionEntry() {
        Clocks.pin(LocalDateTime.of(2032, 3, 10, 10, 0));
        long office = freshOffice();
        long checklist = Inspections.checklist("admin", null, "GAS", 2);
        long inspection = inspection(office, "白云寺村", checklist, LocalDate.of(2032, 3, 10), true);
        long id = openCase(inspection, office);
        Cases.step("admin", id, "order", with(Cases.order(), "deadline", "2032-03-18")).then().statusCode(200);
        Clocks.pin(LocalDateTime.of(2032, 3, 20, 10, 0));
        Cases.step("admin", id, "reinspect", with(Cases.reinspect(false), "reinspectedOn", "2032-03-20")).then().statusCode(200);
        Cases.step("admin", id, "notify-penalty", Cases.notifyPenalty("5000")).then().statusCode(200);

        Clocks.pin(LocalDateTime.of(2032, 4, 2, 9, 0));
        JsonPath before = monitors("admin", 2032, office);
        assertEquals(true, before.getBoolean("rules.zeroPenaltyEnabled"));
        assertEquals(List.of("2032-01", "2032-02", "2032-03"), zeroMonths(before, office), "April has not ended yet");
        assertEquals(0, before.getInt("zeroPenaltyMonths[2].penaltyDecisions"));
        assertEquals(1, before.getInt("zeroPenaltyMonths[2].minimum"));
        assertEquals(List.of(inspection), firstInspectionIds(before));
        assertEquals(id, before.getLong("firstInspectionUnpunished[0].caseId"));
        assertEquals("PENALTY_NOTIFIED", before.getString("firstInspectionUnpunished[0].caseState"));
        assertEquals(1, before.getInt("firstInspectionUnpunished[0].violationItems"));
        assertEquals("GAS", before.getString("firstInspectionUnpunished[0].sectorCode"));
        assertEquals("白云寺村", before.getString("firstInspectionUnpunished[0].inspectedUnitName"));

        Cases.step("admin", id, "decide-penalty", with(Cases.decidePenalty("5000"), "decidedOn", "2032-03-31")).then().statusCode(200);
        JsonPath after = monitors("admin", 2032, office);
        assertEquals(List.of("2032-01", "2032-02"), zeroMonths(after, office));
        assertEquals(List.of(), firstInspectionIds(after));
    }

    @Test
    void aCaseClosedWithoutPenaltyOnALegalGroundRemovesTheFirstInspectionEntryAndAWithdrawnOneDoesNot() {
        long office = freshOffice();
        int year = Inspections.today().getYear();
        long checklist = Inspections.checklist("admin", null, "GAS", 2);
        long closed = inspection(office, "太平村", checklist, Inspections.today(), true);
        long withdrawn = inspection(office, "红岩村", checklist, Inspections.today(), true);
        long id = openCase(closed, office);
        long other = openCase(withdrawn, office);
        Cases.step("admin", id, "order", Cases.order()).then().statusCode(200);
        Cases.step("admin", id, "reinspect", Cases.reinspect(true)).then().statusCode(200);
        assertEquals(List.of(closed, withdrawn), firstInspectionIds(monitors("admin", year, office)));

        Cases.step("admin", id, "close-without-penalty", Map.of("reason", "FIRST_MINOR_CORRECTED", "note", "初次违法，当场改正"))
                .then().statusCode(200);
        Cases.step("admin", other, "withdraw", Map.of("reason", "当事人认定错误")).then().statusCode(200);
        JsonPath after = monitors("admin", year, office);
        assertEquals(List.of(withdrawn), firstInspectionIds(after), "a withdrawn case punished nothing");
        assertEquals("WITHDRAWN", after.getString("firstInspectionUnpunished[0].caseState"));
    }

    @Test
    void reInspectingRemovesTheOverdueOrder() {
        Clocks.pin(LocalDateTime.of(2032, 6, 10, 10, 0));
        long office = freshOffice();
        long checklist = Inspections.checklist("admin", null, "FIRE", 2);
        long id = openCase(inspection(office, "一居", checklist, LocalDate.of(2032, 6, 10), true), office);
        Response ordered = Cases.step("admin", id, "order", with(Cases.order(), "deadline", "2032-06-20"));
        ordered.then().statusCode(200);
        String number = ordered.jsonPath().getString("documents.find { it.kind == 'RECTIFICATION_ORDER' }.number");

        Clocks.pin(LocalDateTime.of(2032, 6, 20, 23, 0));
        assertEquals(List.of(), monitors("admin", 2032, office).getList("ordersOverdue"), "due today is not overdue yet");

        // 00:30 in Shanghai, still 30 June in UTC: the town's day counts
        Clocks.pin(LocalDateTime.of(2032, 7, 1, 0, 30));
        JsonPath overdue = monitors("admin", 2032, office);
        assertEquals(List.of(id), overdue.getList("ordersOverdue.caseId", Long.class));
        assertEquals(11, overdue.getInt("ordersOverdue[0].daysOverdue"));
        assertEquals(number, overdue.getString("ordersOverdue[0].orderNumber"));
        assertEquals("2032-06-20", overdue.getString("ordersOverdue[0].orderDeadline"));
        assertEquals("一居", overdue.getString("ordersOverdue[0].partyUnitName"));

        Cases.step("admin", id, "reinspect", with(Cases.reinspect(false), "reinspectedOn", "2032-07-01")).then().statusCode(200);
        assertEquals(List.of(), monitors("admin", 2032, office).getList("ordersOverdue"));
    }

    @Test
    void onlyTheFirstInspectionOfTheYearOfAUnitByAnOfficeCounts() {
        long office = freshOffice();
        int year = Inspections.today().getYear();
        long checklist = Inspections.checklist("admin", null, "GAS", 2);
        long first = inspection(office, "二居", checklist, Inspections.today().minusDays(1), false);
        long second = inspection(office, "二居", checklist, Inspections.today(), true);
        JsonPath monitors = monitors("admin", year, office);
        assertEquals(List.of(), firstInspectionIds(monitors), "the first found nothing; the second is not a first inspection");
        // the same violation as the unit's first inspection by another office is listed
        long another = freshOffice();
        long firstByAnother = inspection(another, "二居", checklist, Inspections.today(), true);
        assertEquals(List.of(firstByAnother), firstInspectionIds(monitors("admin", year, another)));
        assertFalse(firstInspectionIds(monitors("admin", year, null)).contains(second));
        assertTrue(firstInspectionIds(monitors("admin", year, null)).contains(firstByAnother));
        assertFalse(firstInspectionIds(monitors("admin", year, null)).contains(first));
    }

    @Test
    void aFirstInspectionOutsideTheOfficesEnforcementPowersIsNotListed() {
        // 规划自然资源所 holds no powers over GAS: its inspection cannot lead to a penalty of its own
        long checklist = Inspections.checklist("admin", null, "GAS", 2);
        long unit = Fixtures.createLedgerUnit(null);
        long id = inspection(Fixtures.unitId("规划自然资源所"), unit, checklist, Inspections.today(), true);
        assertFalse(firstInspectionIds(monitors("admin", Inspections.today().getYear(), null)).contains(id));
        // the same unit's first inspection by 经发办, which holds them, is
        long byJingfa = inspection(Fixtures.unitId("经发办"), unit, checklist, Inspections.today(), true);
        assertTrue(firstInspectionIds(monitors("admin", Inspections.today().getYear(), null)).contains(byJingfa));
    }

    @Test
    void plansBehindAreTheBehindMonthsOfThePlanExecution() {
        int year = Inspections.today().getYear();
        JsonPath monitors = monitors("admin", year, null);
        JsonPath execution = Api.as("admin").queryParam("year", year).get("/api/v1/inspection-plans/execution").then()
                .statusCode(200).extract().jsonPath();
        Set<String> behind = new HashSet<>();
        List<Map<String, Object>> offices = execution.getList("offices");
        for (Map<String, Object> office : offices) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> months = (List<Map<String, Object>>) office.get("months");
            months.stream().filter(m -> Boolean.TRUE.equals(m.get("behindSchedule")))
                    .forEach(m -> behind.add(office.get("unitId") + "/" + m.get("month")));
        }
        Set<String> listed = new HashSet<>();
        List<Map<String, Object>> plans = monitors.getList("plansBehind");
        plans.forEach(p -> listed.add(p.get("officeUnitId") + "/" + p.get("month")));
        assertEquals(behind, listed);
    }

    @Test
    void anOfficeHeadSeesOnlyItsOwnOfficeAndOthersNothing() {
        int year = Inspections.today().getYear();
        // a first inspection left unpunished by 应急办 (of a unit made now), which 经发办's head must not see
        long fire = Inspections.checklist("admin", null, "FIRE", 2);
        long byEmergency = inspection(Fixtures.unitId("应急办"), Fixtures.createLedgerUnit(null), fire, Inspections.today(), true);
        long jingfa = Fixtures.unitId("经发办");
        Api.as("officehead").queryParam("year", year).get("/api/v1/enforcement/monitors").then().statusCode(200)
                .body("zeroPenaltyMonths.officeUnitId", everyItem(equalTo((int) jingfa)))
                .body("firstInspectionUnpunished.inspectingUnitId", everyItem(equalTo((int) jingfa)))
                .body("firstInspectionUnpunished.inspectionId", not(hasItem((int) byEmergency)))
                .body("plansBehind.officeUnitId", everyItem(equalTo((int) jingfa)))
                .body("ordersOverdue.officeUnitId", everyItem(equalTo((int) jingfa)));
        Api.as("officehead").queryParam("year", year).queryParam("officeUnitId", jingfa).get("/api/v1/enforcement/monitors")
                .then().statusCode(200);
        Api.as("officehead").queryParam("year", year).queryParam("officeUnitId", Fixtures.unitId("应急办"))
                .get("/api/v1/enforcement/monitors").then().statusCode(403).contentType(PROBLEM);
        Api.as("leader").queryParam("year", year).get("/api/v1/enforcement/monitors").then().statusCode(200)
                .body("firstInspectionUnpunished.inspectionId", hasItem((int) byEmergency));
        Api.as("admin").queryParam("year", year).queryParam("officeUnitId", Fixtures.unitId("应急办"))
                .get("/api/v1/enforcement/monitors").then().statusCode(200)
                .body("firstInspectionUnpunished.inspectingUnitName", everyItem(equalTo("应急办")));
        Api.as("officer").queryParam("year", year).get("/api/v1/enforcement/monitors").then().statusCode(403);
        Api.asIntegration().queryParam("year", year).get("/api/v1/enforcement/monitors").then().statusCode(403);
        // an office of another town (or none) is a bad filter, not an empty answer
        Api.as("admin").queryParam("year", year).queryParam("officeUnitId", 999_999_999L).get("/api/v1/enforcement/monitors")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("officeUnitId"));
        Api.as("admin").queryParam("year", year).get("/api/v1/enforcement/monitors").then().statusCode(200)
                .body("zeroPenaltyMonths.month", everyItem(startsWith(year + "-")));
    }
}
