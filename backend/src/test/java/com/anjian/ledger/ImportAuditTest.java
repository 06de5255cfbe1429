package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Db;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.anjian.support.Ledgers.row;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import writes its hazards, steps and close-out entries in bulk, and their audit rows with them:
 * each audit row must hold exactly what was written, with the real numbers (never a placeholder), in
 * one revision of the caller, and the hazard's history must show its creation as for any other.
 */
@QuarkusTest
class ImportAuditTest {

    @Test
    void everyRowTheImportWritesHasItsAuditRowInOneRevisionOfTheCaller() {
        long unit = Fixtures.createLedgerUnit(Ledgers.thisMonth().minusMonths(3));
        YearMonth month = Ledgers.thisMonth().minusMonths(1);
        LocalDate found = month.atDay(2);
        String tag = Fixtures.unique("审计批量");
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, found.toString(), "村道", tag + " 一", "物", "一般", "整改", "王五", found.plusDays(20).toString(), "100",
                        found.plusDays(5).toString(), "赵六", found.plusDays(6).toString(), found.plusDays(7).toString(), "已整改"),
                row(2, null, found.toString(), "村道", tag + " 二", "人", "一般")));
        Ledgers.upload("admin", unit, month, "审计.xlsx", sheet).then().statusCode(200).body("created", equalTo(2));

        List<Long> hazards = Db.longs("SELECT id FROM hazard WHERE description LIKE ? ORDER BY id", tag + "%");
        assertEquals(2, hazards.size());
        List<Long> revisions = Db.longs("SELECT DISTINCT rev FROM hazard_aud WHERE id IN (?, ?)", hazards.get(0), hazards.get(1));
        assertEquals(1, revisions.size(), "one revision: " + revisions);
        long rev = revisions.get(0);
        assertEquals(List.of("admin"), Db.strings("SELECT actor FROM audit_revision WHERE id = ?", rev));
        assertEquals(1, Db.count("SELECT COUNT(*) FROM ledger_import_aud a JOIN ledger_import i ON i.id = a.id"
                + " WHERE a.rev = ? AND i.unit_id = ?", rev, unit), "the import's own record is in the same revision");

        for (String[] table : new String[][]{{"hazard", "id"}, {"hazard_event", "hazard_id"}, {"closeout_entry", "hazard_id"}}) {
            List<String> columns = Db.strings("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND table_name = ? AND column_name NOT IN ('rev', 'revtype') ORDER BY ordinal_position", table[0] + "_aud");
            String compared = String.join(" AND ", columns.stream().map(c -> "a." + c + " <=> t." + c).toList());
            long written = Db.count("SELECT COUNT(*) FROM " + table[0] + " t WHERE t." + table[1] + " IN (?, ?)", hazards.get(0), hazards.get(1));
            long audited = Db.count("SELECT COUNT(*) FROM " + table[0] + " t JOIN " + table[0] + "_aud a ON a.id = t.id AND a.rev = ?"
                    + " AND a.revtype = 0 AND " + compared + " WHERE t." + table[1] + " IN (?, ?)", rev, hazards.get(0), hazards.get(1));
            assertTrue(written > 0, table[0]);
            assertEquals(written, audited, table[0] + ": every row audited as written, in every audited column " + columns);
        }
        assertEquals(6, Db.count("SELECT COUNT(*) FROM hazard_event_aud WHERE rev = ? AND hazard_id = ?", rev, hazards.get(0)),
                "the closed row's six steps");
        List<String> serials = Db.strings("SELECT serial FROM hazard_aud WHERE rev = ? AND id IN (?, ?)", rev, hazards.get(0), hazards.get(1));
        assertTrue(serials.stream().allMatch(s -> s.matches("YH\\d{4}-\\d{4,}")), "real numbers in the audit: " + serials);
        assertTrue(Db.strings("SELECT closeout_no FROM closeout_entry_aud WHERE rev = ?", rev).stream()
                .allMatch(s -> s.matches("XH\\d{4}-\\d{4,}")));
        Api.as("admin").get("/api/v1/hazards/" + hazards.get(0) + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("CREATE")).body("items[0].actor", equalTo("admin"));
    }
}
