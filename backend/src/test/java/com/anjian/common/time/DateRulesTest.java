package com.anjian.common.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date rules at their boundaries, and "today" reckoned in the towns' zone. */
class DateRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void datesOutsideTheCenturyAreTypos() {
        assertEquals(Optional.of("date.out-of-range"), DateRules.plausible(LocalDate.of(1999, 12, 31)));
        assertEquals(Optional.empty(), DateRules.plausible(LocalDate.of(2000, 1, 1)));
        assertEquals(Optional.empty(), DateRules.plausible(LocalDate.of(2099, 12, 31)));
        assertEquals(Optional.of("date.out-of-range"), DateRules.plausible(LocalDate.of(2100, 1, 1)));
        assertEquals(Optional.of("date.out-of-range"), DateRules.plausible(LocalDate.of(10000, 1, 1)));
    }

    @Test
    void aHazardIsFoundNotAfterTodayAndNotLongerAgoThanAllowed() {
        assertEquals(Optional.empty(), DateRules.foundOn(TODAY, TODAY, 366));
        assertEquals(Optional.of("date.future"), DateRules.foundOn(TODAY.plusDays(1), TODAY, 366));
        assertEquals(Optional.empty(), DateRules.foundOn(TODAY.minusDays(366), TODAY, 366));
        assertEquals(Optional.of("date.too-old"), DateRules.foundOn(TODAY.minusDays(367), TODAY, 366));
        assertEquals(Optional.of("date.out-of-range"), DateRules.foundOn(LocalDate.of(1, 1, 1), TODAY, 366));
    }

    @Test
    void aDeadlineIsTodayOrLater() {
        assertEquals(Optional.empty(), DateRules.deadline(TODAY, TODAY));
        assertEquals(Optional.of("hazard.deadline.past"), DateRules.deadline(TODAY.minusDays(1), TODAY));
        assertEquals(Optional.of("date.out-of-range"), DateRules.deadline(LocalDate.of(2100, 1, 1), TODAY));
    }

    @Test
    void todayIsTheTownsDateNotUtcs() {
        // 2026-11-28 16:30 UTC is already 00:30 on the 29th in Shanghai.
        BusinessClock clock = BusinessClock.fixed(Instant.parse("2026-11-28T16:30:00Z"), ZoneId.of("Asia/Shanghai"));
        assertEquals(LocalDate.of(2026, 11, 29), clock.today());
        assertEquals(Instant.parse("2026-11-28T16:00:00Z"), clock.startOf(LocalDate.of(2026, 11, 29)));
        assertEquals(LocalDate.of(2026, 11, 29), clock.dateOf(Instant.parse("2026-11-28T16:00:00Z")));
        assertEquals(LocalDate.of(2026, 11, 28), clock.dateOf(Instant.parse("2026-11-28T15:59:59.999Z")));
    }
}
