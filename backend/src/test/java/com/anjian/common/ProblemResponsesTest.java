package com.anjian.common;

import com.anjian.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownAddressIs404Problem() {
        Api.as("admin").get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found")).body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void wrongMethodIs405ProblemListingTheAllowedOnes() {
        RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of("admin")).delete("/api/v1/units/1")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, PUT"));
        RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of("admin")).put("/api/v1/hazards")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("GET, POST"));
        RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of("admin")).get("/api/v1/hazards/1/close")
                .then().statusCode(405).contentType(PROBLEM).header("Allow", equalTo("POST"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of("admin"))
                .contentType("text/plain").body("name=x").post("/api/v1/units")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void unknownRecordIs404ProblemNamingIt() {
        Api.as("admin").get("/api/v1/units/987654321").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("987654321")).body("detail", containsString("单位"));
        Api.as("admin").header("Accept-Language", "en").get("/api/v1/units/987654321").then().statusCode(404)
                .body("detail", containsString("Unit 987654321"));
    }

    @Test
    void aMalformedIdIs400NamingIt() {
        for (String path : java.util.List.of("/api/v1/units/abc", "/api/v1/units/1.5", "/api/v1/hazards/abc",
                "/api/v1/people/99999999999999999999", "/api/v1/attachments/x/content")) {
            Api.as("admin").get(path).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/validation"))
                    .body("errors[0].field", equalTo("id"));
        }
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "village-officer")
    void anAccountNotLinkedToAPersonSeesWhyAndNoData() {
        RestAssured.given().get("/api/v1/me").then().statusCode(200)
                .body("linked", equalTo(false)).body("unit", equalTo(null));
        RestAssured.given().get("/api/v1/units").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("/problems/account-not-linked"))
                .body("detail", containsString("newcomer"));
    }
}
