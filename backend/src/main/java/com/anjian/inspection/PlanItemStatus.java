package com.anjian.inspection;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where a plan item stands, computed from the inspections that carried it out (never stored): done on
 * time (by its planned day, or within its planned month), done late, missed (its month ended with none),
 * cancelled (with a reason), or still planned.
 */
public enum PlanItemStatus {
    PLANNED,
    DONE_ON_TIME,
    DONE_LATE,
    MISSED,
    CANCELLED;

    /**
     * @param inspectedOn the day of the first inspection that carried it out, or null
     */
    public static PlanItemStatus of(boolean cancelled, String plannedMonth, LocalDate plannedOn, LocalDate inspectedOn,
                                    LocalDate today) {
        if (cancelled) {
            return CANCELLED;
        }
        LocalDate due = plannedOn != null ? plannedOn : YearMonth.parse(plannedMonth).atEndOfMonth();
        if (inspectedOn != null) {
            return inspectedOn.isAfter(due) ? DONE_LATE : DONE_ON_TIME;
        }
        return YearMonth.parse(plannedMonth).atEndOfMonth().isBefore(today) ? MISSED : PLANNED;
    }
}
