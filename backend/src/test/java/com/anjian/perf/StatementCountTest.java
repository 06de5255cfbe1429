package com.anjian.perf;

import com.anjian.common.security.CallerLinks;
import com.anjian.support.Api;
import com.anjian.support.FreshTown;
import com.anjian.support.KeycloakAdmin;
import com.anjian.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1 anywhere: the number of SQL statements a request prepares (Hibernate statistics) is the same
 * with a few rows as with many more rows of the same kind. A fresh town is seeded with a few units,
 * people, hazards (spread over units, responsible units, sectors and states), close-outs,
 * notifications, a hazard's timeline and a submitted ledger; every list and read is counted as each
 * role; then many more of the same rows are added (more distinct units on every page) and every
 * count must be unchanged. A lazy association read per row shows up as a count that grows.
 */
@QuarkusTest
class StatementCountTest {

    private static final String LEADER = "perf-leader";
    private static final String OFFICER = "perf-officer";
    private static final String[] SECTORS = {"GAS", "FIRE", "ROAD_TRAFFIC", "CONSTRUCTION", "WATERS"};
    private static final String[] STATES = {"FOUND", "REGISTERED", "RECTIFYING", "VERIFIED", "CLOSED"};

    /**
     * The statements each request prepares, pinned at what it needs today, so that none can grow back
     * (lower a pin when a request needs fewer). A caller's link is read once and then kept
     * (CallerLinks), so /me prepares none; reading a page is its ids, its rows and its total.
     */
    private static final String PINNED = """
            hazards as race-admin = 3
            hazards overdue as race-admin = 3
            close-outs as race-admin = 3
            notifications as race-admin = 2
            /me as race-admin = 0
            /me/tasks as race-admin = 10
            hazards as perf-leader = 3
            hazards overdue as perf-leader = 3
            close-outs as perf-leader = 3
            notifications as perf-leader = 2
            /me as perf-leader = 0
            /me/tasks as perf-leader = 3
            hazards as race-head = 3
            hazards overdue as race-head = 2
            close-outs as race-head = 3
            notifications as race-head = 2
            /me as race-head = 0
            /me/tasks as race-head = 11
            hazards as perf-officer = 3
            hazards overdue as perf-officer = 3
            close-outs as perf-officer = 3
            notifications as perf-officer = 2
            /me as perf-officer = 0
            /me/tasks as perf-officer = 12
            hazards by state = 3
            hazards by unit = 3
            hazards by responsible unit = 3
            hazards by sector = 3
            hazards by text = 3
            close-outs by closing unit = 3
            notifications unread = 2
            units = 3
            people = 2
            hazard with its timeline = 4
            ledger of this month (live lines) = 4
            ledger submitted (lines) = 5
            ledger submission 1 (lines) = 5
            ledger board = 2
            ledger board (24 months) = 2
            checklists = 4
            inspections as race-admin = 4
            inspections as perf-leader = 4
            inspections as race-head = 4
            inspections as perf-officer = 4
            inspections by inspected unit = 4
            inspection with its results = 5
            inspection plans = 4
            inspection plan with its items = 3
            plan execution = 1
            campaigns = 6
            campaign = 4
            enforcement cases as race-admin = 4
            enforcement cases as perf-leader = 4
            enforcement cases as race-head = 4
            enforcement cases as perf-officer = 4
            enforcement cases by party = 4
            enforcement case with its documents and history = 3
            enforcement totals as race-admin = 1
            enforcement totals as race-head = 1
            enforcement monitors as race-admin = 5
            enforcement monitors as race-head = 5
            enforcement monitors of one office = 6
            """;

    @Inject
    EntityManagerFactory emf;

    @Inject
    CallerLinks links;

    private FreshTown town;
    private final List<Long> units = new ArrayList<>();
    private long timelineHazard;
    private int serial;

    @AfterEach
    void realClock() {
        links.useClock(System::nanoTime);
    }

    @Test
    void statementsPerRequestDoNotGrowWithTheRows() {
        town = FreshTown.create();
        KeycloakAdmin.ensureUser(LEADER, "leader", "效", "领导");
        KeycloakAdmin.ensureUser(OFFICER, "village-officer", "效", "村干");
        Db.update("UPDATE person SET login = NULL WHERE login IN (?, ?)", LEADER, OFFICER);
        person(town.emergencyOfficeId(), "效领导", LEADER);
        person(town.villageId(), "效村干", OFFICER);
        // plain SQL passes the application by: the cached links are told
        links.clear();
        // and kept while counting, so a slow machine's pause between two requests is not a lookup counted
        long now = System.nanoTime();
        links.useClock(() -> now);
        Db.update("UPDATE unit SET ledgers_due_from = '2020-01' WHERE town_id = ?", town.townId());
        units.addAll(List.of(town.emergencyOfficeId(), town.officeId(), town.villageId()));

        YearMonth thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        seed(2, 6, 3, thisMonth.minusMonths(1));
        seedInspections(2, 6);
        submitLedger(thisMonth.minusMonths(1));
        Map<String, Long> few = countAll(thisMonth.minusMonths(1));

        seed(40, 150, 60, thisMonth.minusMonths(2));
        seedInspections(30, 150);
        submitLedger(thisMonth.minusMonths(2));
        Map<String, Long> many = countAll(thisMonth.minusMonths(2));

        StringJoiner report = new StringJoiner("\n", "statements per request, few rows → many rows:\n", "");
        few.forEach((request, count) -> report.add(String.format("%-40s %3d → %3d", request, count, many.get(request))));
        System.out.println(report);
        assertEquals(few, many, report.toString());
        Map<String, Long> pinned = new LinkedHashMap<>();
        PINNED.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(line -> {
            int equals = line.lastIndexOf(" = ");
            pinned.put(line.substring(0, equals), Long.parseLong(line.substring(equals + 3)));
        });
        assertEquals(pinned, few, report.toString());
    }

    /** Each request once to warm it up, then its statements counted; ledger lines from the given month's submission. */
    private Map<String, Long> countAll(YearMonth submitted) {
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String user : List.of(FreshTown.ADMIN, LEADER, FreshTown.OFFICE_HEAD, OFFICER)) {
            counts.put("hazards as " + user, count(user, "/api/v1/hazards?size=100"));
            counts.put("hazards overdue as " + user, count(user, "/api/v1/hazards?size=100&overdue=true&sort=foundOn"));
            counts.put("close-outs as " + user, count(user, "/api/v1/closeouts?size=100"));
            counts.put("notifications as " + user, count(user, "/api/v1/notifications?size=100"));
            counts.put("/me as " + user, count(user, "/api/v1/me"));
            counts.put("/me/tasks as " + user, count(user, "/api/v1/me/tasks"));
        }
        String hazards = "/api/v1/hazards?size=100&";
        counts.put("hazards by state", count(FreshTown.ADMIN, hazards + "state=RECTIFYING"));
        counts.put("hazards by unit", count(FreshTown.ADMIN, hazards + "unitId=" + town.villageId()));
        counts.put("hazards by responsible unit", count(FreshTown.ADMIN, hazards + "responsibleUnitId=" + town.villageId()));
        counts.put("hazards by sector", count(FreshTown.ADMIN, hazards + "sector=GAS&sort=-foundOn"));
        counts.put("hazards by text", count(FreshTown.ADMIN, hazards + "q=" + "液化气"));
        counts.put("close-outs by closing unit", count(FreshTown.ADMIN, "/api/v1/closeouts?size=100&sort=unitName&closingUnitId="
                + town.emergencyOfficeId()));
        counts.put("notifications unread", count(OFFICER, "/api/v1/notifications?size=100&unreadOnly=true"));
        counts.put("units", count(FreshTown.ADMIN, "/api/v1/units?size=100"));
        counts.put("people", count(FreshTown.ADMIN, "/api/v1/people?size=100"));
        counts.put("hazard with its timeline", count(FreshTown.ADMIN, "/api/v1/hazards/" + timelineHazard));
        counts.put("ledger of this month (live lines)",
                count(FreshTown.ADMIN, "/api/v1/units/" + town.villageId() + "/ledgers/" + thisMonth));
        counts.put("ledger submitted (lines)",
                count(FreshTown.ADMIN, "/api/v1/units/" + town.villageId() + "/ledgers/" + submitted));
        counts.put("ledger submission 1 (lines)",
                count(OFFICER, "/api/v1/units/" + town.villageId() + "/ledgers/" + submitted + "/submissions/1"));
        counts.put("ledger board", count(FreshTown.ADMIN, "/api/v1/ledgers/board"));
        counts.put("ledger board (24 months)",
                count(LEADER, "/api/v1/ledgers/board?from=" + YearMonth.parse(thisMonth).minusMonths(23) + "&to=" + thisMonth));
        counts.put("checklists", count(FreshTown.ADMIN, "/api/v1/checklists?size=100"));
        for (String user : List.of(FreshTown.ADMIN, LEADER, FreshTown.OFFICE_HEAD, OFFICER)) {
            counts.put("inspections as " + user, count(user, "/api/v1/inspections?size=100"));
        }
        counts.put("inspections by inspected unit", count(FreshTown.ADMIN, "/api/v1/inspections?size=100&inspectedUnitId="
                + town.villageId()));
        counts.put("inspection with its results", count(FreshTown.ADMIN, "/api/v1/inspections/" + detailInspection));
        counts.put("inspection plans", count(FreshTown.ADMIN, "/api/v1/inspection-plans?size=100"));
        counts.put("inspection plan with its items", count(FreshTown.ADMIN, "/api/v1/inspection-plans/" + detailPlan));
        counts.put("plan execution", count(FreshTown.ADMIN, "/api/v1/inspection-plans/execution?year=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()));
        counts.put("campaigns", count(FreshTown.ADMIN, "/api/v1/campaigns?size=100"));
        counts.put("campaign", count(FreshTown.ADMIN, "/api/v1/campaigns/" + detailCampaign));
        for (String user : List.of(FreshTown.ADMIN, LEADER, FreshTown.OFFICE_HEAD, OFFICER)) {
            counts.put("enforcement cases as " + user, count(user, "/api/v1/enforcement-cases?size=100"));
        }
        counts.put("enforcement cases by party", count(FreshTown.ADMIN, "/api/v1/enforcement-cases?size=100&partyUnitId="
                + town.villageId()));
        counts.put("enforcement case with its documents and history", count(FreshTown.ADMIN, "/api/v1/enforcement-cases/"
                + detailCase));
        for (String user : List.of(FreshTown.ADMIN, FreshTown.OFFICE_HEAD)) {
            counts.put("enforcement totals as " + user, count(user, "/api/v1/enforcement-cases/totals"));
        }
        String monitors = "/api/v1/enforcement/monitors?year=" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        counts.put("enforcement monitors as " + FreshTown.ADMIN, count(FreshTown.ADMIN, monitors));
        counts.put("enforcement monitors as " + FreshTown.OFFICE_HEAD, count(FreshTown.OFFICE_HEAD, monitors));
        counts.put("enforcement monitors of one office", count(FreshTown.ADMIN, monitors + "&officeUnitId=" + town.officeId()));
        return counts;
    }

    private long detailInspection;
    private long detailPlan;
    private int planSeq;
    private long detailCampaign;
    private long detailCase;
    private int inspectionSerial;

    /**
     * Adds {@code checklists} checklists (kept by the emergency office and by the office in turn) of
     * three items, and {@code inspections} inspections of the town's units by both offices against
     * them, every item checked (item 1 failed); the first inspection gets more results' photos each round.
     */
    private void seedInspections(int checklists, int inspections) {
        long townId = town.townId();
        List<Long> made = new ArrayList<>();
        for (int c = 0; c < checklists; c++) {
            Long owner = c % 2 == 0 ? null : town.officeId();
            Db.update("INSERT INTO checklist (town_id, sector_code, title, owner_unit_id, active, current_version_no, version,"
                    + " created_at, updated_at) VALUES (?, 'GAS', ?, ?, TRUE, 1, 0, NOW(6), NOW(6))", townId, "效检查表" + c, owner);
            long checklist = Db.count("SELECT MAX(id) FROM checklist WHERE town_id = ?", townId);
            Db.update("INSERT INTO checklist_version (checklist_id, version_no, title, created_at, created_by) VALUES (?, 1, '效检查表', NOW(6), 'perf')",
                    checklist);
            long version = Db.count("SELECT id FROM checklist_version WHERE checklist_id = ?", checklist);
            for (int item = 1; item <= 3; item++) {
                Db.update("INSERT INTO checklist_item (checklist_version_id, item_no, text, legal_basis, violation)"
                        + " VALUES (?, ?, '检查内容', '《安全生产法》', ?)", version, item, item == 1);
            }
            made.add(checklist);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int n = 0; n < inspections; n++) {
            inspectionSerial++;
            long inspecting = n % 2 == 0 ? town.emergencyOfficeId() : town.officeId();
            long inspected = units.get(inspectionSerial % units.size());
            Db.update("INSERT INTO inspection (town_id, serial, inspecting_unit_id, inspected_unit_id, inspected_on, inspectors,"
                    + " inspector_count, checklist_id, checklist_version_no, state, created_by, version, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, '甲,乙', 2, ?, 1, 'FINISHED', 'perf', 0, NOW(6), NOW(6))", townId,
                    "PJ" + String.format("%05d", inspectionSerial), inspecting, inspected, today.minusDays(n % 300),
                    made.get(n % made.size()));
        }
        Db.update("INSERT INTO inspection_result (inspection_id, item_no, outcome, version)"
                + " SELECT i.id, ci.item_no, CASE WHEN ci.item_no = 1 THEN 'FAIL' ELSE 'PASS' END, 0 FROM inspection i"
                + " JOIN checklist_version v ON v.checklist_id = i.checklist_id AND v.version_no = i.checklist_version_no"
                + " JOIN checklist_item ci ON ci.checklist_version_id = v.id"
                + " WHERE i.town_id = ? AND NOT EXISTS (SELECT 1 FROM inspection_result r WHERE r.inspection_id = i.id)", townId);
        if (detailInspection == 0) {
            detailInspection = Db.count("SELECT MIN(id) FROM inspection WHERE town_id = ?", townId);
        }
        // plans of both offices with items over the town's units, some carried out by the inspections;
        // campaigns that the inspections were made for
        int year = today.getYear();
        planSeq++;
        for (long office : List.of(town.emergencyOfficeId(), town.officeId())) {
            Db.update("INSERT INTO inspection_plan (town_id, unit_id, year, kind, month, month_key, title, version, created_at,"
                    + " updated_at) VALUES (?, ?, ?, 'MONTHLY', ?, ?, '效计划', 0, NOW(6), NOW(6))", townId, office, year, planSeq, planSeq);
            long plan = Db.count("SELECT MAX(id) FROM inspection_plan WHERE town_id = ?", townId);
            if (detailPlan == 0) {
                detailPlan = plan;
            }
            Db.update("INSERT INTO inspection_plan_item (plan_id, target_unit_id, planned_month, cancelled, version)"
                    + " SELECT ?, u.id, ?, FALSE, 0 FROM unit u WHERE u.town_id = ?", plan, String.format("%d-%02d", year, planSeq), townId);
        }
        for (int p = 0; p < checklists; p++) {
            Db.update("INSERT INTO campaign (town_id, title, sector_code, starts_on, ends_on, leading_unit_id, version, created_at,"
                    + " updated_at) VALUES (?, '效专项', 'GAS', ?, ?, ?, 0, NOW(6), NOW(6))", townId, today.minusDays(400), today,
                    p % 2 == 0 ? town.emergencyOfficeId() : town.officeId());
            long campaign = Db.count("SELECT MAX(id) FROM campaign WHERE town_id = ?", townId);
            if (detailCampaign == 0) {
                detailCampaign = campaign;
            }
            Db.update("UPDATE inspection SET campaign_id = ? WHERE town_id = ? AND campaign_id IS NULL AND id % ? = 0", campaign, townId,
                    p + 2);
        }
        // the detail inspection was made for a campaign (its title is shown)
        Db.update("UPDATE inspection SET campaign_id = ? WHERE id = ?", detailCampaign, detailInspection);
        // the detail plan's items carried out, more of them each round
        Db.update("UPDATE inspection i JOIN inspection_plan_item t ON t.plan_id = ? AND t.target_unit_id = i.inspected_unit_id"
                + " SET i.plan_item_id = t.id WHERE i.town_id = ? AND i.plan_item_id IS NULL", detailPlan, townId);
        seedCases(townId, checklists);
        // photos on the detail's items: more of them each round
        for (int p = 0; p < checklists; p++) {
            Db.update("INSERT INTO attachment (town_id, inspection_result_id, kind, filename, content_type, size_bytes, sha256,"
                    + " storage_key, uploaded_by, uploaded_at) SELECT ?, r.id, 'JPEG', 'p.jpg', 'image/jpeg', 1, REPEAT('0', 64),"
                    + " CONCAT('perf/', r.id, '/', ?), 'perf', NOW(6) FROM inspection_result r WHERE r.inspection_id = ?",
                    townId, inspectionSerial + "-" + p, detailInspection);
        }
    }

    private long count(String user, String path) {
        Api.as(user).get(path).then().statusCode(200);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics is off in the test profile");
        long before = statistics.getPrepareStatementCount();
        Api.as(user).get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }

    /**
     * Adds {@code newUnits} villages (each with a person), {@code hazards} hazards spread over all the
     * town's units as place, reporter and responsible unit, over sectors and states (closed ones with
     * their close-out), notifications to the town and to the officer's village, events on the timeline
     * hazard; a third of the hazards are found in {@code month} in the officer's village's ledger.
     */
    private void seed(int newUnits, int hazards, int events, YearMonth month) {
        long townId = town.townId();
        for (int i = 0; i < newUnits; i++) {
            String name = "效" + units.size() + "村";
            Db.update("INSERT INTO unit (town_id, kind, name, enforcement_powers, active, version, created_at, updated_at,"
                    + " ledgers_due_from) VALUES (?, 'VILLAGE', ?, FALSE, TRUE, 0, NOW(6), NOW(6), '2020-01')", townId, name);
            long unit = Db.count("SELECT id FROM unit WHERE town_id = ? AND name = ?", townId, name);
            units.add(unit);
            person(unit, name + "干部", null);
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        StringJoiner rows = new StringJoiner(", ");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < hazards; i++) {
            serial++;
            long unit = units.get(serial % units.size());
            long reporting = i % 3 == 0 ? town.villageId() : units.get((serial + 1) % units.size());
            long responsible = i % 2 == 0 ? town.villageId() : units.get((serial + 2) % units.size());
            String state = STATES[i % STATES.length];
            LocalDate found = i % 3 == 0 ? month.atDay(1 + i % 28) : today.minusDays(40 + i % 300);
            boolean registered = !state.equals("FOUND");
            rows.add("(?, ?, ?, ?, '仓库', '液化气罐靠近配电箱', ?, 'THINGS', 'GENERAL', 'PATROL', '巡查员', ?, 'perf', ?,"
                    + " ?, ?, ?, ?, ?, 0, NOW(6) - INTERVAL ? SECOND, NOW(6) - INTERVAL ? SECOND)");
            args.addAll(List.of(townId, "PF" + String.format("%05d", serial), unit, reporting, SECTORS[i % SECTORS.length],
                    found, state));
            args.add(registered ? responsible : null);
            args.add(registered ? "责任人" : null);
            args.add(registered ? "措施" : null);
            args.add(registered ? today.minusDays(5 - i % 10) : null); // some overdue in every round
            args.add(state.equals("CLOSED") ? java.sql.Timestamp.valueOf(found.plusDays(5).atStartOfDay()) : null);
            args.add(serial);
            args.add(serial);
        }
        Db.update("INSERT INTO hazard (town_id, serial, unit_id, reporting_unit_id, place, description, sector_code,"
                + " cause_category, grade, source, found_by, found_on, reported_by, state, responsible_unit_id,"
                + " responsible_person, measures, deadline, closed_at, version, created_at, updated_at) VALUES " + rows,
                args.toArray());
        Db.update("INSERT INTO closeout_entry (town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name, closing_unit_id)"
                + " SELECT h.town_id, h.id, CONCAT('X', h.serial), h.closed_at, 'perf', '销号人', h.unit_id FROM hazard h"
                + " WHERE h.town_id = ? AND h.state = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM closeout_entry c WHERE c.hazard_id = h.id)",
                townId);
        Db.update("INSERT INTO notification (town_id, unit_id, role, kind, severity, hazard_id, params, created_at)"
                + " SELECT h.town_id, CASE WHEN h.id % 2 = 0 THEN NULL ELSE ? END, NULL, 'HAZARD_REPORTED', 'INFO', h.id,"
                + " CONCAT('{\"serial\":\"', h.serial, '\",\"place\":\"仓库\",\"unit\":\"村\",\"sector\":\"GAS\"}'), h.created_at"
                + " FROM hazard h WHERE h.town_id = ? AND h.serial > ?", town.villageId(), townId,
                "PF" + String.format("%05d", serial - hazards));
        if (timelineHazard == 0) {
            timelineHazard = Db.count("SELECT MIN(id) FROM hazard WHERE town_id = ?", townId);
        }
        for (int i = 0; i < events; i++) {
            Db.update("INSERT INTO hazard_event (hazard_id, action, from_state, to_state, actor, actor_name, at, note)"
                    + " VALUES (?, 'PROGRESS', 'RECTIFYING', 'RECTIFYING', 'perf', '效村干', NOW(6), ?)", timelineHazard, "进展" + i);
        }
    }

    private void submitLedger(YearMonth period) {
        String path = "/api/v1/units/" + town.villageId() + "/ledgers/" + period;
        long version = Api.as(OFFICER).get(path).then().statusCode(200).extract().jsonPath().getLong("version");
        Api.as(OFFICER).body(Map.of("version", version, "nilReturn", false)).post(path + "/submit").then().statusCode(200);
    }

    private static void person(long unitId, String name, String login) {
        Db.update("INSERT INTO person (unit_id, name, login, active, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, TRUE, 0, NOW(6), NOW(6))", unitId, name, login);
    }

    /**
     * An enforcement case from every inspection without one (ORDERED, two documents, one history event); the
     * first case gets {@code events} more history events each round.
     */
    private void seedCases(long townId, int events) {
        Db.update("INSERT INTO enforcement_case (town_id, office_unit_id, inspection_id, party_unit_id, sector_code, state, opened_on,"
                + " facts, legal_basis_violated, persons_dispatched, created_by, version, created_at, updated_at)"
                + " SELECT i.town_id, i.inspecting_unit_id, i.id, i.inspected_unit_id, 'GAS', 'ORDERED', i.inspected_on, '效事实',"
                + " '《安全生产法》', 2, 'perf', 0, NOW(6), NOW(6) FROM inspection i WHERE i.town_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM enforcement_case c WHERE c.inspection_id = i.id)", townId);
        for (String kind : List.of("ON_SITE_RECORD", "RECTIFICATION_ORDER")) {
            Db.update("INSERT INTO enforcement_document (case_id, kind, number, seq, year, issued_on, created_by, created_at)"
                    + " SELECT c.id, ?, CONCAT('效', ?, c.id), c.id, 2026, c.opened_on, 'perf', NOW(6) FROM enforcement_case c"
                    + " WHERE c.town_id = ? AND NOT EXISTS (SELECT 1 FROM enforcement_document d WHERE d.case_id = c.id AND d.kind = ?)",
                    kind, kind, townId, kind);
        }
        Db.update("INSERT INTO enforcement_event (case_id, action, from_state, to_state, at, actor, actor_name)"
                + " SELECT c.id, 'OPEN', NULL, 'INSPECTED', NOW(6), 'perf', '效' FROM enforcement_case c WHERE c.town_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM enforcement_event e WHERE e.case_id = c.id)", townId);
        if (detailCase == 0) {
            detailCase = Db.count("SELECT MIN(id) FROM enforcement_case WHERE town_id = ?", townId);
        }
        for (int e = 0; e < events; e++) {
            Db.update("INSERT INTO enforcement_event (case_id, action, from_state, to_state, at, actor, actor_name, note)"
                    + " VALUES (?, 'ORDER', 'INSPECTED', 'ORDERED', NOW(6), 'perf', '效', '效')", detailCase);
        }
    }
}
