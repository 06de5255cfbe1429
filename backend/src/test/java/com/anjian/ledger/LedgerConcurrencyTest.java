package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Ledgers;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.anjian.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import beside a submit, and an import beside the town's other work. */
@QuarkusTest
class LedgerConcurrencyTest {

    @Test
    void anImportBesideASubmitIsEitherInTheSnapshotOrRefused() throws Exception {
        YearMonth first = Ledgers.thisMonth().minusMonths(10);
        long unit = Fixtures.createLedgerUnit(first);
        // One hazard left open in the first month is a line of every later month, so a submit never needs
        // a nil return, and the later months' ledgers do not exist until a round touches them.
        Ledgers.upload("admin", unit, first, "seed.xlsx", Ledgers.sheetOf(first.atDay(1), Fixtures.unique("已有"))).then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int imported = 0, refused = 0;
        try {
            for (int i = 1; i <= 10; i++) {
                YearMonth month = first.plusMonths(i);
                String tag = Fixtures.unique("并发导入");
                String[] descriptions = new String[40];
                for (int n = 0; n < descriptions.length; n++) {
                    descriptions[n] = tag + " 第" + n + "条";
                }
                byte[] sheet = Ledgers.sheetOf(month.atDay(1), descriptions);
                // Odd rounds submit once the import has got as far as the ledger's row (it takes the lock
                // next); even rounds submit at once, while the import is still reading its file.
                boolean submitAfterImportStarts = i % 2 == 1;
                CountDownLatch start = new CountDownLatch(1);
                Future<Response> upload = pool.submit(() -> {
                    start.await();
                    return Ledgers.upload("admin", unit, month, "并发.xlsx", sheet);
                });
                Future<Response> submit = pool.submit(() -> {
                    start.await();
                    if (submitAfterImportStarts) {
                        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                        while (System.nanoTime() < until
                                && Api.as("admin").get(Ledgers.path(unit, month)).jsonPath().get("id") == null) {
                            Thread.sleep(20);
                        }
                    }
                    return Ledgers.submit("admin", unit, month, 0, false);
                });
                start.countDown();
                int uploadStatus = upload.get(300, TimeUnit.SECONDS).statusCode();
                assertEquals(200, submit.get(300, TimeUnit.SECONDS).statusCode(), "the submit goes through");
                List<String> snapshot = Api.as("admin").get(Ledgers.path(unit, month)).then().statusCode(200)
                        .body("state", org.hamcrest.Matchers.equalTo("SUBMITTED"))
                        .extract().jsonPath().getList("lines.description");
                long inSnapshot = snapshot.stream().filter(d -> d.startsWith(tag)).count();
                long existing = Api.as("admin").queryParam("unitId", unit).queryParam("q", tag).get("/api/v1/hazards")
                        .jsonPath().getLong("total");
                if (uploadStatus == 200) {
                    imported++;
                    assertEquals(40, inSnapshot, "round " + i + ": the import went in, so the snapshot has all its rows");
                } else {
                    refused++;
                    assertEquals(409, uploadStatus, "round " + i + ": an import after the submit is refused as a conflict");
                    assertEquals(0, existing, "round " + i + ": a refused import created nothing");
                    assertEquals(0, inSnapshot);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("import beside submit: %d imported first, %d refused after the submit%n", imported, refused);
        assertTrue(imported > 0 && refused > 0, "both orders happened: " + imported + " imported, " + refused + " refused");
    }

    /**
     * A 10,000-row import runs in one thread; reports and close-outs in the same town, made meanwhile
     * in another, each finish in a moment, long before the import does: the import takes the town's
     * numbers only in one short step before it commits, and close-out numbers stay gap-free.
     */
    @Test
    void reportsAndClosesInTheTownAreNotHeldUpByABigImport() throws Exception {
        int size = 10_000;
        long unit = Fixtures.createLedgerUnit(Ledgers.thisMonth().minusMonths(11));
        long town = com.anjian.support.Db.count("SELECT town_id FROM unit WHERE id = ?", unit);
        YearMonth month = Ledgers.thisMonth().minusMonths(1);
        String tag = Fixtures.unique("大批导入");
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate found = month.atDay(1 + i % 20);
            // Most rows fully closed out, so close-out numbers are taken too.
            rows.add(i % 5 != 0
                    ? row(i + 1, null, found.toString(), "部位" + i, tag + " " + i, "物", "一般", "整改", "王五",
                    found.plusDays(20).toString(), "100", found.plusDays(5).toString(), "赵六", found.plusDays(6).toString(),
                    found.plusDays(7).toString())
                    : row(i + 1, null, found.toString(), "部位" + i, tag + " " + i, "物", "一般"));
        }
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, rows);
        List<Long> closable = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long id = Hazards.readyForVerification();
            Hazards.verify("admin", id);
            closable.add(id);
        }
        assertEquals(town, com.anjian.support.Db.count("SELECT town_id FROM hazard WHERE id = ?", closable.get(0)), "same town");
        // Warm up both paths, so the first measured call is not the first of the run.
        Api.as("officer").body(Hazards.reportInput("白云寺村", "GAS")).post("/api/v1/hazards").then().statusCode(201);
        Hazards.close("admin", closable.remove(0));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            long started = System.nanoTime();
            Future<Response> upload = pool.submit(() -> Ledgers.upload("admin", unit, month, "大批.xlsx", sheet));
            Thread.sleep(1000); // the upload is read and checked before it writes; let it get going
            List<Long> latencies = new ArrayList<>();
            long lastFinished = 0;
            int reports = 0, closes = 0;
            // Every call started while the import runs counts, however long it then waits.
            while (!upload.isDone()) {
                long t = System.nanoTime();
                Api.as("officer").body(Hazards.reportInput("白云寺村", "GAS")).post("/api/v1/hazards").then().statusCode(201);
                latencies.add((System.nanoTime() - t) / 1_000_000);
                reports++;
                if (!closable.isEmpty() && !upload.isDone()) {
                    t = System.nanoTime();
                    Hazards.close("admin", closable.remove(0));
                    latencies.add((System.nanoTime() - t) / 1_000_000);
                    closes++;
                }
                lastFinished = System.nanoTime();
                Thread.sleep(200);
            }
            Response imported = upload.get();
            long importEnded = System.nanoTime();
            long importMillis = (importEnded - started) / 1_000_000;
            imported.then().statusCode(200);
            assertEquals(size, imported.jsonPath().getInt("created"));
            long slowest = latencies.stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf("10,000-row import took %d ms; %d reports and %d close-outs meanwhile, slowest %d ms: %s%n",
                    importMillis, reports, closes, slowest, latencies);
            assertTrue(reports >= 3 && closes >= 2, "reports and close-outs were made while the import ran: " + latencies);
            assertTrue(lastFinished < importEnded, "they finished before the import did");
            // Had the import held the town's counters while it wrote, a call made meanwhile would wait for
            // the rest of it (seconds to tens of seconds); now only for its last short step, if at all.
            assertTrue(slowest < 3000 && slowest * 2 < importMillis, "no call waited for the import: " + latencies + " import " + importMillis + " ms");
        } finally {
            pool.shutdownNow();
        }
        // Close-out numbers of the town this year: unique and gap-free, the import's included.
        String prefix = "XH" + Ledgers.thisMonth().getYear() + "-";
        List<String> numbers = com.anjian.support.Db.strings("SELECT closeout_no FROM closeout_entry WHERE town_id = ? AND closeout_no LIKE ?",
                town, prefix + "%");
        List<Integer> sorted = numbers.stream().map(n -> Integer.parseInt(n.substring(prefix.length()))).sorted().toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, sorted.size()).boxed().toList(), sorted, "gap-free and unique");
    }
}
