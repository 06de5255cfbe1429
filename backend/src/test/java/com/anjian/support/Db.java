package com.anjian.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Plain SQL against the test database, for tests that check what was written independently of the
 * code under test (row counts after a race, what a caller's scope should contain). Each call runs in
 * its own auto-committed connection, so it sees everything committed before it.
 */
public final class Db {

    private Db() {
    }

    public static long count(String sql, Object... args) {
        List<Long> values = longs(sql, args);
        if (values.size() != 1) {
            throw new IllegalStateException("expected one row from " + sql + ", got " + values.size());
        }
        return values.get(0);
    }

    /** The first column of every row, as numbers. */
    public static List<Long> longs(String sql, Object... args) {
        List<Long> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getLong(1)), args);
        return values;
    }

    /** The first column of every row, as text. */
    public static List<String> strings(String sql, Object... args) {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)), args);
        return values;
    }

    public static int update(String sql, Object... args) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Whether the schema has this table (for checks that must also hold after a planned migration). */
    public static boolean hasTable(String table) {
        return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?", table) > 0;
    }

    /** "?, ?, ?" for an IN list of the given size (at least one placeholder, matching nothing when empty). */
    public static String placeholders(Collection<?> values) {
        return values.isEmpty() ? "NULL" : String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String sql, RowReader reader, Object... args) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = prepare(connection, sql, args);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object arg : args) {
            if (arg instanceof Collection<?> many) {
                for (Object one : many) {
                    statement.setObject(index++, one);
                }
            } else {
                statement.setObject(index++, arg);
            }
        }
        return statement;
    }

    private static AgroalDataSource dataSource() {
        return Arc.container().instance(AgroalDataSource.class).get();
    }
}
