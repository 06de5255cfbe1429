package com.anjian.perf;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lists' SQL shapes, as Hibernate renders their JPQL (HazardService, CloseoutService,
 * NotificationService), explained by the database on a town of a few thousand hazards: a page and its
 * total never scan the hazard table (EXPLAIN type ALL) and always use an index; where the list's
 * order is the one an index holds (the default order, by state, by sector, by unit, by found date),
 * the page is read in that order from the index (no filesort), so a page of 20 reads about 20 rows.
 */
@QuarkusTest
class QueryPlanTest {

    /** Hazards per town; the town explained is one of {@link #TOWNS}, as a town is a part of a district's data. */
    private static final int HAZARDS = 2000;
    private static final int TOWNS = 4;
    private static final String[] STATES = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "VERIFIED",
            "RECTIFYING", "REGISTERED", "FOUND"};
    private static final String[] SECTORS = {"GAS", "FIRE", "ROAD_TRAFFIC", "CONSTRUCTION", "WATERS", "FLOOD",
            "INDUSTRY_TRADE", "AGRICULTURE"};

    /** A hazard list page's ids (PageQuery): from the hazard table alone, in the list's order. */
    private static final String HAZARD_PAGE = "SELECT h.id FROM hazard h WHERE h.town_id = ?";
    /** Then the page's hazards with their units, by id (the ids are appended), left-joined as PageQuery says. */
    private static final String HAZARD_ROWS = "SELECT h.id, h.serial, h.sector_code, u.name, r.name FROM hazard h"
            + " LEFT JOIN unit u ON u.id = h.unit_id LEFT JOIN unit r ON r.id = h.responsible_unit_id WHERE h.id IN ";
    private static final String HAZARD_COUNT = "SELECT COUNT(h.id) FROM hazard h WHERE h.town_id = ?";
    private static final String LAST_CHANGED_FIRST = " ORDER BY h.updated_at DESC, h.id DESC LIMIT 20";

    @Inject
    AgroalDataSource dataSource;

    /** Seeded once for both tests. */
    private static long townId;
    private static long unitId;
    private final List<String> report = new ArrayList<>();

    @BeforeEach
    void seedTowns() throws SQLException {
        if (townId != 0) {
            return;
        }
        Random random = new Random(7);
        for (int town = 0; town < TOWNS; town++) {
            seedTown(random);
        }
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            for (String table : List.of("hazard", "closeout_entry", "notification", "unit", "checklist", "checklist_version",
                    "checklist_item", "inspection", "inspection_result", "inspection_plan", "campaign", "enforcement_case",
                    "enforcement_document")) {
                try (ResultSet ignored = sql.executeQuery("ANALYZE TABLE " + table)) {
                    // the optimizer's statistics now know these towns
                }
            }
        }
    }

    /** A town of 20 villages and {@link #HAZARDS} hazards over five years, most closed; the last one seeded is explained. */
    private void seedTown(Random random) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            String code = String.valueOf(800_000_000 + new Random().nextInt(99_999_999));
            sql.executeUpdate("INSERT INTO town (code, name, district_name) VALUES ('" + code + "', '计划镇', '綦江区')",
                    Statement.RETURN_GENERATED_KEYS);
            townId = generated(sql);
            List<Long> units = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sql.executeUpdate("INSERT INTO unit (town_id, kind, name, enforcement_powers, active, version, created_at,"
                        + " updated_at, ledgers_due_from) VALUES (" + townId + ", 'VILLAGE', '计划" + i + "村', FALSE, TRUE, 0,"
                        + " NOW(6), NOW(6), '2021-01')", Statement.RETURN_GENERATED_KEYS);
                units.add(generated(sql));
            }
            unitId = units.get(3);
            LocalDate start = LocalDate.of(2021, 1, 1);
            for (int chunk = 0; chunk < HAZARDS / 1000; chunk++) {
                StringJoiner rows = new StringJoiner(", ");
                for (int i = 0; i < 1000; i++) {
                    int n = chunk * 1000 + i;
                    String state = STATES[random.nextInt(STATES.length)];
                    LocalDate found = start.plusDays(random.nextInt(1800));
                    long unit = units.get(random.nextInt(units.size()));
                    boolean registered = !state.equals("FOUND");
                    rows.add("(" + townId + ", 'JH" + n + "', " + unit + ", " + unit + ", '仓库', '液化气罐靠近配电箱', '"
                            + SECTORS[random.nextInt(SECTORS.length)] + "', 'THINGS', 'GENERAL', 'PATROL', '巡查员', '" + found
                            + "', 'plan', '" + state + "', " + (registered ? unit : "NULL") + ", "
                            + (registered ? "'" + found.plusDays(30) + "'" : "NULL") + ", "
                            + (state.equals("CLOSED") ? "'" + found.plusDays(20) + " 10:00:00'" : "NULL") + ", 0, '"
                            + found + " 09:00:00', '" + found.plusDays(random.nextInt(40)) + " 12:00:00')");
                }
                sql.executeUpdate("INSERT INTO hazard (town_id, serial, unit_id, reporting_unit_id, place, description,"
                        + " sector_code, cause_category, grade, source, found_by, found_on, reported_by, state,"
                        + " responsible_unit_id, deadline, closed_at, version, created_at, updated_at) VALUES " + rows);
            }
            sql.executeUpdate("INSERT INTO closeout_entry (town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name,"
                    + " closing_unit_id) SELECT town_id, id, CONCAT('X', serial), closed_at, 'plan', '销号人', unit_id FROM hazard"
                    + " WHERE town_id = " + townId + " AND state = 'CLOSED'");
            sql.executeUpdate("INSERT INTO notification (town_id, unit_id, role, kind, severity, hazard_id, params, created_at)"
                    + " SELECT town_id, CASE WHEN id % 3 = 0 THEN NULL ELSE unit_id END, NULL, 'HAZARD_REPORTED', 'INFO', id, '{}',"
                    + " created_at FROM hazard WHERE town_id = " + townId);
            seedInspections(sql, units, random);
        }
    }

    /** 100 checklists of three items and {@link #HAZARDS} inspections of the town's units over five years, every item checked. */
    private void seedInspections(Statement sql, List<Long> units, Random random) throws SQLException {
        List<Long> checklists = new ArrayList<>();
        for (int c = 0; c < 100; c++) {
            sql.executeUpdate("INSERT INTO checklist (town_id, sector_code, title, owner_unit_id, active, current_version_no, version,"
                    + " created_at, updated_at) VALUES (" + townId + ", '" + SECTORS[c % SECTORS.length] + "', '计划检查表" + c
                    + "', NULL, TRUE, 1, 0, NOW(6) - INTERVAL " + c + " DAY, NOW(6) - INTERVAL " + c + " DAY)",
                    Statement.RETURN_GENERATED_KEYS);
            long checklist = generated(sql);
            checklists.add(checklist);
            sql.executeUpdate("INSERT INTO checklist_version (checklist_id, version_no, title, created_at, created_by) VALUES ("
                    + checklist + ", 1, '计划检查表', NOW(6), 'plan')", Statement.RETURN_GENERATED_KEYS);
            long version = generated(sql);
            sql.executeUpdate("INSERT INTO checklist_item (checklist_version_id, item_no, text, legal_basis, violation) VALUES ("
                    + version + ", 1, '检查内容', '《安全生产法》', TRUE), (" + version + ", 2, '检查内容', '《安全生产法》', FALSE), ("
                    + version + ", 3, '检查内容', '《安全生产法》', FALSE)");
        }
        LocalDate start = LocalDate.of(2021, 1, 1);
        StringJoiner rows = new StringJoiner(", ");
        for (int n = 0; n < HAZARDS; n++) {
            LocalDate on = start.plusDays(random.nextInt(1800));
            rows.add("(" + townId + ", 'PJ" + n + "', " + units.get(random.nextInt(5)) + ", " + units.get(random.nextInt(units.size()))
                    + ", '" + on + "', '甲,乙', 2, " + checklists.get(random.nextInt(checklists.size())) + ", 1, '"
                    + (random.nextInt(10) == 0 ? "IN_PROGRESS" : "FINISHED") + "', 'plan', 0, '" + on + " 09:00:00', '" + on
                    + " 12:00:00')");
        }
        sql.executeUpdate("INSERT INTO inspection (town_id, serial, inspecting_unit_id, inspected_unit_id, inspected_on, inspectors,"
                + " inspector_count, checklist_id, checklist_version_no, state, created_by, version, created_at, updated_at) VALUES " + rows);
        sql.executeUpdate("INSERT INTO inspection_result (inspection_id, item_no, outcome, version)"
                + " SELECT i.id, ci.item_no, CASE WHEN ci.item_no = 1 THEN 'FAIL' ELSE 'PASS' END, 0 FROM inspection i"
                + " JOIN checklist_version v ON v.checklist_id = i.checklist_id AND v.version_no = i.checklist_version_no"
                + " JOIN checklist_item ci ON ci.checklist_version_id = v.id WHERE i.town_id = " + townId);
        // five years of two offices' monthly plans, and as many campaigns
        StringJoiner plans = new StringJoiner(", ");
        StringJoiner campaigns = new StringJoiner(", ");
        for (int n = 0; n < 120; n++) {
            long office = units.get(n % 2);
            plans.add("(" + townId + ", " + office + ", " + (2021 + n / 24) + ", 'MONTHLY', " + (1 + n / 2 % 12) + ", "
                    + (1 + n / 2 % 12) + ", '计划', 0, NOW(6), NOW(6))");
            LocalDate starts = start.plusDays(n * 15L);
            campaigns.add("(" + townId + ", '专项整治" + n + "', 'GAS', '" + starts + "', '" + starts.plusDays(60) + "', " + office
                    + ", 0, NOW(6), NOW(6))");
        }
        sql.executeUpdate("INSERT INTO inspection_plan (town_id, unit_id, year, kind, month, month_key, title, version, created_at,"
                + " updated_at) VALUES " + plans);
        sql.executeUpdate("INSERT INTO campaign (town_id, title, sector_code, starts_on, ends_on, leading_unit_id, version, created_at,"
                + " updated_at) VALUES " + campaigns);
        // an enforcement case from every finished inspection, with its on-site record numbered
        sql.executeUpdate("INSERT INTO enforcement_case (town_id, office_unit_id, inspection_id, party_unit_id, sector_code, state,"
                + " opened_on, facts, legal_basis_violated, persons_dispatched, created_by, version, created_at, updated_at)"
                + " SELECT i.town_id, i.inspecting_unit_id, i.id, i.inspected_unit_id, 'GAS', CASE WHEN i.id % 3 = 0 THEN 'CLOSED'"
                + " ELSE 'ORDERED' END, i.inspected_on, '事实', '《安全生产法》', 2, 'plan', 0, i.created_at, i.updated_at"
                + " FROM inspection i WHERE i.state = 'FINISHED' AND i.town_id = " + townId);
        sql.executeUpdate("INSERT INTO enforcement_document (case_id, kind, number, seq, year, issued_on, created_by, created_at)"
                + " SELECT c.id, 'ON_SITE_RECORD', CONCAT('计划检记', c.id), c.id, YEAR(c.opened_on), c.opened_on, 'plan', NOW(6)"
                + " FROM enforcement_case c WHERE c.town_id = " + townId);
    }

    /** The inspection list (InspectionService) and the checklist list (ChecklistService), by the same pattern. */
    @Test
    void inspectionAndChecklistPagesReadAnIndex() throws SQLException {
        String page = "SELECT i.id FROM inspection i WHERE i.town_id = ?";
        String newestFirst = " ORDER BY i.inspected_on DESC, i.id DESC LIMIT 20";
        inOrder("inspections, first page", page + newestFirst);
        inOrder("inspections by state", page + " AND i.state = 'IN_PROGRESS'" + newestFirst);
        indexed("inspections of a unit (a village's scope, the unit filter)", page + " AND i.inspected_unit_id = " + unitId + newestFirst);
        indexed("an office head's inspections", page + " AND (i.inspecting_unit_id = " + unitId + " OR i.inspected_unit_id = "
                + unitId + ")" + newestFirst);
        String ids = ids(page + newestFirst);
        byIdFirst("inspections, the page's rows by id", "SELECT i.id, i.serial, u.name, d.name, c.title FROM inspection i"
                + " LEFT JOIN unit u ON u.id = i.inspecting_unit_id LEFT JOIN unit d ON d.id = i.inspected_unit_id"
                + " LEFT JOIN checklist c ON c.id = i.checklist_id WHERE i.id IN (" + ids + ")");
        indexed("inspections, the page's counts", "SELECT r.inspection_id, SUM(CASE WHEN r.outcome = 'FAIL' THEN 1 ELSE 0 END)"
                + " FROM inspection_result r JOIN inspection i ON i.id = r.inspection_id"
                + " JOIN checklist_version v ON v.checklist_id = i.checklist_id AND v.version_no = i.checklist_version_no"
                + " JOIN checklist_item ci ON ci.checklist_version_id = v.id AND ci.item_no = r.item_no"
                + " WHERE r.inspection_id IN (" + ids + ") GROUP BY r.inspection_id");
        indexed("inspections, total", "SELECT COUNT(i.id) FROM inspection i WHERE i.town_id = ?");
        indexed("inspections of a unit, total", "SELECT COUNT(i.id) FROM inspection i WHERE i.town_id = ? AND i.inspected_unit_id = "
                + unitId);

        inOrder("checklists, first page", "SELECT c.id FROM checklist c WHERE c.town_id = ? ORDER BY c.updated_at DESC, c.id DESC LIMIT 20");
        inOrder("checklists by sector", "SELECT c.id FROM checklist c WHERE c.town_id = ? AND c.sector_code = 'GAS'"
                + " ORDER BY c.updated_at DESC, c.id DESC LIMIT 20");
        indexed("checklists, total", "SELECT COUNT(c.id) FROM checklist c WHERE c.town_id = ?");

        inOrder("plans, first page", "SELECT p.id FROM inspection_plan p WHERE p.town_id = ? ORDER BY p.year DESC, p.id DESC LIMIT 20");
        indexed("an office's plans", "SELECT p.id FROM inspection_plan p WHERE p.town_id = ? AND p.unit_id = " + unitId
                + " ORDER BY p.year DESC, p.id DESC LIMIT 20");
        indexed("plans, total", "SELECT COUNT(p.id) FROM inspection_plan p WHERE p.town_id = ?");
        inOrder("campaigns, first page", "SELECT c.id FROM campaign c WHERE c.town_id = ? ORDER BY c.starts_on DESC, c.id DESC LIMIT 20");
        indexed("campaigns, total", "SELECT COUNT(c.id) FROM campaign c WHERE c.town_id = ?");
        indexed("campaigns' inspections", "SELECT i.campaign_id, COUNT(*) FROM inspection i WHERE i.campaign_id IN (1, 2, 3)"
                + " GROUP BY i.campaign_id");
        System.out.println(String.join("\n", report));
    }

    /** The enforcement case list (EnforcementCaseService), by the same pattern. */
    @Test
    void enforcementCasePagesReadAnIndex() throws SQLException {
        String page = "SELECT c.id FROM enforcement_case c WHERE c.town_id = ?";
        String newestFirst = " ORDER BY c.opened_on DESC, c.id DESC LIMIT 20";
        inOrder("cases, first page", page + newestFirst);
        indexed("cases of a party (a village's scope, the party filter)", page + " AND c.party_unit_id = " + unitId + newestFirst);
        indexed("an office head's cases", page + " AND c.office_unit_id = " + unitId + newestFirst);
        String ids = ids(page + newestFirst);
        byIdFirst("cases, the page's rows by id", "SELECT c.id, c.state, o.name, p.name FROM enforcement_case c"
                + " LEFT JOIN unit o ON o.id = c.office_unit_id LEFT JOIN unit p ON p.id = c.party_unit_id WHERE c.id IN (" + ids + ")");
        indexed("cases, the page's latest documents", "SELECT d.case_id, d.kind, d.number FROM enforcement_document d"
                + " WHERE d.case_id IN (" + ids + ")");
        indexed("cases, total", "SELECT COUNT(c.id) FROM enforcement_case c WHERE c.town_id = ?");
        indexed("cases of a party, total", "SELECT COUNT(c.id) FROM enforcement_case c WHERE c.town_id = ? AND c.party_unit_id = "
                + unitId);
        // the ledger: the page's rows with their inspection and campaign, the totals and the export's rows (EnforcementLedgerExport)
        byIdFirst("ledger, the page's rows with inspection and campaign", "SELECT c.id, i.serial, cp.title FROM enforcement_case c"
                + " LEFT JOIN unit o ON o.id = c.office_unit_id LEFT JOIN unit p ON p.id = c.party_unit_id"
                + " LEFT JOIN inspection i ON i.id = c.inspection_id LEFT JOIN campaign cp ON cp.id = c.campaign_id WHERE c.id IN (" + ids + ")");
        String totals = "SELECT COUNT(*), SUM(CASE WHEN c.state NOT IN ('CLOSED', 'NO_PENALTY', 'WITHDRAWN') THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.penalty_decided_on IS NOT NULL AND c.state <> 'WITHDRAWN' THEN c.fine_amount ELSE 0 END),"
                + " SUM(c.persons_dispatched) FROM enforcement_case c WHERE c.town_id = ?";
        indexed("ledger totals", totals);
        indexed("an office head's ledger totals", totals + " AND c.office_unit_id = " + unitId);
        indexed("a party's ledger totals", totals + " AND c.party_unit_id = " + unitId);
        indexed("ledger export", "SELECT i.serial, o.name, p.name, od.number, dd.number FROM enforcement_case c"
                + " JOIN inspection i ON i.id = c.inspection_id JOIN unit o ON o.id = c.office_unit_id JOIN unit p ON p.id = c.party_unit_id"
                + " LEFT JOIN campaign cp ON cp.id = c.campaign_id"
                + " LEFT JOIN enforcement_document od ON od.case_id = c.id AND od.kind = 'RECTIFICATION_ORDER'"
                + " LEFT JOIN enforcement_document dd ON dd.case_id = c.id AND dd.kind = 'PENALTY_DECISION'"
                + " WHERE c.town_id = ? AND c.office_unit_id = " + unitId + " ORDER BY c.opened_on DESC, c.id DESC");
        indexed("campaigns' penalised cases", "SELECT c.campaign_id, COUNT(*), COALESCE(SUM(c.fine_amount), 0) FROM enforcement_case c"
                + " WHERE c.campaign_id IN (1, 2, 3) AND c.penalty_decided_on IS NOT NULL AND c.state <> 'WITHDRAWN' GROUP BY c.campaign_id");
        System.out.println(String.join("\n", report));
    }

    /**
     * The enforcement monitors' statements (MonitorService), for the whole town and for one office: no table of
     * inspections, results, checklist items or cases is scanned; the earlier-inspection check reads one office's
     * inspections of one unit.
     */
    @Test
    void enforcementMonitorsReadAnIndex() throws SQLException {
        // the seed's inspecting units hold enforcement powers over every sector, so that no condition is known false
        long office;
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE unit SET enforcement_powers = TRUE WHERE id IN (SELECT inspecting_unit_id FROM inspection"
                    + " WHERE town_id = " + townId + ")");
            for (String sector : SECTORS) {
                sql.executeUpdate("INSERT IGNORE INTO unit_sector (unit_id, sector_code) SELECT DISTINCT inspecting_unit_id, '" + sector
                        + "' FROM inspection WHERE town_id = " + townId);
            }
            try (ResultSet rs = sql.executeQuery("SELECT MIN(inspecting_unit_id) FROM inspection WHERE town_id = " + townId)) {
                rs.next();
                office = rs.getLong(1);
            }
        }
        int year = 2023;
        for (String condition : List.of("", "AND %s = " + office)) {
            String first = monitorSql(com.anjian.enforcement.MonitorService.FIRST_INSPECTIONS, condition, "i.inspecting_unit_id", year);
            List<String[]> plan = monitorIndexed("monitors, first inspections " + condition, first);
            assertTrue(plan.stream().anyMatch(row -> "e".equals(row[0])), "the earlier inspection is looked up: " + first);
            plan.stream().filter(row -> "e".equals(row[0])).forEach(row -> assertEquals("ix_inspection_pair_on", row[2],
                    "the earlier inspection of the same unit by the same office: " + String.join(" | ", row)));
            monitorIndexed("monitors, penalty decisions by month " + condition,
                    monitorSql(com.anjian.enforcement.MonitorService.PENALTY_DECISIONS, condition, "k.office_unit_id", year));
            monitorIndexed("monitors, orders overdue " + condition,
                    monitorSql(com.anjian.enforcement.MonitorService.ORDERS_OVERDUE, condition, "k.office_unit_id", year));
        }
        System.out.println(String.join("\n", report));
    }

    private static String monitorSql(String sql, String office, String column, int year) {
        return sql.replace("OFFICE", office.isEmpty() ? "" : String.format(office, column)).replace(":town", "?")
                .replace(":yearStart", "'" + year + "-01-01'").replace(":yearEnd", "'" + year + "-12-31'")
                .replace(":today", "'" + LocalDate.now() + "'");
    }

    private List<String[]> monitorIndexed(String name, String sql) throws SQLException {
        List<String[]> plan = explain(sql);
        StringJoiner shown = new StringJoiner("\n  ", name + ":\n  ", "");
        plan.forEach(row -> shown.add(String.join(" | ", row)));
        report.add(shown.toString());
        for (String[] row : plan) {
            if (row[0] != null && List.of("i", "e", "r", "v", "ci", "k", "d").contains(row[0])) {
                assertNotEquals("ALL", row[1], "full scan of " + row[0] + " for " + shown);
                assertNotNull(row[2], "no index used on " + row[0] + " for " + shown);
            }
        }
        return plan;
    }

    @Test
    void hazardPagesAndTotalsReadAnIndexNotTheTable() throws SQLException {
        inOrder("town admin, first page", HAZARD_PAGE + LAST_CHANGED_FIRST);
        inOrder("by state", HAZARD_PAGE + " AND h.state = 'RECTIFYING'" + LAST_CHANGED_FIRST);
        inOrder("by sector", HAZARD_PAGE + " AND h.sector_code = 'GAS'" + LAST_CHANGED_FIRST);
        inOrder("by unit", HAZARD_PAGE + " AND h.unit_id = " + unitId + LAST_CHANGED_FIRST);
        inOrder("sorted by found date", HAZARD_PAGE + " ORDER BY h.found_on DESC, h.id DESC LIMIT 20");
        inOrder("sorted by deadline", HAZARD_PAGE + " ORDER BY h.deadline, h.id LIMIT 20");
        indexed("overdue", HAZARD_PAGE + " AND h.state IN ('REGISTERED', 'RECTIFYING')"
                + " AND COALESCE(h.order_deadline, h.deadline) < '2026-01-01'" + LAST_CHANGED_FIRST);
        indexed("page 100", HAZARD_PAGE + " ORDER BY h.updated_at DESC, h.id DESC LIMIT 20 OFFSET 1980");

        byIdFirst("the page's rows by id", HAZARD_ROWS + "(" + firstPageIds() + ")");
        indexed("office head's scope", HAZARD_PAGE + " AND (h.unit_id = " + unitId + " OR h.reporting_unit_id = " + unitId
                + " OR h.responsible_unit_id = " + unitId + " OR h.sector_code IN ('GAS'))" + LAST_CHANGED_FIRST);

        indexed("total", HAZARD_COUNT);
        indexed("total by state", HAZARD_COUNT + " AND h.state = 'RECTIFYING'");
        indexed("total by sector", HAZARD_COUNT + " AND h.sector_code = 'GAS'");
        indexed("total by unit", HAZARD_COUNT + " AND h.unit_id = " + unitId);
        indexed("total overdue", HAZARD_COUNT + " AND h.state IN ('REGISTERED', 'RECTIFYING')"
                + " AND COALESCE(h.order_deadline, h.deadline) < '2026-01-01'");
        System.out.println(String.join("\n", report));
    }

    @Test
    void closeoutAndNotificationPagesReadAnIndex() throws SQLException {
        inOrder("close-outs, first page", "SELECT c.id FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id"
                + " WHERE c.town_id = ? AND h.town_id = ? ORDER BY c.closed_at DESC, c.id DESC LIMIT 20", townId);
        byIdFirst("close-outs, the page's rows by id", "SELECT c.id, c.closeout_no, h.serial, u.name, cu.name"
                + " FROM closeout_entry c LEFT JOIN hazard h ON h.id = c.hazard_id LEFT JOIN unit u ON u.id = h.unit_id"
                + " LEFT JOIN unit cu ON cu.id = c.closing_unit_id WHERE c.id IN (" + firstCloseoutIds() + ")");
        indexed("close-outs, total", "SELECT COUNT(c.id) FROM closeout_entry c JOIN hazard h ON h.id = c.hazard_id"
                + " WHERE c.town_id = ? AND h.town_id = ?", townId);
        inOrder("notifications of a village officer", "SELECT n.id, n.kind, n.params FROM notification n WHERE n.town_id = ?"
                + " AND (n.unit_id IS NULL OR n.unit_id = " + unitId + ") AND (n.role IS NULL OR n.role IN ('village-officer'))"
                + " ORDER BY n.created_at DESC, n.id DESC LIMIT 20");
        indexed("notifications, total", "SELECT COUNT(n.id) FROM notification n WHERE n.town_id = ?"
                + " AND (n.unit_id IS NULL OR n.unit_id = " + unitId + ") AND (n.role IS NULL OR n.role IN ('village-officer'))");
        System.out.println(String.join("\n", report));
    }

    /** Every table of the town's data (hazard, close-out, notification) is read through an index, never scanned. */
    private List<String[]> indexed(String name, String sql, Object... extra) throws SQLException {
        List<String[]> plan = explain(sql, extra);
        StringJoiner shown = new StringJoiner("\n  ", name + ":\n  ", "");
        plan.forEach(row -> shown.add(String.join(" | ", row)));
        report.add(shown.toString());
        for (String[] row : plan) {
            String table = row[0];
            if (List.of("h", "c", "n", "i", "r", "v", "ci", "p").contains(table)) {
                assertNotEquals("ALL", row[1], "full scan of " + table + " for " + shown);
                assertNotNull(row[2], "no index used on " + table + " for " + shown);
            }
        }
        return plan;
    }

    /**
     * A page's rows by their ids: the database starts from those ids (the primary key of the list's
     * own table), not from a joined table walked for them (PageQuery, on left joins).
     */
    private void byIdFirst(String name, String sql) throws SQLException {
        String[] first = indexed(name, sql).get(0);
        assertEquals("PRIMARY", first[2], "the rows by id should be read first by their primary key: " + name + " "
                + String.join(" | ", first));
    }

    /** Indexed, and the page comes in the index's order: no sort of the matching rows. */
    private void inOrder(String name, String sql, Object... extra) throws SQLException {
        List<String[]> plan = indexed(name, sql, extra);
        for (String[] row : plan) {
            assertFalse(row[4] != null && row[4].contains("filesort"), "sorted rather than read in order: " + name + " "
                    + String.join(" | ", row));
        }
    }

    /** (table, type, key, rows, Extra) of each row of the plan; the town is the first parameter, then {@code extra}. */
    private List<String[]> explain(String sql, Object... extra) throws SQLException {
        List<String[]> plan = new ArrayList<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement("EXPLAIN " + sql)) {
            if (sql.contains("?")) {
                statement.setLong(1, townId);
            }
            for (int i = 0; i < extra.length; i++) {
                statement.setObject(i + 2, extra[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(new String[]{rows.getString("table"), rows.getString("type"), rows.getString("key"),
                            rows.getString("rows"), rows.getString("Extra")});
                }
            }
        }
        return plan;
    }

    /** The ids of the town admin's first page, as the list reads them. */
    private String firstPageIds() throws SQLException {
        return ids(HAZARD_PAGE + LAST_CHANGED_FIRST);
    }

    private String firstCloseoutIds() throws SQLException {
        return ids("SELECT c.id FROM closeout_entry c WHERE c.town_id = ? ORDER BY c.closed_at DESC, c.id DESC LIMIT 20");
    }

    private String ids(String pageQuery) throws SQLException {
        StringJoiner ids = new StringJoiner(", ");
        try (Connection db = dataSource.getConnection(); PreparedStatement statement = db.prepareStatement(pageQuery)) {
            statement.setLong(1, townId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids.toString();
    }

    private static long generated(Statement sql) throws SQLException {
        try (ResultSet keys = sql.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
