package com.anjian.bench;

import com.anjian.common.time.BusinessClock;
import com.anjian.demo.DemoTown;
import com.anjian.support.Cases;
import com.anjian.support.Db;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bench's smoke, part of make test so the bench cannot silently rot: the generators at tiny
 * scale (two towns of their own, never the demo town, so no other test's counts move), and one
 * API/baseline comparison whose two sides must return the same rows. No timing is asserted.
 */
@QuarkusTest
class BenchSmokeTest {

    @Inject
    DataSource dataSource;

    @Test
    void theGeneratorsWriteWhatTheScaleSaysConsistentlyAndDeterministically() throws Exception {
        BenchScale tiny = BenchScale.TINY;
        LocalDate today = LocalDate.now(SeedContext.ZONE);
        long demoHazardsBefore = demoTownHazards();
        DistrictSeed.Result first = DistrictSeed.run(dataSource, tiny, today);

        assertEquals(2, first.towns().size());
        assertTrue(first.towns().stream().noneMatch(t -> t.demo || t.code.equals(DemoTown.DONGXI.code())), "never the demo town");
        assertEquals(demoHazardsBefore, demoTownHazards(), "the demo town untouched");
        String towns = ids(first);
        assertEquals(2 * 4, Db.count("SELECT COUNT(*) FROM unit WHERE town_id IN (" + towns + ")"));
        assertEquals(2 * 4 * 2, Db.count("SELECT COUNT(*) FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.town_id IN (" + towns + ")"));
        assertEquals(tiny.hazards(), Db.count("SELECT COUNT(*) FROM hazard WHERE town_id IN (" + towns + ")"));
        // every closed hazard has its close-out entry and its six steps, every hazard its report
        assertEquals(Db.count("SELECT COUNT(*) FROM hazard WHERE state = 'CLOSED' AND town_id IN (" + towns + ")"),
                Db.count("SELECT COUNT(*) FROM closeout_entry WHERE town_id IN (" + towns + ")"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM hazard h WHERE h.town_id IN (" + towns + ") AND (SELECT COUNT(*) FROM hazard_event e"
                + " WHERE e.hazard_id = h.id) <> CASE h.state WHEN 'FOUND' THEN 1 WHEN 'REGISTERED' THEN 2 WHEN 'RECTIFYING' THEN 3"
                + " WHEN 'VERIFIED' THEN 5 ELSE 6 END"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM hazard h WHERE h.town_id IN (" + towns + ") AND (h.found_on >= ? OR h.closed_at"
                + " < h.found_on OR (h.state = 'CLOSED') <> (h.closed_at IS NOT NULL))", today), "dates in order");
        // a year of history: eleven months owed before the current one, for each unit, each with its submission
        assertEquals(2 * 4 * 11, Db.count("SELECT COUNT(*) FROM monthly_ledger WHERE town_id IN (" + towns + ")"));
        assertEquals(2 * 4 * 11, Db.count("SELECT COUNT(*) FROM ledger_submission s JOIN monthly_ledger l ON l.id = s.ledger_id"
                + " WHERE l.town_id IN (" + towns + ")"));
        assertTrue(Db.count("SELECT COUNT(*) FROM notification WHERE town_id IN (" + towns + ")") >= tiny.hazards(), "each new hazard is notified");
        // the serial counters moved past the seeded serials, so the services number on without a clash
        assertEquals(0, Db.count("SELECT COUNT(*) FROM hazard h WHERE h.town_id IN (" + towns + ") AND CAST(SUBSTRING(h.serial, 8) AS UNSIGNED)"
                + " > (SELECT c.value FROM town_counter c WHERE c.town_id = h.town_id AND c.name = 'YH' AND c.year = CAST(SUBSTRING(h.serial, 3, 4) AS UNSIGNED))"));

        // inspections of every office with powers (tiny: one office a town), each with its checklist's 8 results; every
        // case with its on-site record and its history from OPEN, one event a step
        assertEquals(2L * EnforcementGenerator.inspectionsPerOfficeYear(tiny) * tiny.years(),
                Db.count("SELECT COUNT(*) FROM inspection WHERE town_id IN (" + towns + ")"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM inspection i WHERE i.town_id IN (" + towns + ") AND (SELECT COUNT(*)"
                + " FROM inspection_result r WHERE r.inspection_id = i.id) <> 8"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM enforcement_case k WHERE k.town_id IN (" + towns + ") AND (NOT EXISTS (SELECT 1"
                + " FROM enforcement_document d WHERE d.case_id = k.id AND d.kind = 'ON_SITE_RECORD') OR k.version + 1 <> (SELECT COUNT(*)"
                + " FROM enforcement_event e WHERE e.case_id = k.id))"));

        // the same scale and seed again: the same rows in two new towns
        DistrictSeed.Result second = DistrictSeed.run(dataSource, tiny, today);
        assertEquals(first.steps().stream().map(DistrictSeed.Step::rows).toList(), second.steps().stream().map(DistrictSeed.Step::rows).toList());
        for (int t = 0; t < 2; t++) {
            assertEquals(content(first.towns().get(t)), content(second.towns().get(t)), "deterministic");
        }
    }

    @Test
    void anApiListAndItsBaselineReturnTheSameRowsAndGiveARatio() throws Exception {
        Baselines base = new Baselines(dataSource);
        long town = Db.count("SELECT id FROM town WHERE code = ?", DemoTown.DONGXI.code());
        Baselines.Scope office = base.scopeOf("officehead");
        Baselines.Scope village = base.scopeOf("officer");
        village = new Baselines.Scope(village.townId(), village.unitId(), List.of());
        // a fresh test database's demo town has no hazards yet: one reported as other tests do, seen by all three callers
        Hazards.reportGasHazard();

        assertSame(ApiCalls.page("admin", "/api/v1/hazards", Map.of()), base.hazards(Baselines.Scope.town(town), null, null, 1, 20));
        assertEquals(base.hazards(Baselines.Scope.town(town), "CLOSED", null, 1, 20),
                ApiCalls.page("admin", "/api/v1/hazards", Map.of("state", "CLOSED")), "filtered by state");
        assertSame(ApiCalls.page("officehead", "/api/v1/hazards", Map.of()), base.hazards(office, null, null, 1, 20));
        assertSame(ApiCalls.page("officer", "/api/v1/hazards", Map.of()), base.hazards(village, null, null, 1, 20));
        Baselines.Page closeouts = base.closeouts(Baselines.Scope.town(town));
        assertEquals(closeouts, ApiCalls.page("admin", "/api/v1/closeouts", Map.of()), "close-outs (none yet in a fresh database)");
        assertSame(ApiCalls.page("admin", "/api/v1/units", Map.of()), base.units(town));
        assertSame(ApiCalls.page("admin", "/api/v1/people", Map.of()), base.people(town));
        // the hazard reported above is notified to the offices supervising its sector (the office head's)
        for (String user : List.of("officehead", "admin")) {
            long unit = Db.count("SELECT unit_id FROM person WHERE login = ?", user);
            Baselines.Page notifications = base.notifications(town, unit, ApiCalls.roles(user), user);
            assertEquals(notifications, ApiCalls.page(user, "/api/v1/notifications", Map.of()), "notifications of " + user);
        }
        assertFalse(base.notifications(town, office.unitId(), ApiCalls.roles("officehead"), "officehead").ids().isEmpty(),
                "the office head has notifications to compare");
        assertEquals(1, base.me("admin"), "the caller's person, unit and town");
        // the village's ledger of this month lists the hazard reported above, live; the baseline reads the same lines
        BusinessClock clock = BusinessClock.current();
        YearMonth month = clock.thisMonth();
        int apiLines = JsonPath.from(ApiCalls.get("officer", "/api/v1/units/" + village.unitId() + "/ledgers/" + month, Map.of()))
                .getList("lines").size();
        assertTrue(apiLines > 0, "the village's ledger of this month has lines");
        assertEquals(apiLines, base.liveLedger(town, village.unitId(), month.toString(), month.atDay(1), month.atEndOfMonth(),
                LocalDateTime.ofInstant(clock.startOf(month.atDay(1)), ZoneOffset.UTC)), "the ledger's live lines");

        Comparison.Result ratio = Comparison.measure("hazard list, town admin, first page", "tiny", Comparison.Target.ratio(1.5), 2, 5,
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of()),
                () -> base.hazards(Baselines.Scope.town(town), null, null, 1, 20));
        assertTrue(ratio.ratio() > 0 && Double.isFinite(ratio.ratio()), ratio.row());
        assertTrue(ratio.row().startsWith("| hazard list, town admin, first page | tiny |"), ratio.row());
    }

    @Test
    void theEnforcementCaseListsAndTheMonitorsAgreeWithTheirBaselines() throws Exception {
        Baselines base = new Baselines(dataSource);
        long town = Db.count("SELECT id FROM town WHERE code = ?", DemoTown.DONGXI.code());
        long office = base.scopeOf("officehead").unitId();
        // a fresh test database has no case yet: one opened and ordered as other tests do
        long opened = Cases.opened(Cases.violationAtBaiyunsi());
        Cases.step("officehead", opened, "order", Cases.order()).then().statusCode(200);

        assertSame(ApiCalls.page("admin", "/api/v1/enforcement-cases", Map.of()), base.enforcementCases(town, null, null));
        assertSame(ApiCalls.page("officehead", "/api/v1/enforcement-cases", Map.of()), base.enforcementCases(town, office, null));
        assertSame(ApiCalls.page("admin", "/api/v1/enforcement-cases", Map.of("officeUnitId", office, "state", "ORDERED")),
                base.enforcementCases(town, office, "ORDERED"));

        LocalDate today = BusinessClock.current().today();
        Baselines.Monitors monitors = base.monitors(town, today.getYear(), null, today, 1);
        assertEquals(monitors, ApiCalls.monitors("admin", today.getYear(), null), "the town's monitors");
        assertEquals(base.monitors(town, today.getYear(), office, today, 1), ApiCalls.monitors("officehead", today.getYear(), null),
                "the office head's monitors");
        if (today.getMonthValue() > 1) {
            assertFalse(monitors.zeroPenaltyMonths().isEmpty(), "ended months without a penalty decision to compare");
        }
        // the ledger's export: as many data rows as the raw SXSSF baseline writes, then the totals row
        byte[] xlsx = io.restassured.RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of("admin")).accept("*/*")
                .get("/api/v1/enforcement-cases/export.xlsx").then().statusCode(200).extract().asByteArray();
        int raw = RawExcel.enforcementLedger(dataSource, town, java.io.OutputStream.nullOutputStream());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            int dataRows = 0;
            for (var row : sheet) {
                var first = row.getCell(0);
                if (first != null && first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    dataRows++;
                }
            }
            assertEquals(raw, dataRows, "the export's rows and the raw baseline's");
            assertEquals(Db.count("SELECT COUNT(*) FROM enforcement_case WHERE town_id = ?", town), raw);
        }
        Comparison.Result ratio = Comparison.measure("enforcement monitors, town admin, one year", "tiny", Comparison.Target.ratio(1.5), 2, 5,
                () -> ApiCalls.get("admin", "/api/v1/enforcement/monitors", Map.of("year", today.getYear())),
                () -> base.monitors(town, today.getYear(), null, today, 1));
        assertTrue(ratio.ratio() > 0 && Double.isFinite(ratio.ratio()), ratio.row());
    }

    private static void assertSame(Baselines.Page api, Baselines.Page baseline) {
        assertFalse(baseline.ids().isEmpty(), "the demo town has rows to compare");
        assertEquals(baseline.ids(), api.ids());
        assertEquals(baseline.total(), api.total());
    }

    private static long demoTownHazards() {
        return Db.count("SELECT COUNT(*) FROM hazard h JOIN town t ON t.id = h.town_id WHERE t.code = ?", DemoTown.DONGXI.code());
    }

    private static String ids(DistrictSeed.Result seed) {
        return String.join(",", seed.towns().stream().map(t -> Long.toString(t.id)).toList());
    }

    /** A town's hazards as the report would show them, without ids, and with the town's code (in unit names) left out. */
    private static List<String> content(SeedContext.TownSeed town) {
        String code = town.code.substring(5);
        return Db.strings("SELECT CONCAT_WS('|', h.serial, u.name, h.state, h.found_on, h.sector_code, h.grade, h.place, COALESCE(h.deadline, ''),"
                + " COALESCE(h.closed_at, '')) FROM hazard h JOIN unit u ON u.id = h.unit_id WHERE h.town_id = ? ORDER BY h.serial", town.id).stream()
                .map(row -> row.replace("（" + code + "）", "（#）").replace("基准" + code + "村", "基准#村")).toList();
    }
}
