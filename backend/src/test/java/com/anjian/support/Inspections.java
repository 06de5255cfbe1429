package com.anjian.support;

import io.restassured.response.Response;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checklists and inspections made through the API, as the demo users. */
public final class Inspections {

    private Inspections() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A checklist body with {@code items} items; item 1 is a violation of law, the others not. */
    public static Map<String, Object> checklistInput(Long ownerUnitId, String sector, int items, String wording) {
        Map<String, Object> input = new HashMap<>();
        input.put("sectorCode", sector);
        input.put("title", Fixtures.unique("检查表"));
        input.put("ownerUnitId", ownerUnitId);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int n = 1; n <= items; n++) {
            list.add(Map.of("text", wording + "第" + n + "项", "legalBasis", "《中华人民共和国安全生产法》第" + (40 + n) + "条",
                    "violation", n == 1));
        }
        input.put("items", list);
        return input;
    }

    /** Creates a checklist as the user and returns its id. */
    public static long checklist(String user, Long ownerUnitId, String sector, int items) {
        return Api.as(user).body(checklistInput(ownerUnitId, sector, items, "检查内容")).post("/api/v1/checklists")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> inspectionInput(long inspectingUnitId, long inspectedUnitId, long checklistId) {
        Map<String, Object> input = new HashMap<>();
        input.put("inspectingUnitId", inspectingUnitId);
        input.put("inspectedUnitId", inspectedUnitId);
        input.put("inspectedOn", today().toString());
        input.put("inspectors", List.of("刘洋", "周红"));
        input.put("checklistId", checklistId);
        input.put("place", "生产车间");
        input.put("onSitePerson", "王经理");
        return input;
    }

    /** Starts an inspection as the user and returns its id. */
    public static long start(String user, long inspectingUnitId, long inspectedUnitId, long checklistId) {
        return Api.as(user).body(inspectionInput(inspectingUnitId, inspectedUnitId, checklistId)).post("/api/v1/inspections")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response get(String user, long inspectionId) {
        return Api.as(user).get("/api/v1/inspections/" + inspectionId);
    }

    public static long resultVersion(long inspectionId, int itemNo) {
        return get("admin", inspectionId).then().statusCode(200).extract().jsonPath()
                .getLong("results.find { it.itemNo == " + itemNo + " }.version");
    }

    public static Response record(String user, long inspectionId, int itemNo, String outcome, List<Long> photos) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", resultVersion(inspectionId, itemNo));
        body.put("outcome", outcome);
        body.put("note", "现场查看");
        if (photos != null) {
            body.put("attachmentIds", photos);
        }
        return Api.as(user).body(body).put("/api/v1/inspections/" + inspectionId + "/results/" + itemNo);
    }

    public static Map<String, Object> hazardInput(long version) {
        Map<String, Object> input = new HashMap<>();
        input.put("version", version);
        input.put("place", "燃气调压间");
        input.put("description", Fixtures.unique("燃气管道无标识"));
        input.put("causeCategory", "THINGS");
        input.put("grade", "GENERAL");
        input.put("responsiblePerson", "王经理");
        input.put("measures", "补设管道标识");
        input.put("deadline", today().plusDays(15).toString());
        input.put("contingencyPlan", "加强巡查");
        return input;
    }

    public static Response registerHazard(String user, long inspectionId, int itemNo) {
        return Api.as(user).body(hazardInput(resultVersion(inspectionId, itemNo)))
                .post("/api/v1/inspections/" + inspectionId + "/results/" + itemNo + "/hazard");
    }
    /** A monthly plan of the office made now by the user, in a month of 2030 on that the office has no plan for yet, with one item. */
    public static io.restassured.path.json.JsonPath plan(String user, long officeId) {
        java.util.Random random = new java.util.Random();
        while (true) {
            int year = 2030 + random.nextInt(70);
            int month = 1 + random.nextInt(12);
            if (Db.count("SELECT COUNT(*) FROM inspection_plan WHERE unit_id = ? AND year = ? AND month = ?", officeId, year, month) > 0) {
                continue;
            }
            Map<String, Object> input = new HashMap<>();
            input.put("unitId", officeId);
            input.put("year", year);
            input.put("kind", "MONTHLY");
            input.put("month", month);
            input.put("title", Fixtures.unique("检查计划"));
            input.put("items", List.of(Map.of("targetUnitId", Fixtures.unitId("白云寺村"),
                    "plannedMonth", String.format("%d-%02d", year, month))));
            return Api.as(user).body(input).post("/api/v1/inspection-plans").then().statusCode(201).extract().jsonPath();
        }
    }
    /** A campaign led by the office, running from ten days ago for a month, made now by the user. */
    public static long campaign(String user, long leadingUnitId) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", Fixtures.unique("专项整治"));
        input.put("sectorCode", "FIRE");
        input.put("startsOn", today().minusDays(10).toString());
        input.put("endsOn", today().plusDays(20).toString());
        input.put("leadingUnitId", leadingUnitId);
        return Api.as(user).body(input).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
