package com.anjian.ledger;

import com.anjian.common.error.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ledger month's due day and lateness at their boundaries (plain JUnit, no application). */
class LedgerPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aPeriodIsAYearAndAMonthWrittenYyyyMm() {
        assertEquals(YearMonth.of(2026, 11), LedgerPeriod.parse("2026-11", "period").month());
        for (String bad : new String[]{null, "", "2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", " 2026-11"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> LedgerPeriod.parse(bad, "from"), String.valueOf(bad));
            assertEquals("from", e.fieldErrors().get(0).field());
            assertEquals("anjian.month", e.fieldErrors().get(0).messageKey());
        }
    }

    @Test
    void theDueDayFallsInTheNextMonthOrOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 12, 5), LedgerPeriod.parse("2026-11", "p").dueOn(5));
        assertEquals(LocalDate.of(2027, 1, 5), LedgerPeriod.parse("2026-12", "p").dueOn(5), "across the year end");
        assertEquals(LocalDate.of(2026, 2, 28), LedgerPeriod.parse("2026-01", "p").dueOn(31), "a short February");
        assertEquals(LocalDate.of(2028, 2, 29), LedgerPeriod.parse("2028-01", "p").dueOn(31), "a leap February");
        assertEquals(LocalDate.of(2026, 4, 30), LedgerPeriod.parse("2026-03", "p").dueOn(31));
        assertEquals(LocalDate.of(2026, 5, 31), LedgerPeriod.parse("2026-04", "p").dueOn(31));
    }

    @Test
    void aReturnIsLateFromMidnightAfterTheDueDayInShanghai() {
        LocalDate due = LocalDate.of(2026, 12, 5);
        assertFalse(LedgerPeriod.isLate(shanghai("2026-12-05T23:59:59.999"), due, SHANGHAI));
        assertTrue(LedgerPeriod.isLate(shanghai("2026-12-06T00:00:00"), due, SHANGHAI));
        assertFalse(LedgerPeriod.isLate(shanghai("2026-11-20T09:00:00"), due, SHANGHAI), "well before");
        // The same instants in UTC: 16:00 UTC on the 5th is already midnight of the 6th in Shanghai.
        assertFalse(LedgerPeriod.isLate(Instant.parse("2026-12-05T15:59:59.999Z"), due, SHANGHAI));
        assertTrue(LedgerPeriod.isLate(Instant.parse("2026-12-05T16:00:00Z"), due, SHANGHAI));
    }

    @Test
    void latenessAcrossAMonthEndAndAShortFebruary() {
        LocalDate february = LedgerPeriod.parse("2026-01", "p").dueOn(31);
        assertFalse(LedgerPeriod.isLate(shanghai("2026-02-28T23:59:59.999"), february, SHANGHAI));
        assertTrue(LedgerPeriod.isLate(shanghai("2026-03-01T00:00:00"), february, SHANGHAI));
        LocalDate leap = LedgerPeriod.parse("2028-01", "p").dueOn(31);
        assertFalse(LedgerPeriod.isLate(shanghai("2028-02-29T23:59:59.999"), leap, SHANGHAI));
        assertTrue(LedgerPeriod.isLate(shanghai("2028-03-01T00:00:00"), leap, SHANGHAI));
        LocalDate yearEnd = LedgerPeriod.parse("2026-11", "p").dueOn(31);
        assertEquals(LocalDate.of(2026, 12, 31), yearEnd);
        assertFalse(LedgerPeriod.isLate(shanghai("2026-12-31T23:59:59.999"), yearEnd, SHANGHAI));
        assertTrue(LedgerPeriod.isLate(shanghai("2027-01-01T00:00:00"), yearEnd, SHANGHAI));
    }

    @Test
    void aMonthIsOwedFromTheUnitsFirstLedgerMonthOn() {
        LedgerPeriod october = LedgerPeriod.parse("2026-10", "p");
        assertTrue(october.owedFrom(YearMonth.of(2026, 10)));
        assertTrue(october.owedFrom(YearMonth.of(2025, 1)));
        assertFalse(october.owedFrom(YearMonth.of(2026, 11)));
        assertEquals(LocalDate.of(2026, 10, 1), october.first());
        assertEquals(LocalDate.of(2026, 10, 31), october.last());
    }
}
