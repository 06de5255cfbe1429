package com.anjian.support;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;

/** Enforcement cases made through the API, as the demo users. */
public final class Cases {

    private Cases() {
    }

    /** A GAS checklist of 经发办 with {@code items} items, item 1 a violation of law. */
    public static long gasChecklist(int items) {
        return Inspections.checklist("officehead", Fixtures.unitId("经发办"), "GAS", items);
    }

    /**
     * A finished inspection by the office (as {@code user}) of the unit against the checklist, item 1 failed,
     * the others passed.
     */
    public static long finishedInspection(String user, long officeId, long inspectedId, long checklistId, int items) {
        long id = Inspections.start(user, officeId, inspectedId, checklistId);
        Inspections.record(user, id, 1, "FAIL", null).then().statusCode(200);
        for (int item = 2; item <= items; item++) {
            Inspections.record(user, id, item, "PASS", null).then().statusCode(200);
        }
        long version = Inspections.get(user, id).jsonPath().getLong("version");
        Api.as(user).body(Map.of("version", version, "conclusion", "燃气管道未设置明显标识，已当场指出"))
                .post("/api/v1/inspections/" + id + "/finish").then().statusCode(200);
        return id;
    }

    /** A finished inspection of 白云寺村 by 经发办 with a violation. */
    public static long violationAtBaiyunsi() {
        return finishedInspection("officehead", Fixtures.unitId("经发办"), Fixtures.unitId("白云寺村"), gasChecklist(2), 2);
    }

    public static Map<String, Object> openInput(long inspectionId, Long officeUnitId) {
        Map<String, Object> input = new HashMap<>();
        input.put("inspectionId", inspectionId);
        if (officeUnitId != null) {
            input.put("officeUnitId", officeUnitId);
        }
        input.put("facts", "燃气调压间管道未设置明显标识，未建立安全生产责任制");
        input.put("legalBasisViolated", "《中华人民共和国安全生产法》第四十一条");
        return input;
    }

    public static Response open(String user, long inspectionId, Long officeUnitId) {
        return Api.as(user).body(openInput(inspectionId, officeUnitId)).post("/api/v1/enforcement-cases");
    }

    /** Opens a case from the inspection as 经发办's head and returns its id. */
    public static long opened(long inspectionId) {
        return open("officehead", inspectionId, null).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response get(String user, long caseId) {
        return Api.as(user).get("/api/v1/enforcement-cases/" + caseId);
    }

    public static long version(long caseId) {
        return get("admin", caseId).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** A step with the case's current version added to the body. */
    public static Response step(String user, long caseId, String step, Map<String, Object> body) {
        Map<String, Object> sent = new HashMap<>(body);
        sent.put("version", version(caseId));
        return Api.as(user).body(sent).post("/api/v1/enforcement-cases/" + caseId + "/" + step);
    }

    public static Map<String, Object> order() {
        return Map.of("content", "立即在燃气管道上设置明显标识，建立安全生产责任制", "deadline", Inspections.today().plusDays(15).toString());
    }

    public static Map<String, Object> reinspect(boolean corrected) {
        return Map.of("reinspectedOn", Inspections.today().toString(), "finding", corrected ? "已按要求整改" : "未按期整改",
                "corrected", corrected);
    }

    public static Map<String, Object> notifyPenalty(String fine) {
        return Map.of("penaltyBasis", "《中华人民共和国安全生产法》第一百零一条", "fineAmount", new java.math.BigDecimal(fine));
    }

    public static Map<String, Object> decidePenalty(String fine) {
        return Map.of("penaltyBasis", "《中华人民共和国安全生产法》第一百零一条", "fineAmount", new java.math.BigDecimal(fine),
                "decidedOn", Inspections.today().toString());
    }

    public static Map<String, Object> payment() {
        return Map.of("paidOn", Inspections.today().toString(), "receiptNo", "FK20260001");
    }
}
