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
}
