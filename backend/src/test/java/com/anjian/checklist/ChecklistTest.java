package com.anjian.checklist;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
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

/** Checklists (issue 8): who keeps which, versions that never change, never deleted. */
@QuarkusTest
class ChecklistTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aChecklistIsWrittenAsVersionOneWithItsItemsNumberedInOrder() {
        Response created = Api.as("admin").body(Inspections.checklistInput(null, "FIRE", 3, "消防通道"))
                .post("/api/v1/checklists");
        created.then().statusCode(201).header("Location", containsString("/api/v1/checklists/"))
                .body("currentVersionNo", equalTo(1)).body("versionNo", equalTo(1))
                .body("ownerUnitId", nullValue()).body("active", equalTo(true))
                .body("items.no", equalTo(List.of(1, 2, 3)))
                .body("items[0].text", equalTo("消防通道第1项")).body("items[0].violation", equalTo(true))
                .body("items[1].violation", equalTo(false));
        long id = created.jsonPath().getLong("id");
        // every person of the town reads it
        for (String user : List.of("leader", "officehead", "officehead2", "officer", "officer2")) {
            Api.as(user).get("/api/v1/checklists/" + id).then().statusCode(200).body("items", hasSize(3));
        }
        Api.as("officer").queryParam("sector", "FIRE").queryParam("size", 100).get("/api/v1/checklists").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.itemCount", equalTo(3));
    }

    @Test
    void anEditMakesTheNextVersionAndTheEarlierOneStaysAsItWas() {
        long id = Inspections.checklist("admin", null, "FIRE", 2);
        Map<String, Object> edit = Inspections.checklistInput(null, "FIRE", 4, "改写");
        edit.put("version", 0);
        Api.as("admin").body(edit).put("/api/v1/checklists/" + id).then().statusCode(200)
                .body("currentVersionNo", equalTo(2)).body("items", hasSize(4)).body("items[0].text", equalTo("改写第1项"));
        Api.as("admin").get("/api/v1/checklists/" + id + "/versions/1").then().statusCode(200)
                .body("versionNo", equalTo(1)).body("currentVersionNo", equalTo(2))
                .body("items", hasSize(2)).body("items[0].text", equalTo("检查内容第1项"));
        Api.as("admin").get("/api/v1/checklists/" + id + "/versions/3").then().statusCode(404);
        // a stale version is refused and writes no version
        Api.as("admin").body(edit).put("/api/v1/checklists/" + id).then().statusCode(409).contentType(PROBLEM);
        Api.as("admin").get("/api/v1/checklists/" + id).then().body("currentVersionNo", equalTo(2));
    }

    @Test
    void anOfficeHeadKeepsOnlyItsOwnOfficesChecklistsInSectorsItEnforces() {
        long jingfa = Fixtures.unitId("经发办");
        // 经发办 holds enforcement powers over GAS
        Response own = Api.as("officehead").body(Inspections.checklistInput(jingfa, "GAS", 2, "燃气")).post("/api/v1/checklists");
        own.then().statusCode(201);
        // not over FIRE, and never the emergency office's or another office's
        Api.as("officehead").body(Inspections.checklistInput(jingfa, "FIRE", 2, "消防")).post("/api/v1/checklists")
                .then().statusCode(403).contentType(PROBLEM);
        Api.as("officehead").body(Inspections.checklistInput(null, "GAS", 2, "燃气")).post("/api/v1/checklists")
                .then().statusCode(403);
        Api.as("officehead").body(Inspections.checklistInput(Fixtures.unitId("规划自然资源所"), "GAS", 2, "燃气"))
                .post("/api/v1/checklists").then().statusCode(403);
        long emergency = Inspections.checklist("admin", null, "FIRE", 2);
        Map<String, Object> edit = Inspections.checklistInput(null, "FIRE", 2, "改写");
        edit.put("version", 0);
        Api.as("officehead").body(edit).put("/api/v1/checklists/" + emergency).then().statusCode(403);
        Api.as("officehead").body(Map.of("version", 0)).post("/api/v1/checklists/" + emergency + "/deactivate").then().statusCode(403);
        // its own one it may not hand over to the emergency office either
        long ownId = own.jsonPath().getLong("id");
        Map<String, Object> handOver = Inspections.checklistInput(null, "GAS", 2, "燃气");
        handOver.put("version", 0);
        Api.as("officehead").body(handOver).put("/api/v1/checklists/" + ownId).then().statusCode(403);
        Api.as("admin").get("/api/v1/checklists/" + ownId).then().body("ownerUnitId", equalTo((int) jingfa))
                .body("currentVersionNo", equalTo(1));
        // leaders and village officers keep none
        Api.as("leader").body(Inspections.checklistInput(null, "FIRE", 2, "消防")).post("/api/v1/checklists").then().statusCode(403);
        Api.as("officer").body(Inspections.checklistInput(null, "FIRE", 2, "消防")).post("/api/v1/checklists").then().statusCode(403);
    }

    @Test
    void aChecklistIsDeactivatedNotDeletedAndThenTakesNoNewInspection() {
        long id = Inspections.checklist("admin", null, "FIRE", 2);
        Api.as("admin").body(Map.of("version", 0)).post("/api/v1/checklists/" + id + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        Api.as("admin").queryParam("active", false).queryParam("size", 100).get("/api/v1/checklists").then()
                .body("items.id", hasItem((int) id));
        Api.as("admin").queryParam("active", true).queryParam("size", 100).get("/api/v1/checklists").then()
                .body("items.id", not(hasItem((int) id)));
        Api.as("admin").body(Inspections.inspectionInput(Fixtures.unitId("应急办"), Fixtures.unitId("白云寺村"), id))
                .post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("checklistId"));
        long version = Api.as("admin").get("/api/v1/checklists/" + id).jsonPath().getLong("version");
        Api.as("admin").body(Map.of("version", version)).post("/api/v1/checklists/" + id + "/activate").then().statusCode(200)
                .body("active", equalTo(true));
    }

    @Test
    void aChecklistNeedsItemsAndAGovernmentOwner() {
        Api.as("admin").body(Inspections.checklistInput(null, "FIRE", 0, "空")).post("/api/v1/checklists").then().statusCode(400)
                .body("errors.field", hasItem("items"));
        Api.as("admin").header("Accept-Language", "en")
                .body(Inspections.checklistInput(Fixtures.unitId("白云寺村"), "FIRE", 1, "村")).post("/api/v1/checklists")
                .then().statusCode(400).body("errors.field", hasItem("ownerUnitId"))
                .body("errors.message", hasItem(containsString("office")));
    }
}
