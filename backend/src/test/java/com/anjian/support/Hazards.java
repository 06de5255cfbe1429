package com.anjian.support;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hazards taken through the loop via the API, as the demo users. */
public final class Hazards {

    private Hazards() {
    }

    /** Uploads a JPEG as the user and returns the attachment id. */
    public static long photo(String user) {
        return Api.as(user).contentType(ContentType.MULTIPART)
                .multiPart("file", "现场.jpg", com.anjian.support.Files.jpeg(), "image/jpeg")
                .post("/api/v1/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> reportInput(String unitName, String sector) {
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", Fixtures.unitId(unitName));
        input.put("place", "仓库");
        input.put("description", Fixtures.unique("液化气罐靠近配电箱"));
        input.put("sectorCode", sector);
        input.put("causeCategory", "THINGS");
        input.put("grade", "GENERAL");
        input.put("source", "PATROL");
        input.put("foundOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        return input;
    }

    /** Reported by {@code officer} in 白云寺村, sector GAS (which 经发办, officehead's office, supervises). */
    public static Response reportGasHazard() {
        Map<String, Object> input = reportInput("白云寺村", "GAS");
        input.put("attachmentIds", List.of(photo("officer")));
        Response response = Api.as("officer").body(input).post("/api/v1/hazards");
        response.then().statusCode(201);
        return response;
    }

    public static long id(Response hazard) {
        return hazard.jsonPath().getLong("summary.id");
    }

    public static long version(long id, String user) {
        return Api.as(user).get("/api/v1/hazards/" + id).then().statusCode(200).extract().jsonPath().getLong("summary.version");
    }

    public static Map<String, Object> registerInput(long version, String grade) {
        Map<String, Object> input = new HashMap<>();
        input.put("version", version);
        input.put("grade", grade);
        input.put("responsibleUnitId", Fixtures.unitId("白云寺村"));
        input.put("responsiblePerson", "李明");
        input.put("measures", "将气罐移至通风的专用存放点");
        input.put("funds", 800);
        input.put("deadline", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString());
        input.put("contingencyPlan", "发现泄漏立即疏散并关闭阀门");
        return input;
    }

    public static Response step(String user, long id, String step, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/hazards/" + id + "/" + step);
    }

    public static void register(String user, long id) {
        step(user, id, "register", registerInput(version(id, user), "GENERAL")).then().statusCode(200);
    }

    public static void order(String user, long id) {
        step(user, id, "order", Map.of("version", version(id, user), "content", "限期十日内整改",
                "deadline", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString())).then().statusCode(200);
    }

    public static void complete(String user, long id) {
        step(user, id, "complete", Map.of("version", version(id, user),
                "completedOn", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "attachmentIds", List.of(photo(user)))).then().statusCode(200);
    }

    public static void verify(String user, long id) {
        step(user, id, "verify", Map.of("version", version(id, user), "passed", true,
                "attachmentIds", List.of(photo(user)))).then().statusCode(200);
    }

    public static void close(String user, long id) {
        step(user, id, "close", Map.of("version", version(id, user))).then().statusCode(200);
    }

    /** A hazard of officer's village, rectified by officehead and ready for verification. */
    public static long readyForVerification() {
        long id = id(reportGasHazard());
        register("officehead", id);
        order("officehead", id);
        complete("officehead", id);
        return id;
    }
}
