package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Clocks;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** A town whose ledgers are due on the 31st: the due day is the month's last, February's the 28th or 29th. */
@QuarkusTest
@TestProfile(LedgerLatenessAtMonthEndTest.DueOnTheLastDay.class)
class LedgerLatenessAtMonthEndTest {

    public static class DueOnTheLastDay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("anjian.ledger.due-day", "31");
        }
    }

    @Test
    void latenessAcrossAMonthEndAndAShortFebruary() {
        long unit = Fixtures.createLedgerUnit(YearMonth.of(2026, 1));
        // January's ledger is due on 28 February in 2031 and 2033 (no leap years): its last millisecond is
        // on time, 1 March is late.
        Clocks.pin(LocalDateTime.parse("2031-02-28T23:59:59.999"));
        Api.as("admin").get(Ledgers.path(unit, "2031-01")).then().body("dueOn", equalTo("2031-02-28"));
        Ledgers.submit("admin", unit, "2031-01", 0, true).then().statusCode(200).body("late", equalTo(false));
        Clocks.pin(LocalDateTime.parse("2033-03-01T00:00:00"));
        Api.as("admin").get(Ledgers.path(unit, "2033-01")).then().body("dueOn", equalTo("2033-02-28")).body("overdue", equalTo(true));
        Ledgers.submit("admin", unit, "2033-01", 0, true).then().statusCode(200).body("late", equalTo(true));

        // In leap years it is due on 29 February.
        Clocks.pin(LocalDateTime.parse("2036-02-29T23:59:59.999"));
        Api.as("admin").get(Ledgers.path(unit, "2036-01")).then().body("dueOn", equalTo("2036-02-29")).body("overdue", equalTo(false));
        Ledgers.submit("admin", unit, "2036-01", 0, true).then().statusCode(200).body("late", equalTo(false));
        Clocks.pin(LocalDateTime.parse("2032-03-01T00:00:00"));
        Ledgers.submit("admin", unit, "2032-01", 0, true).then().statusCode(200).body("late", equalTo(true));

        // April's ledger is due on 31 May: the last millisecond of the month is on time, June is late.
        Clocks.pin(LocalDateTime.parse("2031-05-31T23:59:59.999"));
        Ledgers.submit("admin", unit, "2031-04", 0, true).then().statusCode(200).body("late", equalTo(false));
        Clocks.pin(LocalDateTime.parse("2031-07-01T00:00:00"));
        Ledgers.submit("admin", unit, "2031-05", 0, true).then().statusCode(200).body("late", equalTo(true));
    }
}
