package com.anjian.inspection;

import com.anjian.support.Api;
import com.anjian.support.Clocks;
import com.anjian.support.Fixtures;
import com.anjian.support.Inspections;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Inspection plans (issue 8): each item's status and each month's execution are computed from the inspections. */
@QuarkusTest
class InspectionPlanTest {

    private static Map<String, Object> item(long target, String month) {
        Map<String, Object> item = new HashMap<>();
        item.put("targetUnitId", target);
        item.put("plannedMonth", month);
        item.put("inspectors", List.of("王立新"));
        return item;
    }

    private static long inspect(long office, String unit, long checklist, String on, Long planItem) {
        Map<String, Object> input = Inspections.inspectionInput(office, Fixtures.unitId(unit), checklist);
        input.put("inspectedOn", on);
        input.put("planItemId", planItem);
        return Api.as("admin").body(input).post("/api/v1/inspections").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void planExecutionIsComputedFromTheInspectionsThatCarryItOut() {
        Clocks.pin(LocalDateTime.of(2030, 6, 15, 10, 0));
        long office = Fixtures.createOffice(Fixtures.unique("计划办")).jsonPath().getLong("id");
        long checklist = Inspections.checklist("admin", null, "FIRE", 2);
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", office);
        input.put("year", 2030);
        input.put("kind", "ANNUAL");
        input.put("title", "2030年度安全检查计划");
        input.put("items", List.of(item(Fixtures.unitId("白云寺村"), "2030-04"), item(Fixtures.unitId("太平村"), "2030-04"),
                item(Fixtures.unitId("红岩村"), "2030-05"), item(Fixtures.unitId("一居"), "2030-06"), item(Fixtures.unitId("二居"), "2030-06")));
        Response created = Api.as("admin").body(input).post("/api/v1/inspection-plans");
        created.then().statusCode(201);
        long plan = created.jsonPath().getLong("id");
        List<Long> items = created.jsonPath().getList("items.id", Long.class);
        // one plan per office and period
        Api.as("admin").body(input).post("/api/v1/inspection-plans").then().statusCode(409);

        inspect(office, "白云寺村", checklist, "2030-04-20", items.get(0));
        inspect(office, "太平村", checklist, "2030-05-10", items.get(1));
        long version = created.jsonPath().getLong("items[4].version");
        Api.as("admin").body(Map.of("version", version, "reason", "该社区已纳入专项整治统一检查"))
                .post("/api/v1/inspection-plans/" + plan + "/items/" + items.get(4) + "/cancel").then().statusCode(200);
        // an inspection of another unit cannot carry out the item
        Map<String, Object> wrong = Inspections.inspectionInput(office, Fixtures.unitId("二居"), checklist);
        wrong.put("inspectedOn", "2030-06-01");
        wrong.put("planItemId", items.get(2));
        Api.as("admin").body(wrong).post("/api/v1/inspections").then().statusCode(400).body("errors.field", hasItem("planItemId"));

        Api.as("admin").get("/api/v1/inspection-plans/" + plan).then().statusCode(200)
                .body("items.status", equalTo(List.of("DONE_ON_TIME", "DONE_LATE", "MISSED", "PLANNED", "CANCELLED")))
                .body("items[4].cancelReason", equalTo("该社区已纳入专项整治统一检查"));
        JsonPath summary = Api.as("admin").queryParam("unitId", office).get("/api/v1/inspection-plans").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(4, summary.getInt("items[0].itemCount"));
        assertEquals(2, summary.getInt("items[0].doneCount"));
        assertEquals(1.0 / 3, summary.getDouble("items[0].executionRate"), 1e-6);
        assertEquals(true, summary.getBoolean("items[0].behindSchedule"));

        JsonPath execution = Api.as("leader").queryParam("year", 2030).queryParam("unitId", office)
                .get("/api/v1/inspection-plans/execution").then().statusCode(200).extract().jsonPath();
        assertEquals(12, execution.getList("offices[0].months").size());
        assertEquals(2, execution.getInt("offices[0].months[3].planned"));
        assertEquals(1, execution.getInt("offices[0].months[3].doneOnTime"));
        assertEquals(1, execution.getInt("offices[0].months[3].doneLate"));
        assertEquals(0.5, execution.getDouble("offices[0].months[3].rate"), 1e-6);
        assertEquals(1, execution.getInt("offices[0].months[4].missed"));
        assertEquals(List.of("红岩村"), execution.getList("offices[0].months[4].missedItems.targetUnitName"));
        assertEquals(true, execution.getBoolean("offices[0].months[4].behindSchedule"));
        assertEquals(false, execution.getBoolean("offices[0].months[5].behindSchedule"), "June has not ended");
        assertNull(execution.get("offices[0].months[0].rate"), "nothing planned in January");

        // computed, not stored: the missed item done now turns late
        inspect(office, "红岩村", checklist, "2030-06-10", items.get(2));
        Api.as("admin").get("/api/v1/inspection-plans/" + plan).then().body("items[2].status", equalTo("DONE_LATE"));
        Api.as("admin").queryParam("year", 2030).queryParam("unitId", office).get("/api/v1/inspection-plans/execution").then()
                .body("offices[0].months[4].missed", equalTo(0)).body("offices[0].months[4].doneLate", equalTo(1));
    }

    @Test
    void anOfficeHeadPlansAndReadsOnlyItsOwnOfficesPlansAndVillagesNone() {
        long jingfa = Fixtures.unitId("经发办");
        int year = 2040 + new java.util.Random().nextInt(50);
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", jingfa);
        input.put("year", year);
        input.put("kind", "MONTHLY");
        input.put("month", 1 + new java.util.Random().nextInt(12));
        input.put("title", Fixtures.unique("经发办月度计划"));
        Response own = Api.as("officehead").body(input).post("/api/v1/inspection-plans");
        own.then().statusCode(201);
        long plan = own.jsonPath().getLong("id");
        Api.as("officehead2").get("/api/v1/inspection-plans/" + plan).then().statusCode(404);
        Api.as("leader").get("/api/v1/inspection-plans/" + plan).then().statusCode(200);
        Api.as("officer").get("/api/v1/inspection-plans/" + plan).then().statusCode(403);
        input.put("unitId", Fixtures.unitId("规划自然资源所"));
        Api.as("officehead").body(input).post("/api/v1/inspection-plans").then().statusCode(403);
        Api.as("officehead2").queryParam("size", 100).get("/api/v1/inspection-plans").then().statusCode(200)
                .body("items.unitName", org.hamcrest.Matchers.everyItem(equalTo("规划自然资源所")));
    }
}
