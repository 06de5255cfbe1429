package com.anjian.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * GET /api/v1/hazards: newest change first (updated_at, id descending), optional state and text.
     * Two steps, as the API reads a page and as a DBA would with these indexes: the page's ids from the
     * hazard table alone in the index's order, then those rows with what the list shows, by id.
     */
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
        return twoStep("SELECT h.id FROM hazard h WHERE " + where + " ORDER BY h.updated_at DESC, h.id DESC LIMIT " + size
                        + " OFFSET " + (long) (page - 1) * size,
                "SELECT h.id, h.serial, h.unit_id, u.name, h.place, h.description, h.sector_code, h.cause_category, h.grade,"
                        + " h.source, h.found_on, h.state, h.completed_on, h.responsible_unit_id, r.name, h.deadline, h.order_deadline,"
                        + " h.district_reported_at, h.version, h.updated_at FROM hazard h LEFT JOIN unit u ON u.id = h.unit_id"
                        + " LEFT JOIN unit r ON r.id = h.responsible_unit_id WHERE h.id IN ",
                "SELECT COUNT(*) FROM hazard h WHERE " + where, args);
    }

    /**
     * GET /api/v1/closeouts: newest close-out first, in the same two steps. The entries carry their town,
     * so a town-wide caller's page and total need the close-outs' (town_id, closed_at) index alone; a
     * unit's scope is on the hazard.
     */
    Page closeouts(Scope scope) throws SQLException {
        List<Object> args = new ArrayList<>();
        String from;
        String where;
        if (scope.unitId() == null) {
            from = "closeout_entry c";
            where = "c.town_id = ?";
            args.add(scope.townId());
        } else {
            from = "closeout_entry c JOIN hazard h ON h.id = c.hazard_id";
            where = "c.town_id = ? AND " + scope.where(args);
            args.add(0, scope.townId());
        }
        return twoStep("SELECT c.id FROM " + from + " WHERE " + where + " ORDER BY c.closed_at DESC, c.id DESC LIMIT 20",
                "SELECT c.id, c.closeout_no, c.hazard_id, h.serial, u.name, h.sector_code, h.place, h.description, h.found_on,"
                        + " h.responsible_person, h.completed_on, h.verifier_name, h.verified_on, c.closed_at, c.closed_by,"
                        + " c.closed_by_name, c.closing_unit_id, cu.name FROM closeout_entry c LEFT JOIN hazard h ON h.id = c.hazard_id"
                        + " LEFT JOIN unit u ON u.id = h.unit_id LEFT JOIN unit cu ON cu.id = c.closing_unit_id WHERE c.id IN ",
                "SELECT COUNT(*) FROM " + from + " WHERE " + where, args);
    }

    /**
     * GET /api/v1/notifications: the caller's (town, unit or none, roles), newest first, each with whether
     * the caller read it and the sector it names (the message shows the sector's name), with the total and
     * the unread count.
     */
    Page notifications(long townId, Long unitId, List<String> roles, String login) throws SQLException {
        List<Object> args = new ArrayList<>(List.of(townId));
        String where = "n.town_id = ? AND " + (unitId == null ? "n.unit_id IS NULL" : "(n.unit_id IS NULL OR n.unit_id = ?)")
                + " AND (n.role IS NULL OR n.role IN (" + String.join(", ", Collections.nCopies(roles.size(), "?")) + "))";
        if (unitId != null) {
            args.add(unitId);
        }
        args.addAll(roles);
        String unread = "NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id AND r.login = ?)";
        return page("SELECT n.id, n.kind, n.severity, n.hazard_id, n.unit_id, n.period, n.params, n.created_at, NOT " + unread
                        + ", s.name_zh, s.name_en FROM notification n LEFT JOIN sector s ON s.code = JSON_VALUE(n.params, '$.sector')"
                        + " WHERE " + where + " ORDER BY n.created_at DESC, n.id DESC LIMIT 20",
                "SELECT COUNT(*), SUM(" + unread + ") FROM notification n WHERE " + where, prepend(login, args));
    }

    /** GET /api/v1/units: by kind and name, each with its sectors. */
    Page units(long townId) throws SQLException {
        return page("SELECT u.id, u.town_id, u.kind, u.code, u.name, u.enforcement_powers, u.active, u.ledgers_due_from, u.version,"
                        + " u.created_at, u.updated_at, (SELECT GROUP_CONCAT(s.sector_code ORDER BY s.sector_code) FROM unit_sector s"
                        + " WHERE s.unit_id = u.id) FROM unit u WHERE u.town_id = ? ORDER BY u.kind, u.name, u.id LIMIT 20",
                "SELECT COUNT(*) FROM unit u WHERE u.town_id = ?", List.of(townId));
    }

    /** GET /api/v1/people: by unit name and name. */
    Page people(long townId) throws SQLException {
        return page("SELECT p.id, p.unit_id, u.name, p.name, p.position, p.phone, p.login, p.active, p.version, p.created_at,"
                        + " p.updated_at FROM person p JOIN unit u ON u.id = p.unit_id"
                        + " WHERE u.town_id = ? ORDER BY u.name, p.name, p.id LIMIT 20",
                "SELECT COUNT(*) FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.town_id = ?", List.of(townId));
    }

    /**
     * GET /api/v1/hazards/{id}: the hazard with its unit, reporting and responsible unit and the hazard it
     * recurs, its close-out number, its timeline (with the actors' names) and the timeline's attachments.
     */
    int hazardDetail(long townId, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int rows = count(connection, "SELECT h.*, u.name, r.name, ru.name, o.serial, c.closeout_no FROM hazard h"
                    + " JOIN unit u ON u.id = h.unit_id JOIN unit r ON r.id = h.reporting_unit_id"
                    + " LEFT JOIN unit ru ON ru.id = h.responsible_unit_id LEFT JOIN hazard o ON o.id = h.recurrence_of_id"
                    + " LEFT JOIN closeout_entry c ON c.hazard_id = h.id WHERE h.id = ? AND h.town_id = ?", List.of(id, townId));
            if (rows != 1) {
                throw new IllegalStateException("hazard " + id + " not found");
            }
            return count(connection, "SELECT e.id, e.action, e.from_state, e.to_state, e.actor, e.actor_name, e.at, e.occurred_on, e.note"
                    + " FROM hazard_event e WHERE e.hazard_id = ? ORDER BY e.at, e.id", List.of(id))
                    + count(connection, "SELECT a.id, a.hazard_event_id, a.kind, a.filename, a.content_type, a.size_bytes, a.width, a.height,"
                    + " a.thumbnail_key, a.uploaded_by, a.uploaded_at"
                    + " FROM attachment a WHERE a.hazard_id = ? AND a.hazard_event_id IS NOT NULL ORDER BY a.id", List.of(id));
        }
    }

    /**
     * GET /api/v1/ledgers/board: the town's active units of the kinds that owe ledgers, by the months, each
     * cell a ledger's state, lateness, due day and when its latest submission came in.
     */
    int ledgerBoard(long townId, List<String> kinds, String from, String to) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> unitArgs = new ArrayList<>(List.of(townId));
            unitArgs.addAll(kinds);
            return count(connection, "SELECT u.id, u.kind, u.name, u.ledgers_due_from FROM unit u WHERE u.town_id = ? AND u.active = TRUE"
                    + " AND u.kind IN (" + String.join(", ", Collections.nCopies(kinds.size(), "?")) + ") ORDER BY u.kind, u.name", unitArgs)
                    + count(connection, "SELECT l.id, l.unit_id, l.period, l.state, l.late, l.due_on, s.submitted_at FROM monthly_ledger l"
                    + " LEFT JOIN ledger_submission s ON s.ledger_id = l.id AND s.submission_no = (SELECT MAX(s2.submission_no)"
                    + " FROM ledger_submission s2 WHERE s2.ledger_id = l.id) WHERE l.town_id = ? AND l.period BETWEEN ? AND ?",
                    List.of(townId, from, to));
        }
    }

    /**
     * GET /api/v1/units/{unit}/ledgers/{period} of the month being filed: the unit, its ledger and latest
     * submission if any, the ledger's events, and its lines live: the unit's hazards found in the month
     * and those found earlier still open at its start (LedgerService.liveLines).
     */
    int liveLedger(long townId, long unitId, String period, LocalDate first, LocalDate last, LocalDateTime monthStart)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ledgerHead(connection, unitId, period);
            return count(connection, "SELECT h.id, h.serial, u.name, h.state, h.found_on, h.place, h.description, h.cause_category,"
                    + " h.grade, h.measures, h.responsible_person, COALESCE(h.order_deadline, h.deadline), h.funds, h.completed_on,"
                    + " h.verifier_name, h.verified_on, h.closed_at, h.remarks FROM hazard h LEFT JOIN unit u ON u.id = h.unit_id"
                    + " WHERE h.town_id = ? AND (h.unit_id = ? OR h.reporting_unit_id = ? OR h.responsible_unit_id = ?)"
                    + " AND h.found_on <= ? AND (h.found_on >= ? OR h.closed_at IS NULL OR h.closed_at >= ?) ORDER BY h.found_on, h.id",
                    List.of(townId, unitId, unitId, unitId, last, first, monthStart));
        }
    }

    /** The same for a month submitted: its lines as the latest submission holds them. */
    int submittedLedger(long unitId, String period) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ledgerHead(connection, unitId, period);
            return count(connection, "SELECT li.line_no, li.hazard_id, li.hazard_serial, li.unit_name, li.state, li.found_on, li.place,"
                    + " li.description, li.cause_category, li.grade, li.measures, li.responsible_person, li.deadline, li.funds,"
                    + " li.completed_on, li.reviewer, li.reviewed_on, li.closed_on, li.remarks FROM ledger_line li"
                    + " WHERE li.submission_id = (SELECT s.id FROM ledger_submission s JOIN monthly_ledger l ON l.id = s.ledger_id"
                    + " WHERE l.unit_id = ? AND l.period = ? ORDER BY s.submission_no DESC LIMIT 1) ORDER BY li.line_no",
                    List.of(unitId, period));
        }
    }

    /** The unit, its ledger with the latest submission, and the ledger's events (the ledger methods return their lines). */
    private static void ledgerHead(Connection connection, long unitId, String period) throws SQLException {
        count(connection, "SELECT u.id, u.name, u.kind, u.ledgers_due_from FROM unit u WHERE u.id = ?", List.of(unitId));
        count(connection, "SELECT l.id, l.state, l.due_on, l.late, l.version, s.submission_no, s.submitted_at, s.submitted_by,"
                + " s.nil_return, s.note FROM monthly_ledger l LEFT JOIN ledger_submission s ON s.ledger_id = l.id AND s.submission_no ="
                + " (SELECT MAX(s2.submission_no) FROM ledger_submission s2 WHERE s2.ledger_id = l.id) WHERE l.unit_id = ? AND l.period = ?",
                List.of(unitId, period));
        count(connection, "SELECT e.action, e.at, e.actor, e.actor_name, e.submission_no, e.detail, e.row_count FROM ledger_event e"
                + " WHERE e.unit_id = ? AND e.period = ? ORDER BY e.id", List.of(unitId, period));
    }

    /** GET /api/v1/me: the caller's person with its unit and town, by login. */
    int me(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, "SELECT p.id, p.name, p.position, u.id, u.name, u.kind, t.id, t.code, t.name FROM person p"
                    + " JOIN unit u ON u.id = p.unit_id JOIN town t ON t.id = u.town_id WHERE p.login = ? AND p.active = TRUE", List.of(login));
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
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    for (int i = 2; i <= columns; i++) {
                        rs.getObject(i);
                    }
                }
            }
            try (PreparedStatement statement = prepare(connection, countSql, args); ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new Page(ids, rs.getLong(1));
            }
        }
    }

    /**
     * A page in two steps: its ids (in order), then its rows by id (the SQL ending in "IN "), read whole and
     * put back in the ids' order; then the total.
     */
    private Page twoStep(String idsSql, String rowsSql, String countSql, List<Object> args) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, idsSql, args); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            if (!ids.isEmpty()) {
                Map<Long, Object[]> rows = new HashMap<>();
                String in = "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
                try (PreparedStatement statement = prepare(connection, rowsSql + in, new ArrayList<>(ids)); ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 1; i <= columns; i++) {
                            row[i - 1] = rs.getObject(i);
                        }
                        rows.put(rs.getLong(1), row);
                    }
                }
                List<Object[]> ordered = ids.stream().map(rows::get).toList();
                if (ordered.contains(null)) {
                    throw new IllegalStateException("a page's row went missing");
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

    /**
     * GET /api/v1/enforcement-cases: newest opened first, in the API's two steps (the page's ids from the case
     * table alone, then those rows by id with their units, inspection serial, campaign, latest, order and decision
     * numbers), with the total. The
     * office is the office head's scope or the office filter (the same condition).
     */
    Page enforcementCases(long townId, Long officeUnitId, String state) throws SQLException {
        List<Object> args = new ArrayList<>(List.of(townId));
        String where = "c.town_id = ?";
        if (officeUnitId != null) {
            where += " AND c.office_unit_id = ?";
            args.add(officeUnitId);
        }
        if (state != null) {
            where += " AND c.state = ?";
            args.add(state);
        }
        return twoStep("SELECT c.id FROM enforcement_case c WHERE " + where + " ORDER BY c.opened_on DESC, c.id DESC LIMIT 20",
                "SELECT c.id, c.office_unit_id, o.name, c.party_unit_id, p.name, c.sector_code, c.state, c.opened_on,"
                        + " c.persons_dispatched, c.fine_amount, c.penalty_decided_on, c.no_penalty_reason, c.version,"
                        + " (SELECT d.number FROM enforcement_document d WHERE d.case_id = c.id ORDER BY FIELD(d.kind, 'ON_SITE_RECORD',"
                        + " 'RECTIFICATION_ORDER', 'REINSPECTION_OPINION', 'PENALTY_NOTICE', 'PENALTY_DECISION') DESC LIMIT 1),"
                        + " c.campaign_id, cp.title, i.serial, od.number, c.order_deadline, dd.number, c.fine_paid_on"
                        + " FROM enforcement_case c LEFT JOIN unit o ON o.id = c.office_unit_id LEFT JOIN unit p ON p.id = c.party_unit_id"
                        + " LEFT JOIN inspection i ON i.id = c.inspection_id LEFT JOIN campaign cp ON cp.id = c.campaign_id"
                        + " LEFT JOIN enforcement_document od ON od.case_id = c.id AND od.kind = 'RECTIFICATION_ORDER'"
                        + " LEFT JOIN enforcement_document dd ON dd.case_id = c.id AND dd.kind = 'PENALTY_DECISION'"
                        + " WHERE c.id IN ",
                "SELECT COUNT(*) FROM enforcement_case c WHERE " + where, args);
    }

    /** What the monitors list, as keys to compare: inspection ids, "office/month", "plan/month", case ids. */
    record Monitors(List<Long> firstInspections, List<String> zeroPenaltyMonths, List<String> plansBehind, List<Long> ordersOverdue) {
    }

    /**
     * GET /api/v1/enforcement/monitors for a year (and an office, or null), written by hand: the first inspections
     * with a window function, each office's decisions by month, the plan items with their first inspection folded
     * by plan and month, the orders overdue; every column the API shows is read.
     */
    Monitors monitors(long townId, int year, Long office, LocalDate today, int minimum) throws SQLException {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        String byOffice = office == null ? "" : " AND %s = " + office;
        try (Connection connection = dataSource.getConnection()) {
            List<Long> firsts = new ArrayList<>();
            String firstSql = "SELECT f.id, f.serial, f.inspected_on, o.name, p.name, f.sector_code,"
                    + " (SELECT COUNT(*) FROM inspection_result r JOIN checklist_version v ON v.checklist_id = f.checklist_id"
                    + "   AND v.version_no = f.checklist_version_no JOIN checklist_item ci ON ci.checklist_version_id = v.id"
                    + "   AND ci.item_no = r.item_no WHERE r.inspection_id = f.id AND r.outcome = 'FAIL' AND ci.violation = TRUE) AS violations,"
                    + " (SELECT k.id FROM enforcement_case k WHERE k.inspection_id = f.id ORDER BY k.id DESC LIMIT 1),"
                    + " (SELECT k.state FROM enforcement_case k WHERE k.inspection_id = f.id ORDER BY k.id DESC LIMIT 1)"
                    + " FROM (SELECT i.id, i.serial, i.inspected_on, i.inspecting_unit_id, i.inspected_unit_id, i.checklist_id,"
                    + "   i.checklist_version_no, c.sector_code, ROW_NUMBER() OVER (PARTITION BY i.inspecting_unit_id, i.inspected_unit_id"
                    + "   ORDER BY i.inspected_on, i.id) AS n FROM inspection i JOIN checklist c ON c.id = i.checklist_id"
                    + "   JOIN unit u ON u.id = i.inspecting_unit_id AND u.enforcement_powers = TRUE"
                    + "   JOIN unit_sector s ON s.unit_id = u.id AND s.sector_code = c.sector_code"
                    + "   WHERE i.town_id = ? AND i.state = 'FINISHED' AND i.inspected_on BETWEEN ? AND ?"
                    + String.format(byOffice, "i.inspecting_unit_id") + ") f"
                    + " JOIN unit o ON o.id = f.inspecting_unit_id JOIN unit p ON p.id = f.inspected_unit_id"
                    + " WHERE f.n = 1 AND NOT EXISTS (SELECT 1 FROM enforcement_case k WHERE k.inspection_id = f.id"
                    + "   AND (k.state = 'NO_PENALTY' OR (k.penalty_decided_on IS NOT NULL AND k.state <> 'WITHDRAWN')))"
                    + " HAVING violations > 0 ORDER BY f.inspected_on, f.id";
            try (PreparedStatement statement = prepare(connection, firstSql, List.of(townId, first, last));
                 ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    firsts.add(rs.getLong(1));
                    for (int i = 2; i <= 9; i++) {
                        rs.getObject(i);
                    }
                }
            }

            List<String> zero = new ArrayList<>();
            Map<String, Long> decisions = new HashMap<>();
            try (PreparedStatement statement = prepare(connection, "SELECT k.office_unit_id, MONTH(k.penalty_decided_on), COUNT(*)"
                    + " FROM enforcement_case k WHERE k.town_id = ? AND k.penalty_decided_on BETWEEN ? AND ? AND k.state <> 'WITHDRAWN'"
                    + String.format(byOffice, "k.office_unit_id") + " GROUP BY k.office_unit_id, MONTH(k.penalty_decided_on)",
                    List.of(townId, first, last)); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    decisions.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getLong(3));
                }
            }
            try (PreparedStatement statement = prepare(connection, "SELECT u.id, u.name FROM unit u WHERE u.town_id = ?"
                    + " AND u.enforcement_powers = TRUE AND u.active = TRUE" + String.format(byOffice, "u.id") + " ORDER BY u.name, u.id",
                    List.of(townId)); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    for (int m = 1; m <= 12 && java.time.YearMonth.of(year, m).atEndOfMonth().isBefore(today); m++) {
                        if (decisions.getOrDefault(id + "/" + m, 0L) < minimum) {
                            zero.add(id + "/" + java.time.YearMonth.of(year, m));
                        }
                    }
                }
            }

            // plan items with the day of their first inspection, folded by plan and month in the API's order
            List<String> behind = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "SELECT p.id, t.planned_month, t.planned_on, t.cancelled, tu.name,"
                    + " (SELECT MIN(i.inspected_on) FROM inspection i WHERE i.plan_item_id = t.id) FROM inspection_plan_item t"
                    + " JOIN inspection_plan p ON p.id = t.plan_id JOIN unit u ON u.id = p.unit_id JOIN unit tu ON tu.id = t.target_unit_id"
                    + " WHERE p.town_id = ? AND p.year = ?" + String.format(byOffice, "p.unit_id")
                    + " ORDER BY u.name, u.id, t.planned_month, p.id, t.id", List.of(townId, year)); ResultSet rs = statement.executeQuery()) {
                String group = null;
                boolean late = false;
                while (rs.next()) {
                    String key = rs.getLong(1) + "/" + rs.getString(2);
                    if (!key.equals(group)) {
                        if (late) {
                            behind.add(group);
                        }
                        group = key;
                        late = false;
                    }
                    rs.getString(5);
                    if (rs.getBoolean(4)) {
                        continue;
                    }
                    java.time.YearMonth month = java.time.YearMonth.parse(rs.getString(2));
                    LocalDate due = rs.getObject(3) == null ? month.atEndOfMonth() : rs.getDate(3).toLocalDate();
                    LocalDate done = rs.getObject(6) == null ? null : rs.getDate(6).toLocalDate();
                    boolean ended = month.atEndOfMonth().isBefore(today);
                    late |= ended && (done == null || done.isAfter(due));
                }
                if (late) {
                    behind.add(group);
                }
            }

            List<Long> overdue = new ArrayList<>();
            try (PreparedStatement statement = prepare(connection, "SELECT k.id, o.name, p.name, d.number, k.order_deadline"
                    + " FROM enforcement_case k JOIN unit o ON o.id = k.office_unit_id JOIN unit p ON p.id = k.party_unit_id"
                    + " LEFT JOIN enforcement_document d ON d.case_id = k.id AND d.kind = 'RECTIFICATION_ORDER'"
                    + " WHERE k.town_id = ? AND k.state = 'ORDERED' AND k.reinspected_on IS NULL AND k.order_deadline < ?"
                    + " AND k.order_deadline <= ?" + String.format(byOffice, "k.office_unit_id") + " ORDER BY k.order_deadline, k.id",
                    List.of(townId, today, last)); ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    overdue.add(rs.getLong(1));
                    for (int i = 2; i <= 5; i++) {
                        rs.getObject(i);
                    }
                }
            }
            return new Monitors(firsts, zero, behind, overdue);
        }
    }
}
