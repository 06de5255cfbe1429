package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Clocks;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;

import static org.hamcrest.Matchers.equalTo;

/**
 * On time or late, decided at midnight in Shanghai after the due day (the 5th of the next month),
 * with the application's clock pinned to the instants around it.
 */
@QuarkusTest
class LedgerLatenessTest {

    @Test
    void theLastMillisecondOfTheDueDayIsOnTimeAndMidnightIsLate() {
        long unit = Fixtures.createLedgerUnit(YearMonth.of(2026, 1));
        Clocks.pin(LocalDateTime.parse("2031-04-05T23:59:59.999"));
        Api.as("admin").get(Ledgers.path(unit, "2031-03")).then().body("dueOn", equalTo("2031-04-05")).body("overdue", equalTo(false));
        Ledgers.submit("admin", unit, "2031-03", 0, true).then().statusCode(200).body("late", equalTo(false))
                .body("submittedAt", org.hamcrest.Matchers.startsWith("2031-04-05T15:59:59"));

        Clocks.pin(LocalDateTime.parse("2031-05-06T00:00:00"));
        Api.as("admin").get(Ledgers.path(unit, "2031-04")).then().body("overdue", equalTo(true));
        Ledgers.submit("admin", unit, "2031-04", 0, true).then().statusCode(200).body("late", equalTo(true));

        // Across the year end: December's ledger is due on 5 January.
        Clocks.pin(LocalDateTime.parse("2032-01-05T23:59:59.999"));
        Ledgers.submit("admin", unit, "2031-12", 0, true).then().statusCode(200).body("late", equalTo(false));
        Clocks.pin(LocalDateTime.parse("2032-02-06T00:00:00"));
        Ledgers.submit("admin", unit, "2032-01", 0, true).then().statusCode(200).body("late", equalTo(true));

        // The board, read on 10 February 2032, shows both.
        Clocks.pin(LocalDateTime.parse("2032-02-10T09:00:00"));
        String row = "rows.find { it.unitId == " + unit + " }";
        Api.as("admin").queryParam("from", "2031-12").queryParam("to", "2032-01").get("/api/v1/ledgers/board").then()
                .body(row + ".cells.late", org.hamcrest.Matchers.contains(false, true)).body(row + ".late", equalTo(1));
    }

    @Test
    void aResubmissionAfterAReturnKeepsTheFirstSubmissionsLateness() {
        long unit = Fixtures.createLedgerUnit(YearMonth.of(2026, 1));
        Clocks.pin(LocalDateTime.parse("2033-04-05T12:00:00"));
        long version = Ledgers.submit("admin", unit, "2033-03", 0, true).then().statusCode(200).body("late", equalTo(false))
                .extract().jsonPath().getLong("version");
        version = Api.as("admin").body(java.util.Map.of("version", version, "reason", "请补充")).post(Ledgers.path(unit, "2033-03") + "/return")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        Clocks.pin(LocalDateTime.parse("2033-04-20T12:00:00"));
        Ledgers.submit("admin", unit, "2033-03", version, true).then().statusCode(200).body("late", equalTo(false))
                .body("submissionNo", equalTo(2));
        Api.as("admin").get(Ledgers.path(unit, "2033-03") + "/submissions/2").then().body("late", equalTo(true));
        Api.as("admin").get(Ledgers.path(unit, "2033-03") + "/submissions/1").then().body("late", equalTo(false));
    }
}
