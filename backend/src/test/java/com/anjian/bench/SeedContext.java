package com.anjian.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the generators share: one connection (foreign-key and unique checks off while seeding), one
 * seeded random (same scale and seed, same rows), the day the history ends, the towns with their
 * units, and ids handed out here so rows can refer to each other without reading them back.
 */
final class SeedContext {

    /** A town the seed fills; units are those of the town the generators use (the demo town's own ones too). */
    static final class TownSeed {
        final long id;
        final String code;
        final String name;
        final boolean demo;
        final List<UnitSeed> units = new ArrayList<>();
        /** The seed's hazards of this town: ids firstHazardId to lastHazardId (0 and -1 when none). */
        long firstHazardId;
        long lastHazardId = -1;
        /** Units the seed created (it owes them their monthly ledgers). */
        final List<UnitSeed> createdUnits = new ArrayList<>();

        TownSeed(long id, String code, String name, boolean demo) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.demo = demo;
        }

        List<UnitSeed> offices() {
            return units.stream().filter(u -> u.kind.equals("OFFICE")).toList();
        }
    }

    record UnitSeed(long id, String name, String kind, List<String> sectors) {
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final Connection connection;
    final BenchScale scale;
    final Random random;
    final LocalDate today;
    final List<TownSeed> towns = new ArrayList<>();
    /** The first hazard id the seed wrote: rows below it are not the seed's. */
    long firstHazardId;
    private final Map<String, Long> nextIds = new HashMap<>();

    SeedContext(Connection connection, BenchScale scale, long seed, LocalDate today) {
        this.connection = connection;
        this.scale = scale;
        this.random = new Random(seed);
        this.today = today;
    }

    /** The first month of the history: the years of the scale, ending with the current month. */
    YearMonth firstMonth() {
        return YearMonth.from(today).minusMonths(scale.years() * 12L - 1);
    }

    LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    /** The next free id of a table (AUTO_INCREMENT columns accept explicit values). */
    long nextId(String table) throws SQLException {
        Long next = nextIds.get(table);
        if (next == null) {
            next = queryLong("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        }
        nextIds.put(table, next + 1);
        return next;
    }

    long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    int execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    void session(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
