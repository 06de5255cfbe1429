package com.anjian.common.security;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.KeycloakAdmin;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller's link (person, unit, sectors, town) is kept for a few seconds between requests, yet a
 * change made through the application takes effect on the very next request: a person moved to
 * another unit, a renamed unit, a unit's new sectors, a deactivated person, a login given to a
 * person. A change the application does not see (another replica's, here plain SQL) is seen once the
 * time to live has passed.
 */
@QuarkusTest
class CallerLinksTest {

    private static final String LOGIN = "link-officer";

    @Inject
    CallerLinks links;

    @AfterEach
    void realClock() {
        links.useClock(System::nanoTime);
    }

    @Test
    void changesThroughTheApplicationTakeEffectOnTheNextRequest() {
        KeycloakAdmin.ensureUser(LOGIN, "village-officer", "链", "村干");
        long first = Fixtures.createVillage();
        long second = Fixtures.createVillage();
        long person = linkedPerson(first);
        // the link is read once and then served from memory: the second request prepares no statement for it
        assertEquals(first, me().getLong("unit.id"));
        assertEquals(first, me().getLong("unit.id"));

        update("/api/v1/people/" + person, Map.of("unitId", second));
        assertEquals(second, me().getLong("unit.id"), "moved to another unit");

        String renamed = Fixtures.unique("改名村");
        update("/api/v1/units/" + second, Map.of("name", renamed));
        assertEquals(renamed, me().getString("unit.name"), "the unit renamed");

        assertEquals(List.of(), links.person(LOGIN).unitSectors());
        update("/api/v1/units/" + second, Map.of("sectors", List.of("GAS", "FIRE")));
        assertEquals(List.of("FIRE", "GAS"), links.person(LOGIN).unitSectors(), "the unit's sectors changed alone");

        update("/api/v1/people/" + person, Map.of("active", false));
        Api.as(LOGIN).get("/api/v1/hazards").then().statusCode(403);
        assertEquals(false, me().getBoolean("linked"), "deactivated");

        update("/api/v1/people/" + person, Map.of("active", true));
        Api.as(LOGIN).get("/api/v1/hazards").then().statusCode(200);
        assertEquals(second, me().getLong("unit.id"), "active again");

        Map<String, Object> unlinked = new HashMap<>();
        unlinked.put("login", null);
        update("/api/v1/people/" + person, unlinked);
        assertEquals(false, me().getBoolean("linked"), "the login taken off the person");
    }

    @Test
    void aChangeTheApplicationDoesNotSeeIsSeenOnceTheTimeToLiveHasPassed() {
        KeycloakAdmin.ensureUser(LOGIN, "village-officer", "链", "村干");
        long[] now = {System.nanoTime()};
        links.useClock(() -> now[0]);
        long unit = Fixtures.createVillage();
        long person = linkedPerson(unit);
        assertEquals(unit, me().getLong("unit.id"));

        // as another replica would: the change is committed, but this process is not told
        Db.update("UPDATE person SET active = FALSE WHERE id = ?", person);
        now[0] += CallerLinks.TTL.toNanos() - 1_000_000;
        assertTrue(me().getBoolean("linked"), "still the cached link within its time to live");
        now[0] += 2_000_000;
        assertEquals(false, me().getBoolean("linked"), "read again once the time to live has passed");
        assertTrue(CallerLinks.TTL.toSeconds() <= 10, "short: it bounds how long another replica acts on an old link");
    }

    /** The person with the test's login, active, in the unit (created once, moved back on a later run). */
    private static long linkedPerson(long unitId) {
        List<Long> found = Db.longs("SELECT id FROM person WHERE login = ?", LOGIN);
        if (found.isEmpty()) {
            return Api.as("admin").body(Map.of("unitId", unitId, "name", "链村干", "login", LOGIN)).post("/api/v1/people")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
        long id = found.get(0);
        update("/api/v1/people/" + id, Map.of("unitId", unitId, "active", true));
        return id;
    }

    private static JsonPath me() {
        return Api.as(LOGIN).get("/api/v1/me").then().statusCode(200).extract().jsonPath();
    }

    /** A PUT of the record as read, with the given fields changed (a null one left out). */
    private static void update(String path, Map<String, Object> changes) {
        Map<String, Object> current = Api.as("admin").get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> input = new HashMap<>(current);
        for (String readOnly : List.of("id", "townId", "unitName", "createdAt", "updatedAt")) {
            input.remove(readOnly);
        }
        input.putAll(changes);
        input.values().removeIf(java.util.Objects::isNull);
        Api.as("admin").body(input).put(path).then().statusCode(200);
    }
}
