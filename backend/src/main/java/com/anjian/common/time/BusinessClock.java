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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The one clock every date decision is made with: "today" is today in the towns' time zone
 * (anjian.zone), not the server's — a hazard found at 08:00 in China is on a date that is still
 * yesterday in UTC. Services, jobs, validation (the date constraints) and record timestamps (entity
 * callbacks, audit revisions) all read it, so a test can pin the whole application to a chosen
 * instant with {@link #fixed}.
 *
 * <p>One more way to move it, for the demo town's year of history only: {@link #asOf} runs a block of
 * work as if it were another instant, on the calling thread alone. Every clock of this class (the
 * system one and fixed ones alike) answers with that instant while the block runs on that thread, and
 * as before everywhere else and afterwards.
 */
@ApplicationScoped
public class BusinessClock implements ClockProvider {

    /** The instant {@link #asOf} set for the current thread, if any. */
    private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();

    private final Clock clock;

    /** The system clock in anjian.zone; read from plain config because the validator is built early. */
    public BusinessClock() {
        this(Clock.system(ZoneId.of(ConfigProvider.getConfig().getOptionalValue("anjian.zone", String.class)
                .orElse("Asia/Shanghai"))));
    }

    public BusinessClock(Clock clock) {
        this.clock = new Overridable(clock);
    }

    /** A clock standing still at {@code instant}, seen from {@code zone}: for tests that pin time. */
    public static BusinessClock fixed(Instant instant, ZoneId zone) {
        return new BusinessClock(Clock.fixed(instant, zone));
    }

    /** The application's clock, for the few places CDI cannot inject into (entity callbacks). */
    public static BusinessClock current() {
        return Arc.container().instance(BusinessClock.class).get();
    }

    /**
     * Runs {@code work} on the calling thread as if it were {@code instant}: every clock reading on
     * this thread inside the block (services, validators, entity timestamps, audit revisions) gives
     * that instant, and the previous time (the real one, or an enclosing block's) returns when the
     * block ends, however it ends. Other threads are not affected. Used by the demo history, which
     * replays a year of a town's work through the services, each action at its own moment; nothing
     * that serves requests uses it.
     */
    public static <T> T asOf(Instant instant, Supplier<T> work) {
        Objects.requireNonNull(instant, "instant");
        Instant previous = AS_OF.get();
        AS_OF.set(instant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(previous);
            }
        }
    }

    /** {@link #asOf(Instant, Supplier)} for work without a result. */
    public static void asOf(Instant instant, Runnable work) {
        asOf(instant, () -> {
            work.run();
            return null;
        });
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

    /**
     * The underlying clock, except on a thread inside {@link #asOf}. It is this object, not a copy,
     * that the validator keeps (Hibernate Validator reads the ClockProvider once), so it must look
     * at the thread's override on every reading.
     */
    private static final class Overridable extends Clock {

        private final Clock base;

        Overridable(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Overridable(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            Instant asOf = AS_OF.get();
            return asOf != null ? asOf : base.instant();
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
