package com.anjian.race;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Hazards;
import com.anjian.support.Race;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many people taking a step on one hazard at the same instant, all with the version they read: one
 * wins, every other gets 409, and the step and its effects (timeline event, notification, close-out
 * entry and its number) happen exactly once.
 */
@QuarkusTest
class HazardStepRaceTest {

    private static final int RACERS = 20;

    @Test
    void ofManyRegistrationsOfOneHazardExactlyOneHappens() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> body = Hazards.registerInput(Hazards.version(id, "admin"), "GENERAL");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin").body(body).post("/api/v1/hazards/" + id + "/register"));

        RaceSteps.assertStatuses(Map.of(200, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(List.of("REGISTERED"), Db.strings("SELECT state FROM hazard WHERE id = ?", id));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM hazard_event WHERE hazard_id = ? AND action = 'REGISTER'", id));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM notification WHERE hazard_id = ? AND kind = 'HAZARD_ASSIGNED'", id),
                "the responsible unit is told once");
    }

    @Test
    void ofManyClosesOfOneHazardExactlyOneHappensAndTakesOneNumber() {
        long id = Hazards.readyForVerification();
        Hazards.verify("admin", id);
        long town = Db.count("SELECT town_id FROM hazard WHERE id = ?", id);
        int year = RaceSteps.today().getYear();
        long counterBefore = xhCounter(town, year);
        long version = Hazards.version(id, "admin");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin").body(Map.of("version", version))
                .post("/api/v1/hazards/" + id + "/close"));

        RaceSteps.assertStatuses(Map.of(200, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(1, Db.count("SELECT COUNT(*) FROM closeout_entry WHERE hazard_id = ?", id));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM hazard_event WHERE hazard_id = ? AND action = 'CLOSE'", id));
        assertEquals(counterBefore + 1, xhCounter(town, year), "one close-out number taken, none lost");
    }

    @Test
    void ofDifferentStepsTakenAtOnceOnOneHazardExactlyOneHappens() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        Hazards.order("officehead", id);
        long events = Db.count("SELECT COUNT(*) FROM hazard_event WHERE hazard_id = ?", id);
        long version = Hazards.version(id, "officer");
        String today = RaceSteps.today().toString();
        Tokens.of("officer");
        Tokens.of("officehead");
        // Half report the work done, half add a progress note, all on the version they read.
        List<Response> responses = Race.run(RACERS, i -> i % 2 == 0
                ? Api.as("officer").body(Map.of("version", version, "completedOn", today)).post("/api/v1/hazards/" + id + "/complete")
                : Api.as("officehead").body(Map.of("version", version, "note", "进展" + i)).post("/api/v1/hazards/" + id + "/progress"));

        RaceSteps.assertStatuses(Map.of(200, 1L, 409, (long) RACERS - 1), responses);
        assertEquals(events + 1, Db.count("SELECT COUNT(*) FROM hazard_event WHERE hazard_id = ?", id));
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("timeline[-1].action");
        LocalDate completedOn = Db.strings("SELECT completed_on FROM hazard WHERE id = ?", id).stream()
                .filter(java.util.Objects::nonNull).map(LocalDate::parse).findFirst().orElse(null);
        assertEquals("COMPLETE".equals(winner) ? LocalDate.parse(today) : null, completedOn,
                "the hazard holds exactly what the one winning step did");
    }

    private static long xhCounter(long town, int year) {
        List<Long> value = Db.longs("SELECT value FROM town_counter WHERE town_id = ? AND name = 'XH' AND year = ?", town, year);
        return value.isEmpty() ? 0 : value.get(0);
    }
}
