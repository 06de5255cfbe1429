package com.anjian.common.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "as of" override of the business clock: on the calling thread only, within the block only. */
class BusinessClockAsOfTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant PINNED = Instant.parse("2026-11-28T16:30:00Z");
    /** 2025-03-04 09:15 in Shanghai. */
    private static final Instant PAST = Instant.parse("2025-03-04T01:15:00Z");

    @Test
    void insideTheBlockEveryReadingIsTheInstantInTheTownsZone() {
        BusinessClock clock = BusinessClock.fixed(PINNED, SHANGHAI);
        BusinessClock.asOf(PAST, () -> {
            assertEquals(PAST, clock.now());
            assertEquals(LocalDate.of(2025, 3, 4), clock.today());
            assertEquals(YearMonth.of(2025, 3), clock.thisMonth());
            // what the validator holds: the same clock object, read at validation time
            assertEquals(PAST, clock.getClock().instant());
            assertEquals(PAST.toEpochMilli(), clock.getClock().millis());
            assertEquals(LocalDate.of(2025, 3, 4), LocalDate.now(clock.getClock().withZone(ZoneId.of("UTC")).withZone(SHANGHAI)));
        });
    }

    @Test
    void afterTheBlockTheClockIsAsBeforeEvenWhenTheWorkFailed() {
        BusinessClock clock = BusinessClock.fixed(PINNED, SHANGHAI);
        Clock held = clock.getClock();
        assertThrows(IllegalStateException.class, () -> BusinessClock.asOf(PAST, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(PINNED, clock.now());
        assertEquals(PINNED, held.instant());
        assertEquals(LocalDate.of(2026, 11, 29), clock.today());
    }

    @Test
    void aNestedBlockWinsAndTheOuterOneReturnsAfterIt() {
        BusinessClock clock = BusinessClock.fixed(PINNED, SHANGHAI);
        Instant later = PAST.plusSeconds(3600);
        String seen = BusinessClock.asOf(PAST, () -> {
            String inner = BusinessClock.asOf(later, () -> clock.now().toString());
            return inner + "|" + clock.now();
        });
        assertEquals(later + "|" + PAST, seen);
        assertEquals(PINNED, clock.now());
    }

    @Test
    void otherThreadsKeepTheRealTimeMeanwhile() throws Exception {
        BusinessClock clock = new BusinessClock(Clock.system(SHANGHAI));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        AtomicReference<Instant> otherThreadSaw = new AtomicReference<>();
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            try {
                assertTrue(inside.await(10, TimeUnit.SECONDS));
                otherThreadSaw.set(clock.now());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                checked.countDown();
            }
        });
        BusinessClock.asOf(PAST, () -> {
            inside.countDown();
            try {
                assertTrue(checked.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            assertEquals(PAST, clock.now());
        });
        other.get(10, TimeUnit.SECONDS);
        assertNotEquals(PAST, otherThreadSaw.get());
        assertTrue(otherThreadSaw.get().isAfter(PINNED.minusSeconds(86_400 * 365)), "the real time, not the override");
    }

    @Test
    void withoutABlockTheSystemClockRuns() throws InterruptedException {
        BusinessClock clock = new BusinessClock(Clock.system(SHANGHAI));
        Instant first = clock.now();
        Thread.sleep(5);
        assertTrue(clock.now().isAfter(first));
        assertEquals(SHANGHAI, clock.zone());
    }
}
