package com.anjian.support;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak accounts that hold a genuine token with the town-admin role but must reach no data:
 * one linked to no person at all, and one whose person (in the demo town's 应急办) was deactivated.
 * Idempotent, like {@link SecondTown}.
 */
public final class StrayAccounts {

    /** A realm user no person is linked to. */
    public static final String UNLINKED = "unlinked";
    /** A realm user whose person exists but is no longer active. */
    public static final String DEACTIVATED = "retired";

    private static Long deactivatedPersonId;

    private StrayAccounts() {
    }

    /** Makes sure both accounts exist as described; returns the deactivated person's id. */
    public static synchronized long ensure() {
        if (deactivatedPersonId != null) {
            return deactivatedPersonId;
        }
        KeycloakAdmin.ensureUser(UNLINKED, "town-admin", "未", "关联");
        KeycloakAdmin.ensureUser(DEACTIVATED, "town-admin", "周", "守成");
        if (Db.count("SELECT COUNT(*) FROM person WHERE login = ?", UNLINKED) != 0) {
            throw new IllegalStateException("a person is linked to " + UNLINKED + ": the account is meant to be linked to none");
        }
        List<Long> found = Db.longs("SELECT id FROM person WHERE login = ?", DEACTIVATED);
        long id;
        if (found.isEmpty()) {
            Map<String, Object> input = new HashMap<>(Map.of("unitId", Fixtures.unitId("应急办"), "name", "周守成",
                    "position", "原应急办干事", "login", DEACTIVATED, "active", false));
            Response created = Api.as("admin").body(input).post("/api/v1/people");
            created.then().statusCode(201);
            id = created.jsonPath().getLong("id");
        } else {
            id = found.get(0);
        }
        Map<String, Object> person = Api.as("admin").get("/api/v1/people/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        if (Boolean.TRUE.equals(person.get("active"))) {
            Map<String, Object> input = new HashMap<>();
            for (String field : List.of("unitId", "name", "position", "phone", "login", "version")) {
                input.put(field, person.get(field));
            }
            input.put("active", false);
            Api.as("admin").body(input).put("/api/v1/people/" + id).then().statusCode(200);
        }
        deactivatedPersonId = id;
        return id;
    }
}
