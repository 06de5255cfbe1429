package com.anjian.inspection;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inspections (issue 8): who sees which, item-by-item results, failed items as hazards, checklist versions kept. */
@QuarkusTest
class InspectionTest {

    private static final String PROBLEM = "application/problem+json";

    private static long gasChecklist() {
        return Inspections.checklist("officehead", Fixtures.unitId("经发办"), "GAS", 3);
    }

    /** An inspection of 白云寺村 by 经发办, started by its head. */
    private static long byJingfaOfBaiyunsi() {
        return Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), gasChecklist());
    }

    @Test
    void anInspectionStartsWithOneEmptyResultPerItemOfTheChecklistsCurrentVersion() {
        long id = byJingfaOfBaiyunsi();
        Inspections.get("officehead", id).then().statusCode(200)
                .body("serial", startsWith("JC" + Inspections.today().getYear() + "-"))
                .body("state", equalTo("IN_PROGRESS")).body("inspectorCount", equalTo(2))
                .body("inspectors", equalTo(List.of("刘洋", "周红"))).body("inspectingUnitName", equalTo("经发办"))
                .body("inspectedUnitName", equalTo("白云寺村")).body("checklistVersionNo", equalTo(1))
                .body("results", hasSize(3)).body("results.outcome", equalTo(java.util.Arrays.asList(null, null, null)))
                .body("results[0].text", equalTo("检查内容第1项")).body("results[0].violation", equalTo(true));
    }

    @Test
    void anOfficeHeadCannotReadAnotherOfficesInspections() {
        // 规划自然资源所 inspects 一居: nothing of 经发办's
        long checklist = Inspections.checklist("admin", null, "GEOLOGICAL_HAZARD", 2);
        long other = Inspections.start("officehead2", Fixtures.unitId("规划自然资源所"), Fixtures.unitId("一居"), checklist);
        Inspections.get("officehead2", other).then().statusCode(200);
        Inspections.get("officehead", other).then().statusCode(404).contentType(PROBLEM);
        Api.as("officehead").queryParam("size", 100).get("/api/v1/inspections").then().statusCode(200)
                .body("items.id", not(hasItem((int) other)));
        Api.as("officehead").queryParam("inspectedUnitId", Fixtures.unitId("一居")).get("/api/v1/inspections").then()
                .statusCode(200).body("items.id", not(hasItem((int) other)));
        // nor fill it in
        Inspections.record("officehead", other, 1, "PASS", null).then().statusCode(404);
        // but an inspection made of 经发办 itself it reads, without writing it
        long ofJingfa = Inspections.start("admin", Fixtures.unitId("应急办"), Fixtures.unitId("经发办"), checklist);
        Inspections.get("officehead", ofJingfa).then().statusCode(200);
        Inspections.record("officehead", ofJingfa, 1, "PASS", null).then().statusCode(403).contentType(PROBLEM);
        // and it inspects only in its own office's name
        Api.as("officehead").body(Inspections.inspectionInput(Fixtures.unitId("规划自然资源所"), Fixtures.unitId("一居"), checklist))
                .post("/api/v1/inspections").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aVillageReadsOnlyInspectionsOfItself() {
        long own = byJingfaOfBaiyunsi();
        long ofYiju = Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("一居"), gasChecklist());
        Inspections.get("officer", own).then().statusCode(200);
        Inspections.get("officer", ofYiju).then().statusCode(404);
        Inspections.get("officer2", own).then().statusCode(404);
        Inspections.get("officer2", ofYiju).then().statusCode(200);
        JsonPath list = Api.as("officer").queryParam("size", 100).get("/api/v1/inspections").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("白云寺村"), list.getList("items.inspectedUnitName", String.class).stream().distinct().toList());
        // and writes none
        Inspections.record("officer", own, 1, "PASS", null).then().statusCode(403);
        Api.as("officer").body(Inspections.inspectionInput(Fixtures.unitId("白云寺村"), Fixtures.unitId("白云寺村"), gasChecklist()))
                .post("/api/v1/inspections").then().statusCode(403);
    }

    @Test
    void resultsAreRecordedItemByItemWithPhotosThatTheInspectedUnitSees() {
        long id = byJingfaOfBaiyunsi();
        long photo = Hazards.photo("officehead");
        Response recorded = Inspections.record("officehead", id, 2, "FAIL", List.of(photo));
        recorded.then().statusCode(200).body("outcome", equalTo("FAIL")).body("attachments.id", equalTo(List.of((int) photo)))
                .body("version", equalTo(1));
        // a stale version is refused
        Api.as("officehead").body(Map.of("version", 0, "outcome", "PASS")).put("/api/v1/inspections/" + id + "/results/2")
                .then().statusCode(409);
        Api.as("officer").get("/api/v1/attachments/" + photo + "/content").then().statusCode(200);
        Api.as("officer2").get("/api/v1/attachments/" + photo + "/content").then().statusCode(404);
        // bound, the photo cannot be bound again (to another item or a hazard)
        Inspections.record("officehead", id, 3, "PASS", List.of(photo)).then().statusCode(400)
                .body("errors.field", hasItem("attachmentIds"));
        Api.as("admin").queryParam("size", 100).get("/api/v1/inspections").then()
                .body("items.find { it.id == " + id + " }.failedCount", equalTo(1))
                .body("items.find { it.id == " + id + " }.violationCount", equalTo(0));
    }

    @Test
    void anInspectionFinishesOnlyWithEveryItemCheckedAndThenItsResultsStay() {
        long id = byJingfaOfBaiyunsi();
        Inspections.record("officehead", id, 1, "PASS", null).then().statusCode(200);
        long version = Inspections.get("officehead", id).jsonPath().getLong("version");
        Api.as("officehead").body(Map.of("version", version, "conclusion", "基本符合要求"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(400)
                .body("errors.field", hasItem("results")).body("errors.message", hasItem(containsString("2、3")));
        Inspections.record("officehead", id, 2, "FAIL", null).then().statusCode(200);
        Inspections.record("officehead", id, 3, "NOT_APPLICABLE", null).then().statusCode(200);
        Api.as("officehead").body(Map.of("version", version, "conclusion", "存在一处问题，已责令整改"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(200)
                .body("state", equalTo("FINISHED")).body("conclusion", equalTo("存在一处问题，已责令整改"));
        Inspections.record("officehead", id, 1, "FAIL", null).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("已完成"));
        // a failed item still becomes a hazard after the inspection is finished
        Inspections.registerHazard("officehead", id, 2).then().statusCode(201);
    }

    @Test
    void aFailedChecklistItemCreatesExactlyOneHazardRegisteredAndLinkedBothWays() {
        long id = byJingfaOfBaiyunsi();
        String serial = Inspections.get("admin", id).jsonPath().getString("serial");
        Inspections.record("officehead", id, 1, "FAIL", null).then().statusCode(200);
        Inspections.record("officehead", id, 2, "PASS", null).then().statusCode(200);
        // a passed item is no hazard
        Inspections.registerHazard("officehead", id, 2).then().statusCode(409).contentType(PROBLEM);

        Response created = Inspections.registerHazard("officehead", id, 1);
        created.then().statusCode(201).header("Location", containsString("/api/v1/hazards/"))
                .body("summary.state", equalTo("REGISTERED")).body("summary.source", equalTo("INSPECTION"))
                .body("summary.unitName", equalTo("白云寺村")).body("summary.responsibleUnitName", equalTo("白云寺村"))
                .body("summary.sectorCode", equalTo("GAS")).body("summary.foundOn", equalTo(Inspections.today().toString()))
                .body("reportingUnitName", equalTo("经发办")).body("foundBy", equalTo("刘洋、周红"))
                .body("timeline.action", equalTo(List.of("REPORT", "REGISTER")))
                .body("timeline.toState", equalTo(List.of("FOUND", "REGISTERED")))
                .body("inspectionId", equalTo((int) id)).body("inspectionSerial", equalTo(serial));
        long hazard = Hazards.id(created);
        Inspections.get("officer", id).then().statusCode(200)
                .body("results[0].hazardId", equalTo((int) hazard))
                .body("results[0].hazardSerial", equalTo(created.jsonPath().getString("summary.serial")))
                .body("results[1].hazardId", nullValue()).body("hazardCount", equalTo(1));
        long resultId = Db.count("SELECT r.id FROM inspection_result r WHERE r.inspection_id = ? AND r.item_no = 1", id);
        assertEquals(resultId, Db.count("SELECT inspection_result_id FROM hazard WHERE id = ?", hazard));
        assertEquals(hazard, Db.count("SELECT hazard_id FROM inspection_result WHERE id = ?", resultId));
        // the inspected village is responsible for it and sees it; the loop goes on from REGISTERED
        Api.as("officer").get("/api/v1/hazards/" + hazard).then().statusCode(200).body("inspectionSerial", equalTo(serial));
        Hazards.order("officehead", hazard);

        // a second attempt is refused, even with the result's current version, and makes no hazard
        Response again = Inspections.registerHazard("officehead", id, 1);
        again.then().statusCode(409).contentType(PROBLEM).body("detail", containsString(created.jsonPath().getString("summary.serial")));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM hazard WHERE inspection_result_id = ?", resultId));
        // and the item stays failed while it has its hazard
        Inspections.record("officehead", id, 1, "PASS", null).then().statusCode(409);
    }

    @Test
    void editingAChecklistNeverChangesAFinishedInspection() {
        long checklist = gasChecklist();
        long id = Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), checklist);
        for (int item = 1; item <= 3; item++) {
            Inspections.record("officehead", id, item, "PASS", null).then().statusCode(200);
        }
        long version = Inspections.get("officehead", id).jsonPath().getLong("version");
        Api.as("officehead").body(Map.of("version", version, "conclusion", "符合要求")).post("/api/v1/inspections/" + id + "/finish")
                .then().statusCode(200);
        String before = Inspections.get("officehead", id).asString();

        Map<String, Object> edit = Inspections.checklistInput(Fixtures.unitId("经发办"), "GAS", 5, "修订后的检查内容");
        edit.put("version", 0);
        Api.as("officehead").body(edit).put("/api/v1/checklists/" + checklist).then().statusCode(200)
                .body("currentVersionNo", equalTo(2));

        Inspections.get("officehead", id).then().statusCode(200).body("checklistVersionNo", equalTo(1))
                .body("results", hasSize(3)).body("results[0].text", equalTo("检查内容第1项"));
        assertEquals(before, Inspections.get("officehead", id).asString());
        // a new inspection takes the new version
        long next = Inspections.start("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), checklist);
        Inspections.get("officehead", next).then().body("checklistVersionNo", equalTo(2)).body("results", hasSize(5))
                .body("results[0].text", equalTo("修订后的检查内容第1项"));
    }
}
