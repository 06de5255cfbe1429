package com.anjian.common;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Issue 6 A2/A3: a caller's mistake is a 400 naming the field or parameter, never a 500, a 404 or a guess. */
@QuarkusTest
class StrictInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse post(String path, String json) {
        return Api.as("admin").body(json).post(path).then();
    }

    private static String reportJson(String field, String rawValue) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("unitId", String.valueOf(Fixtures.unitId("白云寺村")));
        fields.put("place", "\"仓库\"");
        fields.put("description", "\"" + Fixtures.unique("配电箱旁堆放杂物") + "\"");
        fields.put("sectorCode", "\"FIRE\"");
        fields.put("causeCategory", "\"THINGS\"");
        fields.put("grade", "\"GENERAL\"");
        fields.put("source", "\"PATROL\"");
        fields.put("foundOn", "\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\"");
        fields.put(field, rawValue);
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value));
        return json.append('}').toString();
    }

    @Test
    void everyListRefusesAPageWhoseOffsetWouldOverflow() {
        long unit = Fixtures.unitId("白云寺村");
        long person = Api.as("admin").get("/api/v1/people").jsonPath().getLong("items[0].id");
        for (String list : List.of("/api/v1/hazards", "/api/v1/units", "/api/v1/people", "/api/v1/notifications",
                "/api/v1/closeouts", "/api/v1/units/" + unit + "/history", "/api/v1/people/" + person + "/history")) {
            invalid(Api.as("admin").queryParam("page", "2147483647").get(list).then(), "page")
                    .body("errors[0].message", equalTo("不能大于 1000000"));
            Api.as("admin").queryParam("page", "1000000").get(list).then().statusCode(200);
        }
    }

    @Test
    void aNullInsideTheAttachmentListNamesTheElement() {
        invalid(post("/api/v1/hazards", reportJson("attachmentIds", "[null]")), "attachmentIds[0]");
        long id = Hazards.id(Hazards.reportGasHazard());
        for (String step : List.of("order", "progress", "complete", "verify")) {
            invalid(post("/api/v1/hazards/" + id + "/" + step, "{\"version\":0,\"attachmentIds\":[" + id + ",null]}"),
                    "attachmentIds[1]");
        }
        Api.as("admin").get("/api/v1/hazards/" + id).then().statusCode(200).body("summary.state", equalTo("FOUND"));
    }

    @Test
    void scalarsAreNeverCoercedIntoAnotherType() {
        invalid(post("/api/v1/hazards", reportJson("place", "123")), "place")
                .body("errors[0].message", equalTo("应为文本（带引号的字符串）"));
        invalid(post("/api/v1/hazards", reportJson("place", "true")), "place");
        invalid(post("/api/v1/hazards", reportJson("place", "{\"a\":1}")), "place");
        invalid(post("/api/v1/hazards", reportJson("unitId", "\"" + Fixtures.unitId("白云寺村") + "\"")), "unitId");
        invalid(post("/api/v1/hazards", reportJson("unitId", "1.5")), "unitId");
        invalid(post("/api/v1/hazards", reportJson("attachmentIds", "5")), "attachmentIds");
        invalid(post("/api/v1/hazards/1/register", "{\"version\":0,\"funds\":\"800\"}"), "funds");
        invalid(post("/api/v1/hazards/1/verify", "{\"version\":0,\"passed\":1}"), "passed");
        invalid(post("/api/v1/hazards/1/verify", "{\"version\":0,\"passed\":\"true\"}"), "passed");
        invalid(post("/api/v1/units/" + Fixtures.unitId("白云寺村") + "/ledgers/2025-01/submit", "{\"version\":0,\"nilReturn\":null}"),
                "nilReturn");
        invalid(post("/api/v1/hazards/1/close", "{\"version\":99999999999999999999}"), "version")
                .body("errors[0].message", equalTo("数值超出范围"));
    }

    @Test
    void enumsAreReadByTheirExactNameOnly() {
        invalid(post("/api/v1/hazards", reportJson("grade", "1")), "grade")
                .body("errors[0].message", equalTo("取值无效，可用：GENERAL, MAJOR"));
        invalid(post("/api/v1/hazards", reportJson("grade", "\"major\"")), "grade");
        invalid(post("/api/v1/hazards", reportJson("grade", "\"\"")), "grade");
        invalid(post("/api/v1/hazards", reportJson("causeCategory", "\"NOPE\"")), "causeCategory");
        invalid(Api.as("admin").queryParam("state", "found").get("/api/v1/hazards").then(), "state");
        invalid(Api.as("admin").queryParam("state", " FOUND").get("/api/v1/hazards").then(), "state");
        invalid(Api.as("admin").queryParam("kind", "village").get("/api/v1/units").then(), "kind");
    }

    @Test
    void sectorCodesMustBeWrittenExactlyAsListed() {
        invalid(post("/api/v1/hazards", reportJson("sectorCode", "\"fire\"")), "sectorCode")
                .body("errors[0].message", equalTo("未知的行业领域：fire"));
        invalid(Api.as("admin").queryParam("sector", "gas").get("/api/v1/hazards").then(), "sector");
        invalid(Api.as("admin").queryParam("sector", "fire").get("/api/v1/units").then(), "sector");
        Api.as("admin").queryParam("sector", "GAS").get("/api/v1/hazards").then().statusCode(200);
        Api.as("admin").queryParam("sector", "FIRE").get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void queryAndPathValuesOfTheWrongTypeAre400NamingTheParameter() {
        invalid(Api.as("admin").queryParam("overdue", "maybe").get("/api/v1/hazards").then(), "overdue")
                .body("errors[0].message", equalTo("只能是 true 或 false"));
        invalid(Api.as("admin").queryParam("awaitsDistrictReport", "1").get("/api/v1/hazards").then(), "awaitsDistrictReport");
        invalid(Api.as("admin").queryParam("unitId", "x").get("/api/v1/hazards").then(), "unitId");
        invalid(Api.as("admin").queryParam("responsibleUnitId", "1.5").accept("*/*").get("/api/v1/hazards/export").then(), "responsibleUnitId");
        invalid(Api.as("admin").queryParam("unreadOnly", "yes").get("/api/v1/notifications").then(), "unreadOnly");
        invalid(Api.as("admin").queryParam("active", "TRUE").get("/api/v1/units").then(), "active");
        invalid(Api.as("admin").queryParam("page", "abc").get("/api/v1/units").then(), "page");
        invalid(Api.as("admin").queryParam("size", "1e2").get("/api/v1/people").then(), "size");
        invalid(Api.as("admin").queryParam("unitId", "x").accept("*/*").get("/api/v1/ledgers/template").then(), "unitId");
        invalid(Api.as("admin").get("/api/v1/hazards/abc").then(), "id");
        invalid(Api.as("admin").body("{\"version\":0}").post("/api/v1/hazards/1.0/close").then(), "id");
        invalid(Api.as("admin").get("/api/v1/units/x/ledgers/2025-01").then(), "unitId");
        invalid(Api.as("admin").post("/api/v1/notifications/abc/read").then(), "id");
        Api.as("admin").header("Accept-Language", "en").queryParam("overdue", "maybe").get("/api/v1/hazards").then()
                .statusCode(400).body("errors[0].message", equalTo("Must be true or false"));
        Api.as("admin").queryParam("overdue", "true").get("/api/v1/hazards").then().statusCode(200);
    }

    @Test
    void aBodyThatIsNotExactlyOneJsonDocumentIsRefused() {
        Api.as("admin").body("{\"version\":0} {\"version\":1}").post("/api/v1/hazards/1/close").then()
                .statusCode(400).contentType(PROBLEM);
        Api.as("admin").body("{\"version\":0,\"version\":1}").post("/api/v1/hazards/1/close").then()
                .statusCode(400).contentType(PROBLEM);
        Api.as("admin").body("{\"version\":").post("/api/v1/hazards/1/close").then()
                .statusCode(400).contentType(PROBLEM).body("type", equalTo("/problems/malformed-request"));
    }

    @Test
    void aMalformedMultipartBodyIs400NotA500() {
        long unit = Fixtures.unitId("白云寺村");
        for (String path : List.of("/api/v1/attachments", "/api/v1/units/" + unit + "/ledgers/2025-01/import")) {
            Map<String, String> bodies = new HashMap<>();
            bodies.put("empty", "");
            bodies.put("other boundary", "--OTHER\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n\r\nabc\r\n--OTHER--\r\n");
            bodies.put("unterminated", "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\nabc");
            bodies.put("headers cut", "--XYZ\r\nContent-Disposition: form-da");
            bodies.forEach((what, body) -> Api.as("admin").contentType("multipart/form-data; boundary=XYZ")
                    .body(body.getBytes(StandardCharsets.UTF_8)).post(path).then()
                    .statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("表单")));
            Api.as("admin").contentType("multipart/form-data").body("no boundary".getBytes(StandardCharsets.UTF_8)).post(path)
                    .then().statusCode(400).contentType(PROBLEM);
        }
    }
}
