package com.anjian.person;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class PersonResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void villageOfficerSeesOnlyTheirOwnVillagesPeople() {
        Api.as("officer").get("/api/v1/people").then().statusCode(200)
                .body("items.unitName", everyItem(equalTo("白云寺村")))
                .body("items.name", hasItems("赵大山", "李明"))
                .body("items.name", not(hasItem("孙丽")));
        Api.as("officer2").get("/api/v1/people").then().statusCode(200)
                .body("items.unitName", everyItem(equalTo("一居")));
    }

    @Test
    void villageOfficerCannotReadAnotherVillagesPersonEvenByIdOrFilter() {
        long sunLi = personId("孙丽");
        Api.as("officer").get("/api/v1/people/" + sunLi).then().statusCode(404).contentType(PROBLEM);
        Api.as("officer").queryParam("unitId", Fixtures.unitId("一居")).get("/api/v1/people")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void officeHeadSeesOnlyTheirOffice() {
        Api.as("officehead").get("/api/v1/people").then().statusCode(200)
                .body("items.unitName", everyItem(equalTo("经发办")))
                .body("items.name", hasItems("刘洋", "周红"));
        Api.as("officehead").get("/api/v1/people/" + personId("陈静")).then().statusCode(404);
    }

    @Test
    void townAdminAndLeaderSeeTheWholeTown() {
        for (String user : List.of("admin", "leader")) {
            Api.as(user).queryParam("size", 100).get("/api/v1/people").then().statusCode(200)
                    .body("total", equalTo((int) com.anjian.support.Db.count("SELECT COUNT(*) FROM person p JOIN unit u"
                            + " ON u.id = p.unit_id JOIN town t ON t.id = u.town_id WHERE t.code = '500110109'")))
                    .body("items.unitName", hasItems("应急办", "经发办", "白云寺村", "一居"));
        }
    }

    @Test
    void integrationClientsMayNotReadPeople() {
        Api.asIntegration().get("/api/v1/people").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void townAdminAddsAndEditsAPersonAndTheHistoryShowsIt() {
        Map<String, Object> input = personInput("白云寺村", Fixtures.unique("王五"));
        Response created = Api.as("admin").body(input).post("/api/v1/people");
        created.then().statusCode(201).body("unitName", equalTo("白云寺村")).body("login", equalTo(null));
        long id = created.jsonPath().getLong("id");

        Api.as("officer").get(created.header("Location")).then().statusCode(200);
        Api.as("officer2").get(created.header("Location")).then().statusCode(404);

        input.put("phone", "023-48612345");
        input.put("version", 0);
        Api.as("admin").body(input).put("/api/v1/people/" + id).then().statusCode(200).body("phone", equalTo("023-48612345"));
        Api.as("admin").get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("items[0].changes.field", containsInAnyOrder("phone"));
    }

    @Test
    void aNoOpUpdateChangesNothingSoAnotherEditorWithTheSameVersionCanStillSave() {
        Map<String, Object> input = personInput("白云寺村", Fixtures.unique("无改动"));
        input.put("phone", "13800138000");
        Response created = Api.as("admin").body(input).post("/api/v1/people");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        String updatedAt = Api.as("admin").get("/api/v1/people/" + id).jsonPath().getString("updatedAt");

        input.put("version", 0);
        input.put("name", " " + input.get("name") + " ");
        Api.as("admin").body(input).put("/api/v1/people/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("updatedAt", equalTo(updatedAt));
        Api.as("admin").get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"));

        input.put("phone", "13900139000");
        Api.as("admin").body(input).put("/api/v1/people/" + id).then().statusCode(200).body("version", equalTo(1));
        Api.as("admin").get("/api/v1/people/" + id + "/history").then().body("total", equalTo(2))
                .body("items[0].actor", equalTo("admin"))
                .body("items[0].changes.field", containsInAnyOrder("phone"))
                .body("items[0].changes[0].from", equalTo("13800138000"))
                .body("items[0].changes[0].to", equalTo("13900139000"));
    }

    @Test
    void onlyTownAdminsWritePeople() {
        for (String user : List.of("leader", "officehead", "officer")) {
            Api.as(user).body(personInput("白云寺村", Fixtures.unique("越权"))).post("/api/v1/people").then().statusCode(403);
        }
        Map<String, Object> edit = personInput("白云寺村", "赵大山");
        edit.put("version", 0);
        Api.as("officer").body(edit).put("/api/v1/people/" + personId("赵大山")).then().statusCode(403);
    }

    @Test
    void invalidPersonGets400NamingFields() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "");
        input.put("phone", "12345");
        input.put("login", "有 空格");
        Api.as("admin").body(input).post("/api/v1/people").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("unitId", "name", "phone", "login"));
    }

    @Test
    void aPersonCannotBePutInAUnitOutsideTheTown() {
        Map<String, Object> input = personInput("白云寺村", Fixtures.unique("外人"));
        input.put("unitId", 9_999_999);
        Api.as("admin").body(input).post("/api/v1/people").then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    }

    @Test
    void aLoginLinksToOnePersonOnly() {
        Map<String, Object> input = personInput("白云寺村", Fixtures.unique("冒名"));
        input.put("login", "officer");
        Api.as("admin").body(input).post("/api/v1/people").then().statusCode(409)
                .body("errors[0].field", equalTo("login"));
    }

    private static Map<String, Object> personInput(String unitName, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", Fixtures.unitId(unitName));
        input.put("name", name);
        input.put("position", "安全员");
        input.put("phone", "13912345678");
        return input;
    }

    private static long personId(String name) {
        return Api.as("admin").queryParam("q", name).get("/api/v1/people")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }
}
