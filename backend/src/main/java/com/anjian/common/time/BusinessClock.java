package com.anjian.common.time;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The one clock every date decision is made with: "today" is today in the towns' time zone
 * (anjian.zone), not the server's — a hazard found at 08:00 in China is on a date that is still
 * yesterday in UTC. Services, jobs, validation (@PastOrPresent) and record timestamps all read it,
 * so a test can pin the whole application to a chosen instant with {@link #fixed}.
 */
@ApplicationScoped
public class BusinessClock implements ClockProvider {

    private final Clock clock;

    /** The system clock in anjian.zone; read from plain config because the validator is built early. */
    public BusinessClock() {
        this(Clock.system(ZoneId.of(ConfigProvider.getConfig().getOptionalValue("anjian.zone", String.class)
                .orElse("Asia/Shanghai"))));
    }

    public BusinessClock(Clock clock) {
        this.clock = clock;
    }

    /** A clock standing still at {@code instant}, seen from {@code zone}: for tests that pin time. */
    public static BusinessClock fixed(Instant instant, ZoneId zone) {
        return new BusinessClock(Clock.fixed(instant, zone));
    }

    /** The application's clock, for the few places CDI cannot inject into (entity callbacks). */
    public static BusinessClock current() {
        return Arc.container().instance(BusinessClock.class).get();
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The instant a town's day begins. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** The town's date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toLocalDate();
    }
}
