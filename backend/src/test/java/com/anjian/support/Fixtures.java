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

    /**
     * A new office of the demo town that owes monthly ledgers from the given month on (null: from the
     * month it is created), so a test owns its ledgers whatever earlier runs left behind. An office,
     * not a village: villages need one of the town's few division codes, and fill its village lists.
     */
    public static long createLedgerUnit(java.time.YearMonth ledgersDueFrom) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("kind", "OFFICE", "name", unique("台账办")));
        if (ledgersDueFrom != null) {
            input.put("ledgersDueFrom", ledgersDueFrom.toString());
        }
        Response created = Api.as("admin").body(input).post("/api/v1/units");
        created.then().statusCode(201);
        return created.jsonPath().getLong("id");
    }

    /**
     * A month whose ledger for the unit is untouched, with the application's clock pinned for the
     * running test to the 10th of the month after it (so the month is owed, has begun and is past its
     * due day). Months are drawn from 2031 on, beyond any real data, so earlier runs on the same
     * database never collide; dates the test sends must be taken from the returned month.
     */
    public static String freePeriod(String user, long unitId) {
        java.util.Random random = new java.util.Random();
        while (true) {
            java.time.YearMonth month = java.time.YearMonth.of(2031, 1).plusMonths(random.nextInt(800));
            Clocks.pin(month.plusMonths(1).atDay(10).atTime(10, 0));
            io.restassured.path.json.JsonPath ledger = Api.as(user).get("/api/v1/units/" + unitId + "/ledgers/" + month).jsonPath();
            if ("DRAFT".equals(ledger.getString("state")) && ledger.getLong("version") == 0) {
                return month.toString();
            }
        }
    }

    /** A unit id of the demo town by name, read through the API. */
    public static long unitId(String name) {
        return Api.as("admin").queryParam("q", name).get("/api/v1/units")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.name == '" + name + "' }.id");
    }
}
