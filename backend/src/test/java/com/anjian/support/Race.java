package com.anjian.support;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** N requests released at the same instant, for tests of what a race may and may not do. */
public final class Race {

    private Race() {
    }

    /**
     * Runs {@code calls} requests on as many threads; every thread waits until all are ready, then one
     * latch releases them together. Returns the responses in call order.
     */
    public static List<Response> run(int calls, IntFunction<Response> call) {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CountDownLatch ready = new CountDownLatch(calls);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.apply(index);
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the racers did not all get ready");
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("race failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many responses had each status, e.g. {200=1, 409=29}. */
    public static Map<Integer, Long> statuses(List<Response> responses) {
        Map<Integer, Long> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
        return counts;
    }
}
