package com.anjian.common.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The one set of rules for the dates people enter, applied on every path a date comes in by (the
 * API, an Excel import): a date outside {@link #EARLIEST}..{@link #LATEST} is a typo, not a record;
 * a hazard cannot be found in the future, nor reported more than a configured number of days after
 * it was found (anjian.hazard.max-found-age-days), which would otherwise drag it into every monthly
 * ledger since. Each check returns the message key of what is wrong, or empty.
 */
public final class DateRules {

    /** No record of this system predates it; earlier dates are typing mistakes. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Deadlines are months ahead, not decades. */
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private DateRules() {
    }

    /** Message arguments of {@code date.out-of-range}. */
    public static Object[] rangeArgs() {
        return new Object[]{EARLIEST.toString(), LATEST.toString()};
    }

    public static Optional<String> plausible(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            return Optional.of("date.out-of-range");
        }
        return Optional.empty();
    }

    /** A date something was done on: plausible and not after today. */
    public static Optional<String> pastOrToday(LocalDate date, LocalDate today) {
        return plausible(date).or(() -> date != null && date.isAfter(today) ? Optional.of("date.future") : Optional.empty());
    }

    /** The date a hazard was found: not in the future and not older than {@code maxAgeDays}. */
    public static Optional<String> foundOn(LocalDate foundOn, LocalDate today, int maxAgeDays) {
        return pastOrToday(foundOn, today).or(() -> foundOn != null && foundOn.isBefore(earliestFoundOn(today, maxAgeDays))
                ? Optional.of("date.too-old") : Optional.empty());
    }

    public static LocalDate earliestFoundOn(LocalDate today, int maxAgeDays) {
        return today.minusDays(maxAgeDays);
    }

    /** A deadline: plausible and not before today. */
    public static Optional<String> deadline(LocalDate deadline, LocalDate today) {
        return plausible(deadline).or(() -> deadline != null && deadline.isBefore(today) ? Optional.of("hazard.deadline.past") : Optional.empty());
    }
}
