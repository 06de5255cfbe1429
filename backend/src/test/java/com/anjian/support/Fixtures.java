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

    /** A unit id of the demo town by name, read through the API. */
    public static long unitId(String name) {
        return Api.as("admin").queryParam("q", name).get("/api/v1/units")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }
}
