package com.anjian.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a DBA would write for each list: the page (same columns the API shows, joined) and its total,
 * with the same scope, filters and order as the API's query, through plain JDBC on a pooled
 * connection. Each returns the page's ids so a test can check both sides return the same rows.
 */
final class Baselines {

    /** Whose hazards: a town, or one unit of it (at, reported by, assigned to) plus the sectors it supervises. */
    record Scope(long townId, Long unitId, List<String> sectors) {

        static Scope town(long townId) {
            return new Scope(townId, null, List.of());
        }

        String where(List<Object> args) {
            args.add(townId);
            if (unitId == null) {
                return "h.town_id = ?";
            }
            args.add(unitId);
            args.add(unitId);
            args.add(unitId);
            String sql = "h.town_id = ? AND (h.unit_id = ? OR h.reporting_unit_id = ? OR h.responsible_unit_id = ?";
            if (!sectors.isEmpty()) {
                args.addAll(sectors);
                sql += " OR h.sector_code IN (" + String.join(", ", Collections.nCopies(sectors.size(), "?")) + ")";
            }
            return sql + ")";
        }
    }

    /** A page with its total. */
    record Page(List<Long> ids, long total) {
    }

    private final DataSource dataSource;

    Baselines(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** GET /api/v1/hazards: newest change first (updated_at, id descending), optional state and text. */
    Page hazards(Scope scope, String state, String q, int page, int size) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = scope.where(args);
        if (state != null) {
            where += " AND h.state = ?";
            args.add(state);
        }
        if (q != null) {
            where += " AND (h.serial LIKE ? OR h.place LIKE ? OR h.description LIKE ?)";
            String like = "%" + q + "%";
            args.addAll(List.of(like, like, like));
        }
        return page("SELECT h.id, h.serial, h.state, h.found_on, h.place, h.description, h.grade, h.deadline, h.order_deadline,"
                        + " h.completed_on, h.closed_at, u.name, r.name, s.name_zh FROM hazard h JOIN unit u ON u.id = h.unit_id"
                        + " LEFT JOIN unit r ON r.id = h.responsible_unit_id JOIN sector s ON s.code = h.sector_code WHERE " + where
                        + " ORDER BY h.updated_at DESC, h.id DESC LIMIT " + size + " OFFSET " + (long) (page - 1) * size,
                "SELECT COUNT(*) FROM hazard h WHERE " + where, args);
    }

    /** GET /api/v1/closeouts: newest close-out first. */
    Page closeouts(Scope scope) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = scope.where(args);
        return page("SELECT c.id, c.closeout_no, c.closed_at, c.closed_by_name, h.serial, h.place, h.description, u.name, s.name_zh,"
                        + " cu.name FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id JOIN unit u ON u.id = h.unit_id"
                        + " JOIN sector s ON s.code = h.sector_code LEFT JOIN unit cu ON cu.id = c.closing_unit_id WHERE " + where
                        + " ORDER BY c.closed_at DESC, c.id DESC LIMIT 20",
                "SELECT COUNT(*) FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id WHERE " + where, args);
    }

    /** GET /api/v1/notifications: the caller's (town, unit or none, role), newest first, with the total and the unread count. */
    Page notifications(long townId, Long unitId, String role, String login) throws SQLException {
        List<Object> args = new ArrayList<>(List.of(townId));
        String where = "n.town_id = ? AND " + (unitId == null ? "n.unit_id IS NULL" : "(n.unit_id IS NULL OR n.unit_id = ?)")
                + " AND (n.role IS NULL OR n.role = ?)";
        if (unitId != null) {
            args.add(unitId);
        }
        args.add(role);
        Page page = page("SELECT n.id, n.kind, n.severity, n.hazard_id, n.params, n.created_at,"
                        + " EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.login = ?) FROM notification n"
                        + " WHERE " + where + " ORDER BY n.created_at DESC, n.id DESC LIMIT 20",
                "SELECT COUNT(*), SUM(NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.login = ?))"
                        + " FROM notification n WHERE " + where, prepend(login, args));
        return page;
    }

    /** GET /api/v1/units: by kind and name, each with its sectors. */
    Page units(long townId) throws SQLException {
        return page("SELECT u.id, u.kind, u.code, u.name, u.enforcement_powers, u.active, u.ledgers_due_from,"
                        + " (SELECT GROUP_CONCAT(s.sector_code) FROM unit_sector s WHERE s.unit_id = u.id) FROM unit u WHERE u.town_id = ?"
                        + " ORDER BY u.kind, u.name, u.id LIMIT 20",
                "SELECT COUNT(*) FROM unit u WHERE u.town_id = ?", List.of(townId));
    }

    /** GET /api/v1/people: by unit name and name. */
    Page people(long townId) throws SQLException {
        return page("SELECT p.id, p.name, p.position, p.phone, p.login, p.active, u.id, u.name FROM person p JOIN unit u ON u.id = p.unit_id"
                        + " WHERE u.town_id = ? ORDER BY u.name, p.name, p.id LIMIT 20",
                "SELECT COUNT(*) FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.town_id = ?", List.of(townId));
    }

    /** GET /api/v1/hazards/{id}: the hazard with its names, its timeline and its attachments. */
    int hazardDetail(long townId, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int rows = count(connection, "SELECT h.*, u.name, r.name, ru.name, s.name_zh FROM hazard h JOIN unit u ON u.id = h.unit_id"
                    + " JOIN unit r ON r.id = h.reporting_unit_id LEFT JOIN unit ru ON ru.id = h.responsible_unit_id"
                    + " JOIN sector s ON s.code = h.sector_code WHERE h.id = ? AND h.town_id = ?", List.of(id, townId));
            if (rows != 1) {
                throw new IllegalStateException("hazard " + id + " not found");
            }
            return count(connection, "SELECT e.* FROM hazard_event e WHERE e.hazard_id = ? ORDER BY e.at, e.id", List.of(id))
                    + count(connection, "SELECT a.* FROM attachment a WHERE a.hazard_id = ?", List.of(id))
                    + count(connection, "SELECT c.closeout_no FROM closeout_entry c WHERE c.hazard_id = ?", List.of(id));
        }
    }

    /** GET /api/v1/ledgers/board: the town's units by the months, each cell a ledger's state and lateness. */
    int ledgerBoard(long townId, String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, "SELECT u.id, u.kind, u.name, u.ledgers_due_from FROM unit u WHERE u.town_id = ? AND u.active = TRUE"
                    + " ORDER BY u.kind, u.name", List.of(townId))
                    + count(connection, "SELECT l.unit_id, l.period, l.state, l.late, (SELECT MAX(s.submission_no) FROM ledger_submission s"
                    + " WHERE s.ledger_id = l.id) FROM monthly_ledger l WHERE l.town_id = ? AND l.period BETWEEN ? AND ?", List.of(townId, from, to));
        }
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private Page page(String pageSql, String countSql, List<Object> args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, pageSql, args); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement statement = prepare(connection, countSql, args); ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Page(ids, rs.getLong(1));
            }
        }
    }

    private static int count(Connection connection, String sql, List<Object> args) throws SQLException {
        int rows = 0;
        try (PreparedStatement statement = prepare(connection, sql, args); ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            statement.setObject(i + 1, args.get(i));
        }
        return statement;
    }

    /** The unit and supervised sectors of a login (a demo user's scope). */
    Scope scopeOf(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long town;
            long unit;
            try (PreparedStatement statement = prepare(connection, "SELECT u.town_id, u.id FROM person p JOIN unit u ON u.id = p.unit_id"
                    + " WHERE p.login = ?", List.of(login)); ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no person with login " + login);
                }
                town = rs.getLong(1);
                unit = rs.getLong(2);
            }
            List<String> sectors = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "SELECT sector_code FROM unit_sector WHERE unit_id = ? ORDER BY sector_code",
                    List.of(unit)); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sectors.add(rs.getString(1));
                }
            }
            return new Scope(town, unit, sectors);
        }
    }

}
