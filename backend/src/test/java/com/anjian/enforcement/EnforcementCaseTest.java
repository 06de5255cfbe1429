package com.anjian.enforcement;

import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Inspections;
import com.anjian.support.Race;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enforcement cases (issue 8): who may open and read them, the chain through the API, gap-free numbers. */
@QuarkusTest
class EnforcementCaseTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aCaseOpensFromAFinishedInspectionWithItsOnSiteRecordNumbered() {
        long inspection = Cases.violationAtBaiyunsi();
        String serial = Inspections.get("admin", inspection).jsonPath().getString("serial");
        int year = Inspections.today().getYear();
        Response opened = Cases.open("officehead", inspection, null);
        opened.then().statusCode(201).header("Location", containsString("/api/v1/enforcement-cases/"))
                .body("state", equalTo("INSPECTED")).body("officeUnitName", equalTo("经发办"))
                .body("partyUnitName", equalTo("白云寺村")).body("sectorCode", equalTo("GAS"))
                .body("inspectionId", equalTo((int) inspection)).body("inspectionSerial", equalTo(serial))
                .body("personsDispatched", equalTo(2)).body("penalised", equalTo(false))
                .body("documents.kind", equalTo(List.of("ON_SITE_RECORD")))
                .body("documents[0].number", startsWith("东溪经发检记〔" + year + "〕"))
                .body("latestDocumentNumber", equalTo(opened.jsonPath().getString("documents[0].number")))
                .body("history.action", equalTo(List.of("OPEN"))).body("history[0].toState", equalTo("INSPECTED"))
                .body("allowedActions", equalTo(List.of("ORDER", "WITHDRAW")));
        // one case per inspection
        Cases.open("officehead", inspection, null).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void anOfficeWithoutEnforcementPowersOverTheSectorCannotOpenACase() {
        // 规划自然资源所 holds powers over GEOLOGICAL_HAZARD and CONSTRUCTION only: not over FIRE
        long fire = Inspections.checklist("admin", null, "FIRE", 1);
        long fireByGuihua = Cases.finishedInspection("officehead2", Fixtures.unitId("规划自然资源所"), Fixtures.unitId("一居"), fire, 1);
        Cases.open("officehead2", fireByGuihua, null).then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("执法权"));
        Cases.open("admin", fireByGuihua, Fixtures.unitId("规划自然资源所")).then().statusCode(403).contentType(PROBLEM);
        // 平安办 holds no enforcement powers at all, even over its own sectors
        long traffic = Inspections.checklist("admin", null, "ROAD_TRAFFIC", 1);
        long byPingan = Cases.finishedInspection("admin", Fixtures.unitId("平安办"), Fixtures.unitId("一居"), traffic, 1);
        Cases.open("admin", byPingan, Fixtures.unitId("平安办")).then().statusCode(403).contentType(PROBLEM);
        // 经发办 holds powers, but not over FIRE (应急办's)
        long fireByJingfa = Cases.finishedInspection("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), fire, 1);
        Cases.open("officehead", fireByJingfa, null).then().statusCode(403).contentType(PROBLEM);
        Cases.open("admin", fireByJingfa, Fixtures.unitId("经发办")).then().statusCode(403);
        // over its own sector 规划自然资源所 does open one
        long geo = Inspections.checklist("admin", null, "GEOLOGICAL_HAZARD", 1);
        long geoByGuihua = Cases.finishedInspection("officehead2", Fixtures.unitId("规划自然资源所"), Fixtures.unitId("一居"), geo, 1);
        Cases.open("officehead2", geoByGuihua, null).then().statusCode(201).body("officeUnitName", equalTo("规划自然资源所"));
        // nor may 应急办 (powers over FIRE) open a case from an inspection it did not make
        Cases.open("admin", fireByJingfa, Fixtures.unitId("应急办")).then().statusCode(403);
        // a village officer or a leader opens none
        long gas = Cases.violationAtBaiyunsi();
        Cases.open("officer", gas, null).then().statusCode(403);
        Cases.open("leader", gas, null).then().statusCode(403);
        // a town admin opens on behalf of the office that holds the powers, and must name it
        Cases.open("admin", gas, null).then().statusCode(400).body("errors.field", hasItem("officeUnitId"));
        Cases.open("admin", gas, Fixtures.unitId("经发办")).then().statusCode(201).body("officeUnitName", equalTo("经发办"));
    }

    @Test
    void onlyAFinishedInspectionThatFoundAViolationOpensACase() {
        long checklist = Cases.gasChecklist(2);
        long running = Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), checklist);
        Cases.open("officehead", running, null).then().statusCode(400).body("errors.field", hasItem("inspectionId"));
        // item 2 is no violation of law: a failure there is a hazard, not a case
        long noViolation = Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), checklist);
        Inspections.record("officehead", noViolation, 1, "PASS", null).then().statusCode(200);
        Inspections.record("officehead", noViolation, 2, "FAIL", null).then().statusCode(200);
        long version = Inspections.get("officehead", noViolation).jsonPath().getLong("version");
        Api.as("officehead").body(Map.of("version", version, "conclusion", "有一处隐患"))
                .post("/api/v1/inspections/" + noViolation + "/finish").then().statusCode(200);
        Cases.open("officehead", noViolation, null).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("inspectionId"));
        Cases.open("officehead", 999_999_999L, null).then().statusCode(400);
    }

    @Test
    void anOfficeHeadCannotReadAnotherOfficesCases() {
        long id = Cases.opened(Cases.violationAtBaiyunsi());
        Cases.get("officehead", id).then().statusCode(200);
        Cases.get("officehead2", id).then().statusCode(404).contentType(PROBLEM);
        Api.as("officehead2").body(Map.of("version", 0, "content", "x", "deadline", Inspections.today().plusDays(3).toString()))
                .post("/api/v1/enforcement-cases/" + id + "/order").then().statusCode(404);
        // the party reads the case against it, without conducting it; another village sees nothing
        Cases.get("officer", id).then().statusCode(200).body("allowedActions", hasSize(0));
        Cases.step("officer", id, "order", Cases.order()).then().statusCode(403);
        Cases.get("officer2", id).then().statusCode(404);
        Cases.get("leader", id).then().statusCode(200).body("allowedActions", hasSize(0));
        Cases.step("leader", id, "order", Cases.order()).then().statusCode(403);
        Cases.get("admin", id).then().statusCode(200).body("allowedActions", equalTo(List.of("ORDER", "WITHDRAW")));
        // nor in the list
        Api.as("officehead2").queryParam("size", 100).get("/api/v1/enforcement-cases").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as("officehead2").queryParam("partyUnitId", Fixtures.unitId("白云寺村")).get("/api/v1/enforcement-cases").then()
                .statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.as("officer2").queryParam("size", 100).get("/api/v1/enforcement-cases").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as("officer").queryParam("size", 100).get("/api/v1/enforcement-cases").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.as("officehead").queryParam("size", 100).queryParam("state", "INSPECTED").get("/api/v1/enforcement-cases").then()
                .statusCode(200).body("items.find { it.id == " + id + " }.latestDocumentNumber", startsWith("东溪经发检记"))
                .body("items.find { it.id == " + id + " }.partyUnitName", equalTo("白云寺村"))
                .body("items.state", everyItem(equalTo("INSPECTED")));
    }

    @Test
    void noStepOfTheChainCanBeSkippedOrRepeated() {
        long id = Cases.opened(Cases.violationAtBaiyunsi());
        // skipping ahead is refused, each with the case's current version
        for (String skip : List.of("reinspect", "notify-penalty", "decide-penalty", "record-payment", "close",
                "close-without-penalty")) {
            Cases.step("officehead", id, skip, bodyOf(skip)).then().statusCode(409).contentType(PROBLEM)
                    .body("detail", containsString("不能跳过或重复"));
        }
        Cases.step("officehead", id, "order", Cases.order()).then().statusCode(200).body("state", equalTo("ORDERED"));
        Cases.step("officehead", id, "order", Cases.order()).then().statusCode(409);
        Cases.step("officehead", id, "notify-penalty", Cases.notifyPenalty("10600")).then().statusCode(409);
        Cases.step("officehead", id, "reinspect", Cases.reinspect(false)).then().statusCode(200).body("state", equalTo("REINSPECTED"));
        Cases.step("officehead", id, "reinspect", Cases.reinspect(false)).then().statusCode(409);
        Cases.step("officehead", id, "decide-penalty", Cases.decidePenalty("10600")).then().statusCode(409);
        Cases.step("officehead", id, "notify-penalty", Cases.notifyPenalty("10600")).then().statusCode(200)
                .body("finesWan", equalTo("1.06万元"));
        Cases.step("officehead", id, "notify-penalty", Cases.notifyPenalty("10600")).then().statusCode(409);
        Cases.step("officehead", id, "close-without-penalty", Map.of("reason", "FIRST_MINOR_CORRECTED")).then().statusCode(409);
        Cases.step("officehead", id, "decide-penalty", Cases.decidePenalty("10600")).then().statusCode(200)
                .body("penalised", equalTo(true));
        Cases.step("officehead", id, "close", Map.of()).then().statusCode(409);
        Cases.step("officehead", id, "record-payment", Cases.payment()).then().statusCode(200).body("state", equalTo("FINE_PAID"));
        Cases.step("officehead", id, "record-payment", Cases.payment()).then().statusCode(409);
        Response closed = Cases.step("officehead", id, "close", Map.of());
        closed.then().statusCode(200).body("state", equalTo("CLOSED")).body("allowedActions", hasSize(0))
                .body("documents.kind", equalTo(List.of("ON_SITE_RECORD", "RECTIFICATION_ORDER", "REINSPECTION_OPINION",
                        "PENALTY_NOTICE", "PENALTY_DECISION")))
                .body("history.action", equalTo(List.of("OPEN", "ORDER", "REINSPECT", "NOTIFY_PENALTY", "DECIDE_PENALTY",
                        "RECORD_PAYMENT", "CLOSE")))
                .body("history.toState", equalTo(List.of("INSPECTED", "ORDERED", "REINSPECTED", "PENALTY_NOTIFIED",
                        "PENALTY_DECIDED", "FINE_PAID", "CLOSED")));
        // nothing follows the end, not even a withdrawal; and a refused step leaves no document behind
        Cases.step("officehead", id, "withdraw", Map.of("reason", "误立")).then().statusCode(409);
        assertEquals(5, Db.count("SELECT COUNT(*) FROM enforcement_document WHERE case_id = ?", id));
        // a stale version is refused before anything
        Api.as("officehead").body(Map.of("version", 0, "reason", "误立")).post("/api/v1/enforcement-cases/" + id + "/withdraw")
                .then().statusCode(409);
    }

    @Test
    void aFirstMinorViolationCorrectedAtOnceClosesWithoutPenaltyOnItsLegalGround() {
        long id = Cases.opened(Cases.violationAtBaiyunsi());
        Cases.step("officehead", id, "order", Cases.order()).then().statusCode(200);
        Cases.step("officehead", id, "reinspect", Cases.reinspect(true)).then().statusCode(200);
        // OTHER needs its ground in words
        Cases.step("officehead", id, "close-without-penalty", Map.of("reason", "OTHER")).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("note"));
        Cases.step("officehead", id, "close-without-penalty", Map.of("reason", "FIRST_MINOR_CORRECTED", "note", "初次违法，当场改正"))
                .then().statusCode(200).body("state", equalTo("NO_PENALTY")).body("noPenaltyReason", equalTo("FIRST_MINOR_CORRECTED"))
                .body("noPenaltyLegalBasis", equalTo("《中华人民共和国行政处罚法》第三十三条第一款"))
                .body("penalised", equalTo(false)).body("fineAmount", equalTo(null))
                .body("history[-1].action", equalTo("CLOSE_WITHOUT_PENALTY"));
        Cases.step("officehead", id, "notify-penalty", Cases.notifyPenalty("500")).then().statusCode(409);
    }

    @Test
    void aCaseIsWithdrawnWithItsReasonAndKept() {
        long inspection = Cases.violationAtBaiyunsi();
        long id = Cases.opened(inspection);
        Cases.step("officehead", id, "withdraw", Map.of("reason", " ")).then().statusCode(400).body("errors.field", hasItem("reason"));
        Cases.step("admin", id, "withdraw", Map.of("reason", "当事人主体认定错误")).then().statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("withdrawnReason", equalTo("当事人主体认定错误"))
                .body("history[-1].actor", equalTo("admin"));
        Cases.get("officehead", id).then().statusCode(200);
        // a withdrawn case lets the inspection be taken up again
        Cases.open("officehead", inspection, null).then().statusCode(201);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM enforcement_case_aud WHERE id = ? AND revtype = 0", id));
    }

    @Test
    void documentNumbersAreGapFreePerOfficeAndYearUnderTwentyConcurrentSteps() {
        long checklist = Cases.gasChecklist(1);
        List<Long> cases = IntStream.range(0, 20).mapToObj(n -> Cases.opened(Cases.finishedInspection("officehead",
                Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), checklist, 1))).toList();
        List<Long> versions = cases.stream().map(Cases::version).toList();
        List<Response> responses = Race.run(20, n -> Api.as("officehead")
                .body(Map.of("version", versions.get(n), "content", "限期整改", "deadline", Inspections.today().plusDays(10).toString()))
                .post("/api/v1/enforcement-cases/" + cases.get(n) + "/order"));
        assertEquals(Map.of(200, 20L), Race.statuses(responses));
        int year = Inspections.today().getYear();
        long office = Fixtures.unitId("经发办");
        // every number of the office's orders this year, 1..n without a gap or a repeat, ours among them
        List<Long> all = Db.longs("SELECT d.seq FROM enforcement_document d JOIN enforcement_case c ON c.id = d.case_id"
                + " WHERE c.office_unit_id = ? AND d.kind = 'RECTIFICATION_ORDER' AND d.year = ? ORDER BY d.seq", office, year);
        assertEquals(LongStreamRange.of(all.size()), all);
        assertEquals(all.size(), Db.count("SELECT value FROM document_counter WHERE unit_id = ? AND kind = 'RECTIFICATION_ORDER'"
                + " AND year = ?", office, year));
        List<Long> ours = Db.longs("SELECT seq FROM enforcement_document WHERE kind = 'RECTIFICATION_ORDER' AND case_id IN ("
                + Db.placeholders(cases) + ") ORDER BY seq", cases.toArray());
        assertEquals(20, ours.size());
        assertEquals(19, ours.get(19) - ours.get(0), "the twenty took twenty consecutive numbers");
        for (int n = 0; n < 20; n++) {
            String number = responses.get(n).jsonPath().getString("documents.find { it.kind == 'RECTIFICATION_ORDER' }.number");
            assertEquals(true, number.startsWith("东溪经发责改〔" + year + "〕"), number);
        }
    }

    private static Map<String, Object> bodyOf(String step) {
        return switch (step) {
            case "reinspect" -> Cases.reinspect(true);
            case "notify-penalty" -> Cases.notifyPenalty("500");
            case "decide-penalty" -> Cases.decidePenalty("500");
            case "record-payment" -> Cases.payment();
            case "close-without-penalty" -> Map.of("reason", "FIRST_MINOR_CORRECTED");
            default -> Map.of();
        };
    }

    /** 1..n as longs. */
    private static final class LongStreamRange {
        static List<Long> of(int n) {
            return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
        }
    }
}
