package com.anjian.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a scale's towns through bulk SQL, generator by generator, in one connection. Deterministic:
 * the same scale, seed and day give the same rows.
 */
final class DistrictSeed {

    /** In order: each generator may refer to the rows of those before it. */
    static final List<Generator> GENERATORS = List.of(new TownsGenerator(), new HazardsGenerator(),
            new LedgersGenerator(), new NotificationsGenerator(), new EnforcementGenerator());

    static final long SEED = 20_260_701L;

    /** A generator's share of the seed. */
    record Step(String name, long rows, long millis) {
    }

    record Result(BenchScale scale, List<SeedContext.TownSeed> towns, List<Step> steps, long millis, long firstHazardId) {

        long rows(String generator) {
            return steps.stream().filter(s -> s.name.equals(generator)).mapToLong(Step::rows).sum();
        }
    }

    private DistrictSeed() {
    }

    static Result run(DataSource dataSource, BenchScale scale, LocalDate today) throws SQLException {
        long started = System.nanoTime();
        List<Step> steps = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            SeedContext seed = new SeedContext(connection, scale, SEED, today);
            try {
                seed.session("SET SESSION foreign_key_checks = 0");
                seed.session("SET SESSION unique_checks = 0");
                for (Generator generator : GENERATORS) {
                    long begun = System.nanoTime();
                    long rows = generator.generate(seed);
                    connection.commit();
                    steps.add(new Step(generator.name(), rows, (System.nanoTime() - begun) / 1_000_000));
                    System.out.printf("bench seed: %s, %,d rows in %,d ms%n", generator.name(), rows, steps.get(steps.size() - 1).millis());
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                seed.session("SET SESSION foreign_key_checks = 1");
                seed.session("SET SESSION unique_checks = 1");
                connection.setAutoCommit(autoCommit);
            }
            return new Result(scale, List.copyOf(seed.towns), steps, (System.nanoTime() - started) / 1_000_000, seed.firstHazardId);
        }
    }
}
