package com.anjian.excel;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.FreshTown;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exports stream flat rows from one query: an export of 1,500 rows loads no more entities and
 * prepares no more statements than an export of one row (the earlier batches of 500 entities did
 * both per batch), holds exactly what the same caller's list holds, and reads back right with POI,
 * hostile text neutralised.
 */
@QuarkusTest
class ExportsStreamRowsTest {

    private static final int HAZARDS = 1500;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example/\",\"点我\")";

    @Inject
    EntityManagerFactory emf;

    @Test
    void exportsOfManyRowsLoadNoEntitiesAndHoldWhatTheListHolds() throws IOException {
        FreshTown town = FreshTown.create();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        seed(town, today);
        String firstSerial = Db.strings("SELECT serial FROM hazard WHERE town_id = ? ORDER BY id LIMIT 1", town.townId()).get(0);

        Cost one = export(FreshTown.ADMIN, "/api/v1/hazards/export?q=" + firstSerial);
        Cost all = export(FreshTown.ADMIN, "/api/v1/hazards/export");
        assertEquals(1, rows(one.body).size());
        assertEquals(HAZARDS, rows(all.body).size());
        assertEquals(one.statements, all.statements, "statements for 1 row, then " + HAZARDS);
        assertEquals(one.entities, all.entities, "entities loaded for 1 row, then " + HAZARDS);

        // The first hazard's row, as written: hostile text neutralised, names joined, the overdue days counted.
        List<String> first = rows(all.body).get(0);
        assertEquals(firstSerial, first.get(0));
        assertEquals("新村", first.get(1));
        assertEquals("'-东侧仓库", first.get(3));
        assertEquals("'" + HOSTILE, first.get(4));
        assertEquals("燃气", first.get(5));
        assertEquals("整改中", first.get(9));
        assertEquals("应急办", first.get(10));
        assertEquals("是", first.get(13));
        assertEquals(String.valueOf(ChronoUnit.DAYS.between(today.minusDays(3), today)), first.get(14));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(all.body))) {
            Row row = workbook.getSheetAt(0).getRow(Xlsx.HEADING_ROWS);
            assertEquals(today.minusDays(20), row.getCell(2).getLocalDateTimeCellValue().toLocalDate(), "found on, a date cell");
            assertEquals(today.minusDays(3), row.getCell(12).getLocalDateTimeCellValue().toLocalDate(), "deadline, a date cell");
        }

        // An office head exports what their list shows: the GAS sector they supervise, not the rest.
        long listed = Api.as(FreshTown.OFFICE_HEAD).get("/api/v1/hazards").then().statusCode(200).extract().jsonPath().getLong("total");
        assertTrue(listed > 0 && listed < HAZARDS, "office head lists " + listed);
        assertEquals(listed, rows(export(FreshTown.OFFICE_HEAD, "/api/v1/hazards/export").body).size());
        long rectifying = Api.as(FreshTown.ADMIN).get("/api/v1/hazards?status=RECTIFYING").then().extract().jsonPath().getLong("total");
        assertEquals(rectifying, rows(export(FreshTown.ADMIN, "/api/v1/hazards/export?status=RECTIFYING").body).size());

        // The close-out ledger: the same pattern, the same invariants.
        String firstCloseout = Db.strings("SELECT closeout_no FROM closeout_entry WHERE town_id = ? ORDER BY id LIMIT 1",
                town.townId()).get(0);
        long closed = Db.count("SELECT COUNT(*) FROM closeout_entry WHERE town_id = ?", town.townId());
        Cost noCloseout = export(FreshTown.ADMIN, "/api/v1/closeouts/export?to=" + today.minusDays(400));
        Cost allCloseouts = export(FreshTown.ADMIN, "/api/v1/closeouts/export");
        assertTrue(closed > 300, "closed " + closed);
        assertEquals(closed, rows(allCloseouts.body).size());
        assertEquals(0, rows(noCloseout.body).size());
        assertEquals(noCloseout.statements, allCloseouts.statements, "statements for no close-out, then " + closed);
        assertEquals(noCloseout.entities, allCloseouts.entities, "entities loaded for no close-out, then " + closed);
        List<String> entry = rows(allCloseouts.body).get(0);
        assertEquals(firstCloseout, entry.get(0));
        assertEquals("'=销号人", entry.get(16));
        assertEquals("经发办", entry.get(17));
    }

    private record Cost(byte[] body, long statements, long entities) {
    }

    /** The export once to warm it up, then again counted. */
    private Cost export(String user, String path) {
        Api.as(user).accept(XLSX).get(path).then().statusCode(200);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics is off in the test profile");
        long statements = statistics.getPrepareStatementCount();
        long entities = statistics.getEntityLoadCount();
        byte[] body = Api.as(user).accept(XLSX).get(path).then().statusCode(200).extract().asByteArray();
        return new Cost(body, statistics.getPrepareStatementCount() - statements, statistics.getEntityLoadCount() - entities);
    }

    /** The data rows (below title, subtitle and headers) as text. */
    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        var format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = Xlsx.HEADING_ROWS; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * {@value #HAZARDS} hazards over the village and the two offices, GAS and FIRE, all states; the
     * first one rectifying, overdue and hostile; every closed one with its close-out by 经发办.
     */
    private static void seed(FreshTown town, LocalDate today) {
        long[] units = {town.villageId(), town.emergencyOfficeId(), town.officeId()};
        String[] states = {"RECTIFYING", "CLOSED", "REGISTERED", "CLOSED", "FOUND"};
        for (int from = 0; from < HAZARDS; from += 500) {
            StringJoiner values = new StringJoiner(", ");
            List<Object> args = new ArrayList<>();
            for (int i = from; i < Math.min(HAZARDS, from + 500); i++) {
                boolean first = i == 0;
                String state = states[i % states.length];
                boolean registered = !state.equals("FOUND");
                values.add("(?, ?, ?, ?, ?, ?, ?, 'THINGS', 'GENERAL', 'PATROL', '巡查员', ?, 'exp', ?, ?, ?, ?, ?, ?, 0, NOW(6), NOW(6))");
                args.addAll(List.of(town.townId(), "EX" + town.code() + String.format("%05d", i),
                        first ? town.villageId() : units[i % 3], town.villageId(), first ? "-东侧仓库" : "仓库" + i,
                        first ? HOSTILE : "液化气罐靠近配电箱 " + i, i % 2 == 0 ? "GAS" : "FIRE", today.minusDays(20 + i % 300), state));
                args.add(registered ? (first ? town.emergencyOfficeId() : town.villageId()) : null);
                args.add(registered ? "责任人" : null);
                args.add(registered ? "措施" : null);
                args.add(registered ? (first ? today.minusDays(3) : today.plusDays(30)) : null);
                args.add(state.equals("CLOSED") ? java.sql.Timestamp.valueOf(today.minusDays(2).atTime(4, 0)) : null);
            }
            Db.update("INSERT INTO hazard (town_id, serial, unit_id, reporting_unit_id, place, description, sector_code,"
                    + " cause_category, grade, source, found_by, found_on, reported_by, state, responsible_unit_id,"
                    + " responsible_person, measures, deadline, closed_at, version, created_at, updated_at) VALUES " + values,
                    args.toArray());
        }
        Db.update("INSERT INTO closeout_entry (town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name, closing_unit_id)"
                + " SELECT h.town_id, h.id, CONCAT('X', h.serial), h.closed_at, 'exp', '=销号人', ? FROM hazard h"
                + " WHERE h.town_id = ? AND h.state = 'CLOSED' ORDER BY h.id", town.officeId(), town.townId());
    }
}
