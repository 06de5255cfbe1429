package com.anjian.race;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Race;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Records that must be unique, created many times at the same instant: a unit's name or division
 * code within its town, a person's login. One creation wins (201), every other gets 409, and the
 * database holds exactly one such record.
 */
@QuarkusTest
class UniqueCreationRaceTest {

    private static final int RACERS = 20;
    private static final String DEMO_TOWN = "500110109";

    @Test
    void ofManyUnitsCreatedWithOneNameAtOnceExactlyOneExists() {
        String name = Fixtures.unique("竞争同名办");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin").body(Fixtures.officeInput(name)).post("/api/v1/units"));

        RaceSteps.assertStatuses(Map.of(201, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM unit u JOIN town t ON t.id = u.town_id WHERE t.code = ? AND u.name = ?",
                DEMO_TOWN, name));
    }

    @Test
    void ofManyVillagesGivenOneDivisionCodeAtOnceExactlyOneExists() {
        String code = freeVillageCode();
        String prefix = Fixtures.unique("竞争同码村");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin")
                .body(Map.of("kind", "VILLAGE", "name", prefix + "-" + i, "code", code)).post("/api/v1/units"));

        RaceSteps.assertStatuses(Map.of(201, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM unit WHERE code = ?", code));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM unit WHERE name LIKE ?", prefix + "-%"), "no losing village was kept");
    }

    @Test
    void ofManyPeopleGivenOneLoginAtOnceExactlyOneExists() {
        String login = "race-" + Long.toString(System.nanoTime(), 36);
        String prefix = Fixtures.unique("竞争同账号");
        long unit = Fixtures.unitId("应急办");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin")
                .body(Map.of("unitId", unit, "name", prefix + i, "login", login)).post("/api/v1/people"));

        RaceSteps.assertStatuses(Map.of(201, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM person WHERE login = ?", login));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM person WHERE name LIKE ?", prefix + "%"), "no losing person was kept");
    }

    private static String freeVillageCode() {
        while (true) {
            String code = DEMO_TOWN + (100 + ThreadLocalRandom.current().nextInt(900));
            if (Db.count("SELECT COUNT(*) FROM unit WHERE code = ?", code) == 0) {
                return code;
            }
        }
    }
}
