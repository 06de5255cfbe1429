package com.anjian.inspection;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A plan item's status, from its month (or day) and the day of the inspection that carried it out. */
class PlanItemStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static PlanItemStatus of(String month, LocalDate plannedOn, LocalDate inspectedOn) {
        return PlanItemStatus.of(false, month, plannedOn, inspectedOn, TODAY);
    }

    @Test
    void doneWithinItsMonthOrByItsDayIsOnTimeAfterIsLate() {
        assertEquals(PlanItemStatus.DONE_ON_TIME, of("2026-04", null, LocalDate.of(2026, 4, 30)));
        assertEquals(PlanItemStatus.DONE_ON_TIME, of("2026-04", null, LocalDate.of(2026, 3, 30)));
        assertEquals(PlanItemStatus.DONE_LATE, of("2026-04", null, LocalDate.of(2026, 5, 1)));
        assertEquals(PlanItemStatus.DONE_ON_TIME, of("2026-04", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 10)));
        assertEquals(PlanItemStatus.DONE_LATE, of("2026-04", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 11)));
    }

    @Test
    void notDoneIsMissedOnceItsMonthHasEndedElsePlanned() {
        assertEquals(PlanItemStatus.MISSED, of("2026-05", null, null));
        assertEquals(PlanItemStatus.PLANNED, of("2026-06", null, null));
        // a planned day passed within a month still running: not missed yet
        assertEquals(PlanItemStatus.PLANNED, of("2026-06", LocalDate.of(2026, 6, 1), null));
        assertEquals(PlanItemStatus.CANCELLED, PlanItemStatus.of(true, "2026-05", null, null, TODAY));
        assertEquals(PlanItemStatus.CANCELLED, PlanItemStatus.of(true, "2026-05", null, LocalDate.of(2026, 5, 2), TODAY));
    }
}
