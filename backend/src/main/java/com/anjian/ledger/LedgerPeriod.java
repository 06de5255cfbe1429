package com.anjian.ledger;

import com.anjian.common.error.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A ledger month (YYYY-MM) and the day its return is due. */
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
