package com.anjian.ledger;

import com.anjian.common.error.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A ledger month (YYYY-MM), the day its return is due, and when a return is late. */
public record LedgerPeriod(YearMonth month) {

    public static LedgerPeriod parse(String text, String field) {
        try {
            if (text == null || !text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("format", String.valueOf(text), 0);
            }
            YearMonth month = YearMonth.parse(text);
            if (com.anjian.common.time.DateRules.plausible(month.atDay(1)).isPresent()) {
                throw ProblemException.invalid(field, "date.out-of-range", com.anjian.common.time.DateRules.rangeArgs());
            }
            return new LedgerPeriod(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "anjian.month");
        }
    }

    /** Due on the given day of the following month, or its last day if the month is shorter. */
    public LocalDate dueOn(int dueDay) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    /**
     * Late when submitted from the first instant of the day after the due day on, that day reckoned in
     * the towns' zone: 23:59:59.999 on the due day is on time, midnight is late.
     */
    public static boolean isLate(Instant submittedAt, LocalDate dueOn, ZoneId zone) {
        return !submittedAt.isBefore(dueOn.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether a unit that owes ledgers from {@code firstOwed} on owes this month's. */
    public boolean owedFrom(YearMonth firstOwed) {
        return !month.isBefore(firstOwed);
    }

    public boolean isAfter(YearMonth other) {
        return month.isAfter(other);
    }

    public LocalDate first() {
        return month.atDay(1);
    }

    public LocalDate last() {
        return month.atEndOfMonth();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
