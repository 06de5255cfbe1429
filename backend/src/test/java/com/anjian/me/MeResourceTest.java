package com.anjian.me;

import com.anjian.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MeResourceTest {

    @ParameterizedTest
    @CsvSource({
            "admin, town-admin, 王立新, 应急办",
            "leader, leader, 张卫东, 党政办公室",
            "officehead, office-head, 刘洋, 经发办",
            "officehead2, office-head, 陈静, 规划自然资源所",
            "officer, village-officer, 赵大山, 白云寺村",
            "officer2, village-officer, 孙丽, 一居"})
    void everyDemoUsersTokenWorksAndNamesTheirUnit(String username, String role, String name, String unit) {
        Api.as(username).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo(username))
                .body("roles", contains(role))
                .body("linked", equalTo(true))
                .body("displayName", equalTo(name))
                .body("person.name", equalTo(name))
                .body("unit.name", equalTo(unit))
                .body("town.name", equalTo("东溪镇"))
                .body("town.code", equalTo("500110109"));
    }

    @Test
    void integrationClientIsScopedToItsTownWithoutAPerson() {
        Api.asIntegration().get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("integration"))
                .body("linked", equalTo(true))
                .body("person", nullValue())
                .body("unit", nullValue())
                .body("town.name", equalTo("东溪镇"));
    }

    @Test
    void noTokenGets401Problem() {
        Api.anonymous().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void forgedTokenGets401Problem() {
        Api.anonymous().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
