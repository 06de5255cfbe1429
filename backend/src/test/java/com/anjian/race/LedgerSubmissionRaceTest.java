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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A unit's ledger of a month submitted many times at the same instant (double clicks, two people of
 * the unit): exactly one submission is accepted and kept, every other gets 409.
 */
@QuarkusTest
class LedgerSubmissionRaceTest {

    private static final int RACERS = 30;

    @Test
    void ofManyFirstSubmissionsOfOneMonthExactlyOneIsKept() {
        long unit = officeWithOneHazardThisMonth();
        String path = "/api/v1/units/" + unit + "/ledgers/" + month();
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin").body(Map.of("version", 0, "nilReturn", false))
                .post(path + "/submit"));

        RaceSteps.assertStatuses(Map.of(200, 1L, 409, (long) RACERS - 1), responses);
        long ledger = theOnlyLedger(unit);
        assertSubmissions(ledger, 1);
        Api.as("admin").get(path).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("lines.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void ofManyResubmissionsOfAReturnedLedgerExactlyOneIsKept() {
        long unit = officeWithOneHazardThisMonth();
        String path = "/api/v1/units/" + unit + "/ledgers/" + month();
        long submitted = Api.as("admin").body(Map.of("version", 0, "nilReturn", false)).post(path + "/submit")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        long returned = Api.as("admin").body(Map.of("version", submitted, "reason", "请补充")).post(path + "/return")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        Tokens.of("admin");
        List<Response> responses = Race.run(RACERS, i -> Api.as("admin").body(Map.of("version", returned, "nilReturn", false))
                .post(path + "/submit"));

        RaceSteps.assertStatuses(Map.of(200, 1L, 409, (long) RACERS - 1), responses);
        assertSubmissions(theOnlyLedger(unit), 2);
        Api.as("admin").get(path).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                .body("lines.size()", org.hamcrest.Matchers.equalTo(1));
    }

    /** A new office with one hazard found there today, so its month's ledger has exactly one line. */
    private static long officeWithOneHazardThisMonth() {
        long unit = Fixtures.createOffice(Fixtures.unique("竞争报送办")).jsonPath().getLong("id");
        Api.as("admin").body(RaceSteps.hazardInput(unit, "FIRE")).post("/api/v1/hazards").then().statusCode(201);
        return unit;
    }

    private static String month() {
        return RaceSteps.today().toString().substring(0, 7);
    }

    private static long theOnlyLedger(long unit) {
        List<Long> ledgers = Db.longs("SELECT id FROM monthly_ledger WHERE unit_id = ? AND period = ?", unit, month());
        assertEquals(1, ledgers.size(), "one ledger row for the unit's month");
        return ledgers.get(0);
    }

    /**
     * Every accepted submission is kept as its own snapshot (issue 6 C1: ledger_submission, one row per
     * submission), and no refused one left anything behind. Until that table exists a ledger keeps
     * only its last snapshot, whose lines must then be exactly the one line, not duplicated.
     */
    private static void assertSubmissions(long ledger, int accepted) {
        if (Db.hasTable("ledger_submission")) {
            assertEquals(accepted, Db.count("SELECT COUNT(*) FROM ledger_submission WHERE ledger_id = ?", ledger),
                    "one kept submission per accepted submit");
        } else {
            assertEquals(1, Db.count("SELECT COUNT(*) FROM ledger_line WHERE ledger_id = ?", ledger),
                    "the snapshot holds the one line once");
        }
    }
}
