package com.anjian.race;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.FreshTown;
import com.anjian.support.Race;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Human-facing numbers taken at the same instant: hazard serials (YH2026-0001) and close-out numbers
 * (XH2026-0001) are gap-free per town and year, so N concurrent takers get N distinct consecutive
 * numbers, whether the town's counter exists already or the race creates it.
 */
@QuarkusTest
class NumberingRaceTest {

    private static final int REPORTS = 30;
    private static final int CLOSES = 20;

    @Test
    void reportsRacingInOneTownGetDistinctConsecutiveSerials() {
        long village = Fixtures.unitId("白云寺村");
        long town = Db.count("SELECT town_id FROM unit WHERE id = ?", village);
        Tokens.of("officer");
        List<Response> responses = Race.run(REPORTS, i -> Api.as("officer").body(RaceSteps.hazardInput(village, "GAS"))
                .post("/api/v1/hazards"));

        RaceSteps.assertStatuses(Map.of(201, (long) REPORTS), responses);
        List<Integer> numbers = serialNumbers(responses);
        int first = numbers.get(0);
        assertEquals(IntStream.range(first, first + REPORTS).boxed().toList(), numbers, "distinct and consecutive");
        assertEquals(first + REPORTS - 1, Db.count("SELECT value FROM town_counter WHERE town_id = ? AND name = 'YH' AND year = ?",
                town, RaceSteps.today().getYear()), "the counter stands at the last number given out");
    }

    @Test
    void aNewTownsFirstReportsRacingForItsFirstSerialAllGetNumbersFromOne() {
        FreshTown town = FreshTown.create();
        Tokens.of(FreshTown.ADMIN);
        List<Response> responses = Race.run(REPORTS, i -> Api.as(FreshTown.ADMIN)
                .body(RaceSteps.hazardInput(town.villageId(), "GAS")).post("/api/v1/hazards"));

        RaceSteps.assertStatuses(Map.of(201, (long) REPORTS), responses);
        assertEquals(IntStream.rangeClosed(1, REPORTS).boxed().toList(), serialNumbers(responses));
        assertEquals(REPORTS, Db.count("SELECT COUNT(*) FROM hazard WHERE town_id = ?", town.townId()));
    }

    @Test
    void hazardsClosedAtOnceGetDistinctCloseOutNumbersFromOne() {
        FreshTown town = FreshTown.create();
        List<Long> hazards = new ArrayList<>();
        for (int i = 0; i < CLOSES; i++) {
            hazards.add(RaceSteps.verifiedHazard(FreshTown.ADMIN, FreshTown.OFFICE_HEAD, town.villageId(), "GAS"));
        }
        List<Long> versions = hazards.stream().map(id -> Api.as(FreshTown.ADMIN).get("/api/v1/hazards/" + id)
                .jsonPath().getLong("summary.version")).toList();
        List<Response> responses = Race.run(CLOSES, i -> Api.as(FreshTown.ADMIN).body(Map.of("version", versions.get(i)))
                .post("/api/v1/hazards/" + hazards.get(i) + "/close"));

        RaceSteps.assertStatuses(Map.of(200, (long) CLOSES), responses);
        List<String> numbers = Db.strings("SELECT closeout_no FROM closeout_entry WHERE hazard_id IN (" + Db.placeholders(hazards)
                + ") ORDER BY closeout_no", hazards);
        assertEquals(IntStream.rangeClosed(1, CLOSES).boxed().toList(), numbers.stream().map(RaceSteps::number).toList());
        assertEquals(CLOSES, Db.count("SELECT COUNT(*) FROM closeout_entry WHERE town_id = ?", town.townId()));
        List<String> answered = responses.stream().map(r -> r.jsonPath().getString("closeoutNo")).sorted().toList();
        assertEquals(numbers, answered, "each caller was told the number its hazard got");
    }

    /** The serials the database holds for the reported hazards, as numbers in order. */
    private static List<Integer> serialNumbers(List<Response> responses) {
        List<Long> ids = responses.stream().map(r -> r.jsonPath().getLong("summary.id")).toList();
        List<String> serials = Db.strings("SELECT serial FROM hazard WHERE id IN (" + Db.placeholders(ids) + ")", ids);
        assertEquals(ids.size(), serials.size());
        List<String> answered = responses.stream().map(r -> r.jsonPath().getString("summary.serial")).sorted().toList();
        assertEquals(serials.stream().sorted().toList(), answered, "each caller was told the serial its hazard got");
        return serials.stream().map(RaceSteps::number).sorted().toList();
    }
}
