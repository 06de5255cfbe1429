package com.anjian.campaign;

import com.anjian.support.Api;
import com.anjian.support.Cases;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** Special campaigns (issue 8): their figures are counted from the records behind them whenever read. */
@QuarkusTest
class CampaignTest {

    private static Map<String, Object> input(long leading, String sector) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", Fixtures.unique("燃气安全专项整治"));
        input.put("sectorCode", sector);
        input.put("startsOn", Inspections.today().minusDays(10).toString());
        input.put("endsOn", Inspections.today().plusDays(30).toString());
        input.put("leadingUnitId", leading);
        input.put("goal", "全面排查餐饮场所燃气隐患");
        input.put("participatingUnitIds", List.of(Fixtures.unitId("白云寺村"), Fixtures.unitId("一居")));
        return input;
    }

    private static Response figures(long campaign) {
        return Api.as("leader").get("/api/v1/campaigns/" + campaign).then().statusCode(200).extract().response();
    }

    @Test
    void campaignFiguresChangeWhenARecordBehindThemChanges() {
        long emergency = Fixtures.unitId("应急办");
        long campaign = Api.as("admin").body(input(emergency, "FIRE")).post("/api/v1/campaigns").then().statusCode(201)
                .body("figures.recordsKept", equalTo(false)).body("figures.inspections", equalTo(0))
                .body("figures.finesWan", equalTo("0万元")).body("participatingUnits.name", equalTo(List.of("一居", "白云寺村")))
                .extract().jsonPath().getLong("id");

        long checklist = Inspections.checklist("admin", null, "FIRE", 2);
        Map<String, Object> inspection = Inspections.inspectionInput(emergency, Fixtures.unitId("白云寺村"), checklist);
        inspection.put("inspectors", List.of("王立新", "李华", "张强"));
        inspection.put("campaignId", campaign);
        long id = Api.as("admin").body(inspection).post("/api/v1/inspections").then().statusCode(201)
                .body("campaignId", equalTo((int) campaign)).extract().jsonPath().getLong("id");
        figures(campaign).then().body("figures.inspections", equalTo(1)).body("figures.personsDispatched", equalTo(3))
                .body("figures.recordsKept", equalTo(true)).body("figures.hazardsFound", equalTo(0));

        Inspections.record("admin", id, 1, "FAIL", null).then().statusCode(200);
        long hazard = Hazards.id(Inspections.registerHazard("admin", id, 1).then().statusCode(201).extract().response());
        figures(campaign).then().body("figures.hazardsFound", equalTo(1)).body("figures.hazardsClosed", equalTo(0));

        Hazards.order("admin", hazard);
        Hazards.complete("officer", hazard);
        Hazards.verify("admin", hazard);
        Hazards.close("admin", hazard);
        figures(campaign).then().body("figures.hazardsClosed", equalTo(1));
        Api.as("officer").queryParam("size", 100).get("/api/v1/campaigns").then().statusCode(200)
                .body("items.find { it.id == " + campaign + " }.figures.hazardsClosed", equalTo(1))
                .body("items.find { it.id == " + campaign + " }.figures.personsDispatched", equalTo(3));
    }

    @Test
    void theLeadingOfficesHeadKeepsItsCampaignsAndNoOther() {
        long jingfa = Fixtures.unitId("经发办");
        Response own = Api.as("officehead").body(input(jingfa, "GAS")).post("/api/v1/campaigns");
        own.then().statusCode(201);
        Api.as("officehead").body(input(Fixtures.unitId("应急办"), "FIRE")).post("/api/v1/campaigns").then().statusCode(403);
        long emergency = Api.as("admin").body(input(Fixtures.unitId("应急办"), "FIRE")).post("/api/v1/campaigns")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> edit = input(Fixtures.unitId("应急办"), "FIRE");
        edit.put("version", 0);
        Api.as("officehead").body(edit).put("/api/v1/campaigns/" + emergency).then().statusCode(403);
        Api.as("officer").body(input(jingfa, "GAS")).post("/api/v1/campaigns").then().statusCode(403);
        Map<String, Object> backwards = input(jingfa, "GAS");
        backwards.put("endsOn", Inspections.today().minusDays(20).toString());
        Api.as("admin").body(backwards).post("/api/v1/campaigns").then().statusCode(400);
    }

    @Test
    void campaignFiguresCountItsPenalisedCasesAndNoWithdrawnOne() {
        long emergency = Fixtures.unitId("应急办");
        long campaign = Api.as("admin").body(input(emergency, "FIRE")).post("/api/v1/campaigns").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long checklist = Inspections.checklist("admin", null, "FIRE", 1);
        Map<String, Object> inspection = Inspections.inspectionInput(emergency, Fixtures.unitId("白云寺村"), checklist);
        inspection.put("campaignId", campaign);
        long id = Api.as("admin").body(inspection).post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
        Inspections.record("admin", id, 1, "FAIL", null).then().statusCode(200);
        Api.as("admin").body(Map.of("version", Inspections.get("admin", id).jsonPath().getLong("version"), "conclusion", "消防通道堵塞"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(200);

        // the case takes the inspection's campaign
        long enforcementCase = Cases.open("admin", id, emergency).then().statusCode(201).body("campaignId", equalTo((int) campaign))
                .extract().jsonPath().getLong("id");
        Api.as("admin").queryParam("campaignId", campaign).get("/api/v1/enforcement-cases").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) enforcementCase))).body("items[0].campaignTitle", equalTo(
                        figures(campaign).jsonPath().getString("title")));
        Cases.step("admin", enforcementCase, "order", Cases.order()).then().statusCode(200);
        Cases.step("admin", enforcementCase, "reinspect", Cases.reinspect(false)).then().statusCode(200);
        Cases.step("admin", enforcementCase, "notify-penalty", Cases.notifyPenalty("10600")).then().statusCode(200);
        // notified is not yet penalised
        figures(campaign).then().body("figures.violationsPenalised", equalTo(0)).body("figures.finesYuan", equalTo("0.00"));
        Cases.step("admin", enforcementCase, "decide-penalty", Cases.decidePenalty("10600")).then().statusCode(200);
        figures(campaign).then().body("figures.violationsPenalised", equalTo(1)).body("figures.finesYuan", equalTo("10600.00"))
                .body("figures.finesWan", equalTo("1.06万元"));
        Api.as("officer").queryParam("size", 100).get("/api/v1/campaigns").then().statusCode(200)
                .body("items.find { it.id == " + campaign + " }.figures.violationsPenalised", equalTo(1));
        Cases.step("admin", enforcementCase, "withdraw", Map.of("reason", "处罚决定被行政复议撤销")).then().statusCode(200);
        figures(campaign).then().body("figures.violationsPenalised", equalTo(0)).body("figures.finesYuan", equalTo("0.00"))
                .body("figures.finesWan", equalTo("0万元"));
    }
}
