package com.anjian.race;

import com.anjian.common.time.BusinessClock;
import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import io.quarkus.arc.Arc;
import io.restassured.response.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hazards taken through the loop in any town, for setting up races. */
final class RaceSteps {

    private RaceSteps() {
    }

    static LocalDate today() {
        return Arc.container().instance(BusinessClock.class).get().today();
    }

    static Map<String, Object> hazardInput(long unitId, String sector) {
        Map<String, Object> input = new HashMap<>();
        input.put("unitId", unitId);
        input.put("place", "竞争测试点");
        input.put("description", Fixtures.unique("竞争测试隐患"));
        input.put("sectorCode", sector);
        input.put("causeCategory", "THINGS");
        input.put("grade", "GENERAL");
        input.put("source", "PATROL");
        input.put("foundOn", today().toString());
        return input;
    }

    /** Reports a hazard and takes it to VERIFIED: rectified by {@code admin}, verified by {@code verifier}. */
    static long verifiedHazard(String admin, String verifier, long unitId, String sector) {
        Response reported = Api.as(admin).body(hazardInput(unitId, sector)).post("/api/v1/hazards");
        reported.then().statusCode(201);
        long id = reported.jsonPath().getLong("summary.id");
        long version = step(admin, id, "register", Map.of("version", reported.jsonPath().getLong("summary.version"),
                "grade", "GENERAL", "responsibleUnitId", unitId, "responsiblePerson", "李明", "measures", "整改",
                "funds", 0, "deadline", today().plusDays(10).toString(), "contingencyPlan", "警示"));
        version = step(admin, id, "order", Map.of("version", version, "content", "限期整改", "deadline", today().plusDays(10).toString()));
        version = step(admin, id, "complete", Map.of("version", version, "completedOn", today().toString()));
        step(verifier, id, "verify", Map.of("version", version, "passed", true, "attachmentIds", List.of(Hazards.photo(verifier))));
        return id;
    }

    static long step(String user, long id, String step, Map<String, Object> body) {
        Response response = Api.as(user).body(body).post("/api/v1/hazards/" + id + "/" + step);
        response.then().statusCode(200);
        return response.jsonPath().getLong("summary.version");
    }

    /** Asserts the race ended with exactly these statuses, showing every answer otherwise. */
    static void assertStatuses(Map<Integer, Long> expected, List<Response> responses) {
        Map<Integer, Long> actual = new java.util.TreeMap<>();
        responses.forEach(r -> actual.merge(r.statusCode(), 1L, Long::sum));
        assertEquals(expected, actual, () -> responses.stream().filter(r -> r.statusCode() / 100 != 2)
                .map(r -> r.statusCode() + " " + r.asString()).distinct().collect(Collectors.joining("\n")));
        responses.stream().filter(r -> r.statusCode() >= 400).forEach(r ->
                assertEquals("application/problem+json", r.contentType().replaceAll(";.*", ""), r.asString()));
    }

    /** The number of a serial such as YH2026-0042. */
    static int number(String serial) {
        return Integer.parseInt(serial.substring(serial.indexOf('-') + 1));
    }
}
