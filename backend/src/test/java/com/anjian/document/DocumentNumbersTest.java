package com.anjian.document;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.unit.Unit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Document numbers against the real database: gap-free per issuing unit, kind and year, whoever
 * takes them at the same instant, and a number whose document was never recorded (its transaction
 * rolled back) goes to the next document instead of leaving a hole in the register.
 */
@QuarkusTest
class DocumentNumbersTest {

    private static final int ISSUERS = 20;

    @Inject
    DocumentNumbers numbers;

    @Test
    void twentyIssuersAtOnceGetOneToTwentyExactly() {
        long office = Fixtures.createOffice(Fixtures.unique("文书办")).jsonPath().getLong("id");

        List<DocumentNumber> issued = race(ISSUERS, i -> issue(office, DocumentKind.PENALTY_DECISION, 2026, false));

        assertEquals(0, issued.stream().filter(Objects::isNull).count(), "every issue committed");
        assertEquals(IntStream.rangeClosed(1, ISSUERS).boxed().toList(), issued.stream().map(DocumentNumber::sequence).sorted().toList());
        assertEquals(ISSUERS, issued.stream().map(DocumentNumber::text).distinct().count(), "each issuer was told its own number");
        assertEquals(ISSUERS, Db.count("SELECT value FROM document_counter WHERE unit_id = ? AND kind = 'PENALTY_DECISION' AND year = 2026", office));
    }

    @Test
    void aRolledBackIssueAmongConcurrentOnesLeavesNoGap() {
        long office = Fixtures.createOffice(Fixtures.unique("文书办")).jsonPath().getLong("id");

        // the 21st issuer takes a number and then fails while the others wait for the counter
        List<DocumentNumber> issued = race(ISSUERS + 1, i -> issue(office, DocumentKind.RECTIFICATION_ORDER, 2026, i == 7));

        assertEquals(1, issued.stream().filter(Objects::isNull).count(), "one issue rolled back");
        assertEquals(IntStream.rangeClosed(1, ISSUERS).boxed().toList(),
                issued.stream().filter(Objects::nonNull).map(DocumentNumber::sequence).sorted().toList());
        assertEquals(ISSUERS, Db.count("SELECT value FROM document_counter WHERE unit_id = ? AND kind = 'RECTIFICATION_ORDER' AND year = 2026", office));
    }

    @Test
    void aRolledBackIssueGivesItsNumberToTheNextDocument() {
        long office = Fixtures.createOffice(Fixtures.unique("文书办")).jsonPath().getLong("id");

        assertEquals(1, issue(office, DocumentKind.ON_SITE_RECORD, 2026, false).sequence());
        assertThrows(RuntimeException.class, () -> issue(office, DocumentKind.ON_SITE_RECORD, 2026, true));
        assertEquals(2, issue(office, DocumentKind.ON_SITE_RECORD, 2026, false).sequence());
    }

    @Test
    void eachUnitKindAndYearCountsFromOne() {
        long office = Fixtures.createOffice(Fixtures.unique("文书办")).jsonPath().getLong("id");
        long other = Fixtures.createOffice(Fixtures.unique("文书办")).jsonPath().getLong("id");

        assertEquals(1, issue(office, DocumentKind.PENALTY_NOTICE, 2026, false).sequence());
        assertEquals(2, issue(office, DocumentKind.PENALTY_NOTICE, 2026, false).sequence());
        assertEquals(1, issue(office, DocumentKind.PENALTY_NOTICE, 2027, false).sequence());
        assertEquals(1, issue(office, DocumentKind.PENALTY_DECISION, 2026, false).sequence());
        assertEquals(1, issue(other, DocumentKind.PENALTY_NOTICE, 2026, false).sequence());
        assertEquals(3, issue(office, DocumentKind.PENALTY_NOTICE, 2026, false).sequence());
    }

    @Test
    void numbersCarryTheUnitsOwnPrefixOrOneMadeOfTheTownsAndTheUnitsNames() {
        long economy = Fixtures.unitId("经发办");
        DocumentNumber derived = issue(economy, DocumentKind.RECTIFICATION_ORDER, 2021, false);
        assertEquals("东溪经发责改〔2021〕" + derived.sequence() + "号", derived.text());

        var created = Fixtures.createOffice(Fixtures.unique("前缀办"));
        long office = created.jsonPath().getLong("id");
        var input = Fixtures.officeInput(created.jsonPath().getString("name"));
        input.put("documentPrefix", "东溪安");
        input.put("version", 0);
        Api.as("admin").body(input).put("/api/v1/units/" + office).then().statusCode(200);
        assertEquals("东溪安罚决〔2026〕1号", issue(office, DocumentKind.PENALTY_DECISION, 2026, false).text());
    }

    /** Takes a number in a transaction of its own, which then commits or (failing) rolls back. */
    private DocumentNumber issue(long unitId, DocumentKind kind, int year, boolean fail) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DocumentNumber number = numbers.next(Unit.findById(unitId), kind, year);
            if (fail) {
                // hold the counter a moment so the others queue behind this transaction
                Thread.sleep(300);
                throw new IllegalStateException("the document could not be recorded");
            }
            return number;
        });
    }

    /** Runs the issuers on as many threads released together; a failed issuer's place holds null. */
    private static List<DocumentNumber> race(int issuers, IntFunction<DocumentNumber> issue) {
        ExecutorService pool = Executors.newFixedThreadPool(issuers);
        CountDownLatch ready = new CountDownLatch(issuers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<DocumentNumber>> futures = new ArrayList<>();
            for (int i = 0; i < issuers; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return issue.apply(index);
                    } catch (RuntimeException rolledBack) {
                        return null;
                    }
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<DocumentNumber> results = new ArrayList<>();
            for (Future<DocumentNumber> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("race failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
