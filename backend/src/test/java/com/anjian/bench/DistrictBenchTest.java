package com.anjian.bench;

import com.anjian.common.AnjianConfig;
import com.anjian.common.time.BusinessClock;
import com.anjian.support.Fixtures;
import com.anjian.support.Sheets;
import com.anjian.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * make bench: seeds the chosen scale (BENCH_SCALE=town|district) through the generators, then
 * measures each operation through the API as a demo user of the demo town, interleaved with its
 * plain baseline in the same JVM and database, and reports p50/p95 of both, the ratio of the p95s
 * and the verdict against the issue's target. Results: target/bench-results.md.
 */
@QuarkusTest
@Tag("bench")
class DistrictBenchTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int LIST_WARM_UP = Integer.getInteger("bench.warmup", 5);
    private static final int LIST_SAMPLES = Integer.getInteger("bench.samples", 30);
    private static final int SMALL_SAMPLES = Integer.getInteger("bench.small.samples", 100);
    private static final int IMPORT_ROWS = Integer.getInteger("bench.import.rows", 10_000);
    /** Which parts to measure (-Dbench.only=lists,detail,enforcement,export,import); all when unset, e.g. to iterate on one of them. */
    private static final List<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).toList();

    @Inject
    DataSource dataSource;

    @Inject
    AnjianConfig config;

    @Inject
    BusinessClock clock;

    private final List<Comparison.Result> results = new ArrayList<>();
    private BenchScale scale;

    @Test
    void measure() throws Exception {
        scale = BenchScale.chosen();
        LocalDate today = LocalDate.now(SeedContext.ZONE);
        DistrictSeed.Result seed = DistrictSeed.run(dataSource, scale, today);
        long town = seed.towns().stream().filter(t -> t.demo).findFirst().orElseThrow().id;
        Baselines base = new Baselines(dataSource);
        long townHazards = count("SELECT COUNT(*) FROM hazard WHERE town_id = " + town);

        warmUp(base, town, today);
        if (chosen("lists")) {
            lists(base, town);
        }
        if (chosen("detail")) {
            detailAndBoard(base, town, seed, today);
        }
        if (chosen("enforcement")) {
            enforcement(base, town, today);
        }
        String export = chosen("export") ? export(town, townHazards) : null;
        if (chosen("export")) {
            enforcementExport(town);
        }
        String importNote = chosen("import") ? importLedger(town) : null;

        String report = report(seed, townHazards, export, importNote);
        Files.writeString(Path.of("target", "bench-results.md"), report);
        System.out.println("\n" + report);
        assertTrue(seed.rows(new HazardsGenerator().name()) >= scale.hazards(), "the seed wrote its hazards");
    }

    /**
     * Before anything is measured, every kind of request measured here, round and round for
     * -Dbench.warmup.global seconds (20): the JIT compiles a method fully only after thousands of calls,
     * and the API's path is shared by all its requests (HTTP, token, interceptors, Hibernate, JSON), so
     * without this the first operations measured a half-compiled server where a real one, answering all
     * day, is compiled. Each operation then warms its own path too (Comparison).
     */
    private void warmUp(Baselines base, long town, LocalDate today) throws Exception {
        long hazard = count("SELECT MAX(id) FROM hazard WHERE town_id = " + town + " AND state = 'CLOSED'");
        long village = base.scopeOf("officer").unitId();
        YearMonth month = YearMonth.from(today);
        List<Comparison.Side> calls = List.of(
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of("state", "RECTIFYING")),
                () -> ApiCalls.get("officer", "/api/v1/hazards", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/closeouts", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/notifications", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/units", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/people", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/me", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/hazards/" + hazard, Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/ledgers/board", Map.of()),
                () -> ApiCalls.get("officer", "/api/v1/units/" + village + "/ledgers/" + month, Map.of()),
                () -> ApiCalls.get("officehead", "/api/v1/enforcement-cases", Map.of()),
                () -> ApiCalls.get("admin", "/api/v1/enforcement/monitors", Map.of("year", today.getYear())));
        long until = System.nanoTime() + Long.getLong("bench.warmup.global", 20) * 1_000_000_000L;
        int requests = 0;
        while (System.nanoTime() < until) {
            for (Comparison.Side call : calls) {
                call.run();
                requests++;
            }
        }
        System.out.println("bench: warmed the API with " + requests + " requests");
    }

    private static boolean chosen(String part) {
        return ONLY.isEmpty() || ONLY.contains(part);
    }

    private void lists(Baselines base, long town) throws Exception {
        Baselines.Scope admin = Baselines.Scope.town(town);
        Baselines.Scope office = base.scopeOf("officehead");
        Baselines.Scope village = base.scopeOf("officer");
        village = new Baselines.Scope(village.townId(), village.unitId(), List.of());
        Baselines.Scope officer = village;
        Comparison.Target list = Comparison.Target.ratioAndUnder(1.5, 50);

        list("hazard list, town admin, first page", list,
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of()), () -> base.hazards(admin, null, null, 1, 20));
        list("hazard list, town admin, state RECTIFYING", list,
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of("state", "RECTIFYING")), () -> base.hazards(admin, "RECTIFYING", null, 1, 20));
        list("hazard list, town admin, text search “消防”", list,
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of("q", "消防")), () -> base.hazards(admin, null, "消防", 1, 20));
        list("hazard list, town admin, page 500", list,
                () -> ApiCalls.get("admin", "/api/v1/hazards", Map.of("page", 500)), () -> base.hazards(admin, null, null, 500, 20));
        list("hazard list, office head (office, assigned, sectors)", list,
                () -> ApiCalls.get("officehead", "/api/v1/hazards", Map.of()), () -> base.hazards(office, null, null, 1, 20));
        list("hazard list, village officer (own village)", list,
                () -> ApiCalls.get("officer", "/api/v1/hazards", Map.of()), () -> base.hazards(officer, null, null, 1, 20));
        list("close-out list, town admin", list,
                () -> ApiCalls.get("admin", "/api/v1/closeouts", Map.of()), () -> base.closeouts(admin));
        Long adminUnit = unitOf("admin");
        List<String> adminRoles = ApiCalls.roles("admin");
        small("notifications, town admin", list,
                () -> ApiCalls.get("admin", "/api/v1/notifications", Map.of()), () -> base.notifications(town, adminUnit, adminRoles, "admin"));
        small("units, town admin", list,
                () -> ApiCalls.get("admin", "/api/v1/units", Map.of()), () -> base.units(town));
        small("people, town admin", list,
                () -> ApiCalls.get("admin", "/api/v1/people", Map.of()), () -> base.people(town));
        floor(base);
    }

    /**
     * The floor under every small request: GET /api/v1/me checks the token, resolves the caller (kept
     * for a few seconds: CallerLinks) and writes a little JSON, against its one SQL statement; in its
     * note the HTTP round trip alone through the same client (GET /q/health/live: no token, no database).
     */
    private void floor(Baselines base) throws Exception {
        Comparison.Result me = Comparison.measure("floor: GET /api/v1/me (token check, caller, JSON) vs its SQL", scale.name(),
                Comparison.Target.ratio(1.5), LIST_WARM_UP, SMALL_SAMPLES, () -> ApiCalls.get("admin", "/api/v1/me", Map.of()),
                () -> base.me("admin"));
        List<Long> live = new ArrayList<>();
        for (int i = 0; i < LIST_WARM_UP + SMALL_SAMPLES; i++) {
            long started = System.nanoTime();
            ApiCalls.get(null, "/q/health/live", Map.of());
            if (i >= LIST_WARM_UP) {
                live.add(System.nanoTime() - started);
            }
        }
        results.add(new Comparison.Result(me.operation(), me.scale(), me.apiP50(), me.apiP95(), me.baseP50(), me.baseP95(), me.target(),
                String.format(Locale.ROOT, "the HTTP round trip alone (GET /q/health/live, same client, no token): p50 %.1f / p95 %.1f ms",
                        Comparison.percentile(live, 50), Comparison.percentile(live, 95))));
    }

    private void list(String operation, Comparison.Target target, Comparison.Side api, Comparison.Side baseline) throws Exception {
        results.add(Comparison.measure(operation, scale.name(), target, LIST_WARM_UP, LIST_SAMPLES, api, baseline));
    }

    /** A request of a few milliseconds: more samples, so that one scheduling hiccup on the shared machine is not its p95. */
    private void small(String operation, Comparison.Target target, Comparison.Side api, Comparison.Side baseline) throws Exception {
        results.add(Comparison.measure(operation, scale.name(), target, LIST_WARM_UP, SMALL_SAMPLES, api, baseline));
    }

    private void detailAndBoard(Baselines base, long town, DistrictSeed.Result seed, LocalDate today) throws Exception {
        long hazard = count("SELECT MAX(id) FROM hazard WHERE town_id = " + town + " AND state = 'CLOSED' AND id >= " + seed.firstHazardId());
        small("hazard detail with its timeline (closed, 6 steps)", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("admin", "/api/v1/hazards/" + hazard, Map.of()), () -> base.hazardDetail(town, hazard));
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(5);
        List<String> kinds = config.ledger().requiredKinds();
        small("ledger board, town, six months", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("admin", "/api/v1/ledgers/board", Map.of()), () -> base.ledgerBoard(town, kinds, from.toString(), to.toString()));

        // the ledger's lines: the village officer's month being filed (its hazards, live) and a month accepted (the lines submitted)
        long village = base.scopeOf("officer").unitId();
        YearMonth month = YearMonth.from(today);
        LocalDateTime monthStart = LocalDateTime.ofInstant(clock.startOf(month.atDay(1)), ZoneOffset.UTC);
        small("ledger lines, a village, this month (live)", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("officer", "/api/v1/units/" + village + "/ledgers/" + month, Map.of()),
                () -> base.liveLedger(town, village, month.toString(), month.atDay(1), month.atEndOfMonth(), monthStart));
        // the town's latest accepted ledger with the most lines, read by the town admin
        String[] accepted = text("SELECT CONCAT(l.unit_id, ' ', l.period) FROM monthly_ledger l JOIN ledger_submission s ON s.ledger_id = l.id"
                + " JOIN ledger_line li ON li.submission_id = s.id WHERE l.town_id = " + town + " AND l.state = 'ACCEPTED'"
                + " GROUP BY l.id, l.unit_id, l.period ORDER BY l.period DESC, COUNT(*) DESC, l.unit_id LIMIT 1").split(" ");
        long acceptedUnit = Long.parseLong(accepted[0]);
        small("ledger lines, a unit, a month accepted (as submitted)", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("admin", "/api/v1/units/" + acceptedUnit + "/ledgers/" + accepted[1], Map.of()),
                () -> base.submittedLedger(acceptedUnit, accepted[1]));
    }

    /**
     * The enforcement case list (first pages: the town's, an office head's, one office's closed cases) and the
     * enforcement monitors of this year, each against its hand-written JDBC (Baselines).
     */
    private void enforcement(Baselines base, long town, LocalDate today) throws Exception {
        Comparison.Target list = Comparison.Target.ratioAndUnder(1.5, 50);
        long office = base.scopeOf("officehead").unitId();
        list("enforcement cases, town admin, first page", list,
                () -> ApiCalls.get("admin", "/api/v1/enforcement-cases", Map.of()), () -> base.enforcementCases(town, null, null));
        list("enforcement cases, office head (own office), first page", list,
                () -> ApiCalls.get("officehead", "/api/v1/enforcement-cases", Map.of()), () -> base.enforcementCases(town, office, null));
        list("enforcement cases, town admin, one office, state CLOSED", list,
                () -> ApiCalls.get("admin", "/api/v1/enforcement-cases", Map.of("officeUnitId", office, "state", "CLOSED")),
                () -> base.enforcementCases(town, office, "CLOSED"));
        int year = today.getYear();
        int minimum = config.enforcement().monthlyPenalty().minimum();
        list("enforcement monitors, town admin, one year", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("admin", "/api/v1/enforcement/monitors", Map.of("year", year)),
                () -> base.monitors(town, year, null, today, minimum));
        list("enforcement monitors, office head, one year", Comparison.Target.ratio(1.5),
                () -> ApiCalls.get("officehead", "/api/v1/enforcement/monitors", Map.of("year", year)),
                () -> base.monitors(town, year, office, today, minimum));
    }

    /**
     * The town's whole hazard list as .xlsx, API against raw SXSSF, each with its heap growth while it
     * streams ({@link HeapWatch}: retained after collections, and the sampled peak with garbage).
     */
    private String export(long town, long rows) throws Exception {
        AtomicReference<HeapWatch.Growth> apiHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        AtomicReference<HeapWatch.Growth> rawHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        AtomicInteger rawRows = new AtomicInteger();
        AtomicLong apiBytes = new AtomicLong();
        Comparison.Side api = () -> apiHeap.accumulateAndGet(HeapWatch.during(() -> {
            try (InputStream in = RestAssured.given().auth().oauth2(Tokens.of("admin")).accept(XLSX).get("/api/v1/hazards/export")
                    .then().statusCode(200).extract().asInputStream()) {
                apiBytes.set(in.transferTo(OutputStream.nullOutputStream()));
            }
        }), DistrictBenchTest::larger);
        Comparison.Side raw = () -> rawHeap.accumulateAndGet(HeapWatch.during(() -> rawRows.set(RawExcel.export(dataSource, town,
                OutputStream.nullOutputStream()))), DistrictBenchTest::larger);
        int samples = Integer.getInteger("bench.export.samples", 3);
        Comparison.Result result = Comparison.measure(String.format(Locale.ROOT, "hazard export, %,d rows (xlsx)", rows), scale.name(),
                Comparison.Target.ratio(1.3), 1, samples, api, raw, null);
        assertEquals(rows, rawRows.get());
        String note = String.format(Locale.ROOT, "heap growth while streaming (target ≤ 64 MB), retained after collections: API %d MB,"
                        + " raw %d MB; sampled peak, garbage included: API %d MB, raw %d MB; API file %,d KB",
                apiHeap.get().retained() >> 20, rawHeap.get().retained() >> 20, apiHeap.get().peak() >> 20, rawHeap.get().peak() >> 20,
                apiBytes.get() >> 10);
        results.add(new Comparison.Result(result.operation(), result.scale(), result.apiP50(), result.apiP95(), result.baseP50(),
                result.baseP95(), result.target(), note));
        return note;
    }

    /** The town's enforcement ledger as .xlsx (the ledger's export, no filter), API against raw SXSSF, with heap growth. */
    private void enforcementExport(long town) throws Exception {
        long cases = count("SELECT COUNT(*) FROM enforcement_case WHERE town_id = " + town);
        AtomicReference<HeapWatch.Growth> apiHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        AtomicReference<HeapWatch.Growth> rawHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        AtomicInteger rawRows = new AtomicInteger();
        Comparison.Side api = () -> apiHeap.accumulateAndGet(HeapWatch.during(() -> {
            try (InputStream in = RestAssured.given().auth().oauth2(Tokens.of("admin")).accept(XLSX)
                    .get("/api/v1/enforcement-cases/export.xlsx").then().statusCode(200).extract().asInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }), DistrictBenchTest::larger);
        Comparison.Side raw = () -> rawHeap.accumulateAndGet(HeapWatch.during(() -> rawRows.set(RawExcel.enforcementLedger(dataSource,
                town, OutputStream.nullOutputStream()))), DistrictBenchTest::larger);
        Comparison.Result result = Comparison.measure(String.format(Locale.ROOT, "enforcement ledger export, %,d cases (xlsx)", cases),
                scale.name(), Comparison.Target.ratio(1.3), 1, Integer.getInteger("bench.export.samples", 3), api, raw, null);
        assertEquals(cases, rawRows.get());
        results.add(new Comparison.Result(result.operation(), result.scale(), result.apiP50(), result.apiP95(), result.baseP50(),
                result.baseP95(), result.target(), String.format(Locale.ROOT, "heap growth, retained after collections: API %d MB, raw %d MB;"
                        + " sampled peak: API %d MB, raw %d MB", apiHeap.get().retained() >> 20, rawHeap.get().retained() >> 20,
                        apiHeap.get().peak() >> 20, rawHeap.get().peak() >> 20)));
    }

    private static HeapWatch.Growth larger(HeapWatch.Growth a, HeapWatch.Growth b) {
        return new HeapWatch.Growth(Math.max(a.retained(), b.retained()), Math.max(a.peak(), b.peak()), a.collections() + b.collections());
    }

    /** The paper-ledger import of closed-out rows, API against a SAX read and JDBC batch insert of the same rows. */
    private String importLedger(long demoTown) throws Exception {
        YearMonth month = YearMonth.now(SeedContext.ZONE).minusMonths(2);
        long unit = Fixtures.createLedgerUnit(month);
        long unitTown = count("SELECT town_id FROM unit WHERE id = " + unit);
        AtomicInteger round = new AtomicInteger();
        AtomicReference<HeapWatch.Growth> apiHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        AtomicReference<HeapWatch.Growth> rawHeap = new AtomicReference<>(new HeapWatch.Growth(0, 0, 0));
        Comparison.Side api = () -> {
            byte[] sheet = ledgerSheet(month, "A" + round.incrementAndGet());
            apiHeap.accumulateAndGet(HeapWatch.during(() -> {
                int created = RestAssured.given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.MULTIPART)
                        .multiPart("file", "bench.xlsx", sheet, XLSX).post("/api/v1/units/" + unit + "/ledgers/" + month + "/import")
                        .then().statusCode(200).extract().jsonPath().getInt("created");
                assertEquals(IMPORT_ROWS, created);
            }), DistrictBenchTest::larger);
        };
        Comparison.Side raw = () -> {
            String run = "B" + round.incrementAndGet();
            byte[] sheet = ledgerSheet(month, run);
            rawHeap.accumulateAndGet(HeapWatch.during(() -> assertEquals(IMPORT_ROWS, RawExcel.importLedger(dataSource, sheet, unitTown, unit,
                    "R" + run + "-"))), DistrictBenchTest::larger);
        };
        Comparison.Result result = Comparison.measure(String.format(Locale.ROOT, "Excel import, %,d closed-out rows", IMPORT_ROWS),
                scale.name(), Comparison.Target.ratio(1.5), 1, Integer.getInteger("bench.import.samples", 3), api, raw);
        // the sheet (built before the work) and the upload's copies are in both sides' figures
        String note = String.format(Locale.ROOT, "each row a closed hazard with 6 steps and a close-out entry (API: audited too); heap growth"
                        + " (target ≤ 256 MB), retained after collections: API %d MB, raw %d MB; sampled peak, garbage included: API %d MB, raw %d MB",
                apiHeap.get().retained() >> 20, rawHeap.get().retained() >> 20, apiHeap.get().peak() >> 20, rawHeap.get().peak() >> 20);
        results.add(new Comparison.Result(result.operation(), result.scale(), result.apiP50(), result.apiP95(), result.baseP50(),
                result.baseP95(), result.target(), note));
        return note;
    }

    /** A paper ledger of the month whose rows differ from every other round's (the import skips rows it has seen). */
    private static byte[] ledgerSheet(YearMonth month, String round) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < IMPORT_ROWS; i++) {
            LocalDate found = month.atDay(1 + i % 28);
            rows.add(new ArrayList<>(Arrays.asList(i + 1, null, found.toString(), "部位" + round + "-" + i,
                    "导入基准隐患 " + round + "-" + i, "物", "一般", "整改", "王五", found.plusDays(30).toString(), "100",
                    found.plusDays(10).toString(), "赵六", found.plusDays(12).toString(), found.plusDays(13).toString())));
        }
        return Sheets.workbook(Sheets.HEADERS, rows);
    }

    private Long unitOf(String login) {
        List<Long> units = new ArrayList<>();
        try (var connection = dataSource.getConnection();
             var statement = Baselines.prepare(connection, "SELECT unit_id FROM person WHERE login = ?", List.of(login));
             var rs = statement.executeQuery()) {
            while (rs.next()) {
                units.add(rs.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return units.isEmpty() ? null : units.get(0);
    }

    private long count(String sql) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String report(DistrictSeed.Result seed, long townHazards, String export, String importNote) {
        Runtime runtime = Runtime.getRuntime();
        long seedRows = seed.steps().stream().mapToLong(DistrictSeed.Step::rows).sum();
        StringBuilder out = new StringBuilder("# Anjian benchmarks\n\n");
        out.append(String.format(Locale.ROOT, "Run %s, scale `%s`: %d town(s) × %d units × %d years; %,d hazards in all, %,d in the demo town"
                        + " (measured as its demo users).%n%n", OffsetDateTime.now(ZoneOffset.UTC).withNano(0), scale.name(), scale.towns(),
                scale.unitsPerTown(), scale.years(), scale.hazards(), townHazards));
        out.append(String.format(Locale.ROOT, "Machine: %d cores, %s %s, Java %s, max heap %d MB (backend and test in one JVM);"
                        + " database: MariaDB (make bench's embedded one, or ANJIAN_TEST_DB_URL).%n%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"), runtime.maxMemory() >> 20));
        out.append("Seed (bulk SQL, seeded random):\n\n| generator | rows | ms | rows/s |\n|---|---|---|---|\n");
        for (DistrictSeed.Step step : seed.steps()) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f |%n", step.name(), step.rows(), step.millis(),
                    step.rows() * 1000.0 / Math.max(1, step.millis())));
        }
        out.append(String.format(Locale.ROOT, "| all | %,d | %,d | %,.0f |%n%n", seedRows, seed.millis(), seedRows * 1000.0 / Math.max(1, seed.millis())));
        out.append(String.format(Locale.ROOT, "First the API is warmed for %d s with every kind of request measured (the JIT compiles a method"
                + " fully only after thousands of calls; a server that has been answering all day is compiled). Each line: warm-up rounds"
                + " of both sides (at least %d, then up to %d while they take less than %d s in all), then %d samples of each side, API and baseline alternating"
                + " (requests of a few ms — notifications, units, people, detail, board, ledger lines, /me — %d samples;"
                + " exports: 1 warm-up, %d samples; imports: 1 warm-up, %d samples; a slow pair stops after %d s with at least %d). Lists: the page of 20 and its total; baselines are hand-written SQL"
                + " through JDBC with the same scope, filters, order and information as the API (hazards and close-outs in the API's"
                + " two steps: the page's ids in index order, then those rows by id), raw SXSSF from a ResultSet, SAX read plus JDBC batch insert."
                + " Targets are the issue's, set for `district` scale.%n%n", Long.getLong("bench.warmup.global", 20), LIST_WARM_UP, Comparison.WARM_UP_ROUNDS,
                Comparison.WARM_UP_SECONDS, LIST_SAMPLES, SMALL_SAMPLES,
                Integer.getInteger("bench.export.samples", 3), Integer.getInteger("bench.import.samples", 3), Comparison.BUDGET_SECONDS, Comparison.MIN_SAMPLES));
        out.append(Comparison.HEADER).append('\n');
        for (Comparison.Result result : results) {
            out.append(result.row()).append('\n');
        }
        long passed = results.stream().filter(Comparison.Result::pass).count();
        out.append(String.format(Locale.ROOT, "%n%d of %d targets met.%n", passed, results.size()));
        return out.toString();
    }

}
