package com.anjian.bench;

import java.util.Locale;

/**
 * How much the bench seeds: towns, units per town, years of history and hazards per unit and year.
 * {@code town} (default) fills the demo town alone with about 50,000 hazards; {@code district} is
 * 30 towns (the demo town and 29 generated ones) × 30 units × 5 years ≈ 1,000,000 hazards and
 * 54,000 monthly ledgers; {@code tiny} is the smoke test's: two generated towns, never the demo town.
 *
 * @param demoTown           whether the demo town (东溪镇) receives its share: the demo users measure it
 * @param generatedTowns     towns made by the generator besides the demo town
 * @param demoTownFactor     how many times a generated town's hazards the demo town gets
 */
record BenchScale(String name, boolean demoTown, int generatedTowns, int unitsPerTown, int years, int hazardsPerUnitYear,
                  int peoplePerUnit, int demoTownFactor) {

    static final BenchScale TINY = new BenchScale("tiny", false, 2, 4, 1, 10, 2, 1);
    static final BenchScale TOWN = new BenchScale("town", true, 0, 30, 5, 334, 3, 1);
    /** The demo town is the district's busiest (three times the others) so that its export has 100,000 rows. */
    static final BenchScale DISTRICT = new BenchScale("district", true, 29, 30, 5, 222, 3, 3);

    /** BENCH_SCALE (environment) or -Dbench.scale: town, district or tiny. */
    static BenchScale chosen() {
        String name = System.getProperty("bench.scale", System.getenv().getOrDefault("BENCH_SCALE", "town"));
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "district" -> DISTRICT;
            case "tiny" -> TINY;
            case "town", "" -> TOWN;
            default -> throw new IllegalArgumentException("BENCH_SCALE is town, district or tiny, not " + name);
        };
    }

    int towns() {
        return generatedTowns + (demoTown ? 1 : 0);
    }

    long hazardsPerTown(boolean demo) {
        return (long) unitsPerTown * years * hazardsPerUnitYear * (demo ? demoTownFactor : 1);
    }

    long hazards() {
        return hazardsPerTown(false) * generatedTowns + (demoTown ? hazardsPerTown(true) : 0);
    }
}
