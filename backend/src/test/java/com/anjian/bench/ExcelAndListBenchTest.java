package com.anjian.bench;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Sheets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * make bench: how the large operations behave against the real database. Seeds a town-sized
 * history of hazards, then measures the streamed exports (time, size, heap growth while streaming),
 * a full 2,000-row Excel import, and list latency. Results go to target/bench-results.md.
 */
@QuarkusTest
@Tag("bench")
class ExcelAndListBenchTest {

    private static final int HAZARDS = Integer.getInteger("bench.hazards", 20_000);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EntityManager em;

    private final List<String> results = new ArrayList<>();

    @Test
    void measure() throws Exception {
        long unit = Fixtures.createVillage();
        long seeded = seed(unit, HAZARDS);
        results.add("| seeded hazards (each closed out) | " + seeded + " | |");

        phase("hazard list export");
        measureExport("hazard list export (all)", "/api/v1/hazards/export", HAZARDS);
        phase("close-out ledger export");
        measureExport("close-out ledger export (all)", "/api/v1/closeouts/export", HAZARDS);
        phase("Excel import");
        measureImport();
        phase("list latency");
        measureList();

        String report = "# Anjian benchmarks\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; database: embedded MariaDB.\n\n"
                + "| what | result | notes |\n|---|---|---|\n" + String.join("\n", results) + "\n";
        Files.writeString(Path.of("target", "bench-results.md"), report);
        System.out.println("\n" + report);
    }

    /** Says on the console which measurement runs, and the live heap before it (after a collection). */
    private void phase(String what) {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.printf("bench: %s, heap in use %d MB%n", what, used);
        results.add("| live heap before " + what + " | " + used + " MB | after a collection: the test harness and the running app at rest |");
    }

    private long seed(long unitId, int count) {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Long townId = ((Number) em.createNativeQuery("SELECT town_id FROM unit WHERE id = ?1").setParameter(1, unitId)
                    .getSingleResult()).longValue();
            String run = Long.toString(System.currentTimeMillis() % 100_000, 36).toUpperCase();
            for (int from = 0; from < count; from += 500) {
                StringBuilder hazards = new StringBuilder("INSERT INTO hazard (town_id, serial, unit_id, reporting_unit_id, place,"
                        + " description, sector_code, cause_category, grade, source, found_by, found_on, reported_by, state,"
                        + " responsible_unit_id, responsible_person, measures, funds, deadline, completed_on, verifier_name,"
                        + " verified_on, closed_at, closed_by, version, created_at, updated_at) VALUES ");
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    LocalDate found = LocalDate.of(2024, 1, 1).plusDays(i % 600);
                    hazards.append(i == from ? "" : ",").append("(").append(townId).append(", 'BN").append(run).append('-').append(i)
                            .append("', ").append(unitId).append(", ").append(unitId).append(", '村道第").append(i)
                            .append("处', '护栏缺失，夜间无照明，需设置警示标志 #").append(i).append("', 'ROAD_TRAFFIC', 'THINGS', 'GENERAL',")
                            .append(" 'PATROL', '基准', '").append(found).append("', 'bench', 'CLOSED', ").append(unitId)
                            .append(", '王五', '设置护栏和警示灯', 1200.00, '").append(found.plusDays(20)).append("', '")
                            .append(found.plusDays(10)).append("', '赵六', '").append(found.plusDays(12)).append("', '")
                            .append(found.plusDays(13)).append(" 08:00:00', 'bench', 0, NOW(6), NOW(6))");
                }
                em.createNativeQuery(hazards.toString()).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO closeout_entry (town_id, hazard_id, closeout_no, closed_at, closed_by, closed_by_name)"
                    + " SELECT town_id, id, CONCAT('X', serial), closed_at, 'bench', '基准' FROM hazard WHERE serial LIKE ?1")
                    .setParameter(1, "BN" + run + "-%").executeUpdate();
        });
        results.add("| seeding | " + millis(started) + " ms | batched SQL inserts |");
        return count;
    }

    private void measureExport(String what, String path, int atLeast) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        byte[] body = Api.as("admin").accept(XLSX).get(path).then().statusCode(200).extract().asByteArray();
        long elapsed = millis(started);
        running.set(false);
        sampler.join();
        int rows = dataRows(body);
        assertTrue(rows >= atLeast, what + ": " + rows + " rows");
        results.add(String.format("| %s | %d rows in %d ms (%.0f rows/s), %d KB | heap in use peaked %d MB above the start"
                        + " (garbage included), in a JVM capped at %d MB for backend and test together |",
                what, rows, elapsed, rows * 1000.0 / elapsed, body.length / 1024, (peak.get() - baseline) / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }

    /** Rows of the first sheet below the three heading rows, counted without loading the workbook. */
    private static int dataRows(byte[] xlsx) throws java.io.IOException {
        Path file = Files.createTempFile("bench", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
                 var in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                // counted while streaming: the sheet's XML of 20,000 rows would take a large share of the capped heap
                byte[] tag = "<row ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                var buffered = new java.io.BufferedInputStream(in, 1 << 16);
                int rows = 0;
                int matched = 0;
                for (int b = buffered.read(); b != -1; b = buffered.read()) {
                    matched = b == tag[matched] ? matched + 1 : (b == tag[0] ? 1 : 0);
                    if (matched == tag.length) {
                        rows++;
                        matched = 0;
                    }
                }
                return rows - 3;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void measureImport() {
        // A paper ledger of two months ago: its dates are within the age a found date may have.
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2);
        long unit = Fixtures.createLedgerUnit(month);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            LocalDate found = month.atDay(1 + i % 28);
            rows.add(new ArrayList<>(Arrays.asList(i + 1, null, found.toString(), "部位" + i,
                    "导入基准隐患 " + i, "物", "一般", "整改", "王五", found.plusDays(30).toString(), "100", found.plusDays(10).toString(),
                    "赵六", found.plusDays(12).toString(), found.plusDays(13).toString())));
        }
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, rows);
        long started = System.nanoTime();
        Api.as("admin").contentType(ContentType.MULTIPART).multiPart("file", "bench.xlsx", sheet, XLSX)
                .post("/api/v1/units/" + unit + "/ledgers/" + month + "/import").then().statusCode(200);
        long first = millis(started);
        started = System.nanoTime();
        int created = Api.as("admin").contentType(ContentType.MULTIPART).multiPart("file", "bench.xlsx", sheet, XLSX)
                .post("/api/v1/units/" + unit + "/ledgers/" + month + "/import").then().statusCode(200).extract().jsonPath().getInt("created");
        assertEquals(0, created);
        results.add("| Excel import, 2,000 closed-out rows (" + sheet.length / 1024 + " KB) | " + first
                + " ms | each row becomes a hazard with 6 timeline steps; the same file again: " + millis(started) + " ms, 0 created |");
    }

    private void measureList() {
        latency("GET /api/v1/me (auth and lookup only)", "admin", "/api/v1/me", java.util.Map.of());
        latency("hazard list as town admin, CLOSED, page of 20 by date", "admin", "/api/v1/hazards",
                java.util.Map.of("state", "CLOSED", "sort", "-foundOn"));
        latency("hazard list as office head (scope by office, assignment and sector)", "officehead", "/api/v1/hazards",
                java.util.Map.of("state", "CLOSED", "sort", "-foundOn"));
    }

    /** 100 requests after 20 warm-up, through a plain client (the API tests' contract validator would be measured too). */
    private void latency(String what, String user, String path, java.util.Map<String, String> query) {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            long started = System.nanoTime();
            io.restassured.RestAssured.given().auth().oauth2(com.anjian.support.Tokens.of(user))
                    .queryParams(query).queryParam("page", 1 + i % 5).get(path).then().statusCode(200);
            samples.add(System.nanoTime() - started);
        }
        List<Long> warm = samples.subList(20, samples.size()).stream().sorted().toList();
        results.add(String.format("| %s, %d+ hazards in the town | p50 %.1f ms, p95 %.1f ms | 100 requests after 20 warm-up |",
                what, HAZARDS, warm.get(warm.size() / 2) / 1e6, warm.get(warm.size() * 95 / 100) / 1e6));
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
