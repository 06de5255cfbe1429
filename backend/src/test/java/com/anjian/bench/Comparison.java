package com.anjian.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation measured through the API and as its plain baseline, interleaved (API, baseline,
 * baseline, API, …, so neither side always runs on a warmer cache), after a warm-up of both.
 * The verdict compares the ratio of the p95s with the target, and the API's p95 with an absolute
 * limit where the target has one and the baseline itself stays under it (the "under 50 ms
 * where the baseline allows it": no API is asked to beat plain SQL that cannot).
 */
final class Comparison {

    /** What one side does once; throws when it fails (a wrong status, a missing row). */
    @FunctionalInterface
    interface Side {
        void run() throws Exception;
    }

    /** The target: API p95 / baseline p95 at most {@code ratio}; API p95 under {@code underMillis} when positive. */
    record Target(double ratio, double underMillis) {

        static Target ratio(double ratio) {
            return new Target(ratio, 0);
        }

        static Target ratioAndUnder(double ratio, double underMillis) {
            return new Target(ratio, underMillis);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "≤ %.1f×", ratio) + (underMillis > 0 ? String.format(Locale.ROOT, ", < %.0f ms if the baseline is", underMillis) : "");
        }
    }

    record Result(String operation, String scale, double apiP50, double apiP95, double baseP50, double baseP95, Target target,
                  String note) {

        double ratio() {
            return apiP95 / Math.max(baseP95, 0.001);
        }

        boolean pass() {
            boolean limitApplies = target.underMillis() > 0 && baseP95 < target.underMillis();
            return ratio() <= target.ratio() && (!limitApplies || apiP95 < target.underMillis());
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %s / %s | %s / %s | %.2f× | %s | %s |", operation, scale, ms(apiP50), ms(apiP95),
                    ms(baseP50), ms(baseP95), ratio(), target, pass() ? "pass" : "**FAIL**") + " " + (note == null ? "" : note) + " |";
        }

        private static String ms(double millis) {
            return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
        }
    }

    static final String HEADER = "| operation | scale | API p50 / p95 (ms) | baseline p50 / p95 (ms) | ratio of p95 | target | result | notes |\n"
            + "|---|---|---|---|---|---|---|---|";

    /** Time one operation's samples may take (-Dbench.budget seconds), and the samples taken however long they take. */
    static final long BUDGET_SECONDS = Long.getLong("bench.budget", 25);
    static final int MIN_SAMPLES = 10;
    /** Warm-up beyond the operation's own minimum (-Dbench.warmup.rounds, -Dbench.warmup.seconds). */
    static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup.rounds", 300);
    static final long WARM_UP_SECONDS = Long.getLong("bench.warmup.seconds", 4);

    private Comparison() {
    }

    static Result measure(String operation, String scale, Target target, int warmUp, int samples, Side api, Side baseline)
            throws Exception {
        return measure(operation, scale, target, warmUp, samples, api, baseline, null);
    }

    static Result measure(String operation, String scale, Target target, int warmUp, int samples, Side api, Side baseline, String note)
            throws Exception {
        // Warm until the JIT has compiled both paths, as on a server that has been answering for a while:
        // the API's path (HTTP, token, Hibernate, JSON) is far longer than the baseline's and runs
        // interpreted for its first hundreds of calls. At least warmUp rounds, then on while the rounds
        // are quick, up to WARM_UP_ROUNDS or WARM_UP_SECONDS.
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < warmUp || (i < WARM_UP_ROUNDS && System.nanoTime() < warmUntil); i++) {
            api.run();
            baseline.run();
        }
        List<Long> apiTimes = new ArrayList<>();
        List<Long> baseTimes = new ArrayList<>();
        long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        // a slow pair stops early, after at least MIN_SAMPLES, so that make bench keeps to its 15 minutes
        for (int i = 0; i < samples && (i < MIN_SAMPLES || System.nanoTime() < deadline); i++) {
            boolean apiFirst = i % 2 == 0;
            (apiFirst ? apiTimes : baseTimes).add(time(apiFirst ? api : baseline));
            (apiFirst ? baseTimes : apiTimes).add(time(apiFirst ? baseline : api));
        }
        Result result = new Result(operation, scale, percentile(apiTimes, 50), percentile(apiTimes, 95), percentile(baseTimes, 50),
                percentile(baseTimes, 95), target, note == null && apiTimes.size() < samples ? apiTimes.size() + " samples (time budget)" : note);
        System.out.println("bench: " + result.row());
        return result;
    }

    private static long time(Side side) throws Exception {
        long started = System.nanoTime();
        side.run();
        return System.nanoTime() - started;
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
