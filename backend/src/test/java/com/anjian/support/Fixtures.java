package com.anjian.support;

import com.anjian.unit.UnitKind;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data created through the API, named uniquely so tests never collide. */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> officeInput(String name) {
        return new java.util.HashMap<>(Map.of("kind", UnitKind.OFFICE.name(), "name", name,
                "enforcementPowers", true, "sectors", List.of("FIRE", "GAS")));
    }

    /** Creates an office as the town admin and returns its JSON. */
    public static Response createOffice(String name) {
        Response created = Api.as("admin").body(officeInput(name)).post("/api/v1/units");
        created.then().statusCode(201);
        return created;
    }

    /** A new village of the demo town, so a test owns its ledgers whatever earlier runs left behind. */
    public static long createVillage() {
        for (int attempt = 0; ; attempt++) {
            String code = "500110109" + (400 + (int) ((System.nanoTime() / 1000 + attempt * 37) % 600));
            Response created = Api.as("admin").body(Map.of("kind", "VILLAGE", "name", unique("新建村"), "code", code))
                    .post("/api/v1/units");
            if (created.statusCode() == 201) {
                return created.jsonPath().getLong("id");
            }
        }
    }

    /** A month (before this year) whose ledger for the unit is still an untouched draft. */
    public static String freePeriod(String user, long unitId) {
        java.time.YearMonth month = java.time.YearMonth.of(2024, 12);
        while (!"DRAFT".equals(Api.as(user).get("/api/v1/units/" + unitId + "/ledgers/" + month).jsonPath().getString("state"))
                || Api.as(user).get("/api/v1/units/" + unitId + "/ledgers/" + month).jsonPath().getLong("version") != 0) {
            month = month.minusMonths(1);
        }
        return month.toString();
    }

    /**
     * A month of the last year (the window in which a hazard may still be reported, DateRules.foundOn)
     * whose ledger for the unit is still an untouched draft.
     */
    public static String recentFreePeriod(String user, long unitId) {
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1);
        for (int i = 0; i < 11; i++, month = month.minusMonths(1)) {
            var ledger = Api.as(user).get("/api/v1/units/" + unitId + "/ledgers/" + month).jsonPath();
            if ("DRAFT".equals(ledger.getString("state")) && ledger.getLong("version") == 0) {
                return month.toString();
            }
        }
        throw new IllegalStateException("no month of the last year is free for unit " + unitId + ": reset the test database");
    }

    /** A unit id of the demo town by name, read through the API. */
    public static long unitId(String name) {
        return Api.as("admin").queryParam("q", name).get("/api/v1/units")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }
}
