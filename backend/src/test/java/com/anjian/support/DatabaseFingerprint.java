package com.anjian.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every table of the test database holds, in a few numbers (rows, sum of versions, newest
 * update), so a test can assert that a request wrote nothing: no row added or removed, no version
 * bumped, no timestamp moved. Tables added by later migrations are included without a change here.
 */
public final class DatabaseFingerprint {

    private DatabaseFingerprint() {
    }

    public static Map<String, String> of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<String, List<String>> columns = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = database() and table_name <> 'flyway_schema_history'"
                    + " order by table_name, ordinal_position")) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2).toLowerCase());
                }
            }
            Map<String, String> fingerprint = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                StringBuilder select = new StringBuilder("select count(*)");
                if (table.getValue().contains("version")) {
                    select.append(", coalesce(sum(version), 0)");
                }
                if (table.getValue().contains("updated_at")) {
                    select.append(", max(updated_at)");
                }
                select.append(" from `").append(table.getKey()).append('`');
                try (ResultSet row = statement.executeQuery(select.toString())) {
                    row.next();
                    StringBuilder value = new StringBuilder();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        value.append(i > 1 ? " | " : "").append(row.getString(i));
                    }
                    fingerprint.put(table.getKey(), value.toString());
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database", e);
        }
    }
}
