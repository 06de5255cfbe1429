package com.anjian.ledger;

import com.anjian.common.time.BusinessClock;
import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static com.anjian.support.Ledgers.row;
import static com.anjian.support.Ledgers.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile file names and dates in ledger uploads: refused by the same rules as the API, never a 500. */
@QuarkusTest
class LedgerImportHardeningTest {

    @Test
    void oddFileNamesAreStoredSanelyAndNeverFailTheImport() {
        long unit = Fixtures.createLedgerUnit(null);
        YearMonth month = Ledgers.thisMonth();
        String longName = "很长的名字".repeat(600) + ".xlsx";
        List<String> names = List.of("/", "a\u0000b\u0007c.xlsx", longName, "..\\..\\etc\\passwd", "C:\\Users\\王\\九月台账.xlsx",
                "\u202Egnp.xlsx", "  \t ");
        List<String> stored = List.of("台账.xlsx", "abc.xlsx", longName.substring(0, 200), "passwd", "九月台账.xlsx",
                "gnp.xlsx", "台账.xlsx");
        for (String name : names) {
            upload("admin", unit, month, name, Ledgers.sheetOf(Ledgers.today(), Fixtures.unique("文件名"))).then().statusCode(200)
                    .body("created", equalTo(1));
        }
        Response imports = Api.as("admin").get(Ledgers.path(unit, month) + "/imports");
        imports.then().statusCode(200);
        // newest first
        List<String> filenames = new java.util.ArrayList<>(imports.jsonPath().getList("filename"));
        java.util.Collections.reverse(filenames);
        assertEquals(stored, filenames);
    }

    @Test
    void theOriginNoteInTheTimelineHoldsATruncatedName() {
        long unit = Fixtures.createLedgerUnit(null);
        String tag = Fixtures.unique("长文件名");
        upload("admin", unit, Ledgers.thisMonth(), "名".repeat(3000) + ".xlsx", Ledgers.sheetOf(Ledgers.today(), tag))
                .then().statusCode(200);
        long id = Api.as("admin").queryParam("q", tag).get("/api/v1/hazards").jsonPath().getLong("items[0].id");
        String note = Api.as("admin").get("/api/v1/hazards/" + id).jsonPath().getString("timeline[0].note");
        assertTrue(note.contains("名".repeat(200)) && !note.contains("名".repeat(201)), note);
        assertTrue(note.length() < 300, "a short note: " + note.length());
    }

    @Test
    void datesFollowTheSameRulesAsTheApi() {
        // Pinned mid-month, so "tomorrow" is still inside the month being imported.
        QuarkusMock.installMockForType(BusinessClock.fixed(Instant.parse("2026-11-15T02:00:00Z"), Ledgers.SHANGHAI), BusinessClock.class);
        long unit = Fixtures.createLedgerUnit(YearMonth.of(2025, 1));
        byte[] sheet = Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, "2026-11-16", "村道", Fixtures.unique("明天发现"), "物", "一般"),
                row(2, null, "2025-11-13", "村道", Fixtures.unique("太久以前"), "物", "一般"),
                row(3, null, "2025-11-14", "村道", Fixtures.unique("刚好一年"), "物", "一般", "整改", "王五", "2150-01-01"),
                row(4, null, "1999-12-31", "村道", Fixtures.unique("上世纪"), "物", "一般"),
                row(5, null, "2026-11-10", "村道", Fixtures.unique("完成于未来"), "物", "一般", "整改", "王五", "2026-11-30", null,
                        "2026-11-20")));
        upload("admin", unit, "2026-11", "dates.xlsx", sheet).then().statusCode(400)
                .body("errors.message", hasItem("第 4 行「发现日期」：不能晚于今天"))
                .body("errors.message", hasItem("第 5 行「发现日期」：不能早于 2025-11-14：发现日期最多可追溯 366 天"))
                .body("errors.message", hasItem("第 6 行「整改期限」：日期须在 2000-01-01 至 2099-12-31 之间"))
                .body("errors.message", hasItem("第 7 行「发现日期」：日期须在 2000-01-01 至 2099-12-31 之间"))
                .body("errors.message", hasItem("第 8 行「完成日期」：不能晚于今天"))
                .body("errors.size()", equalTo(5));
        // The one row on the boundary (exactly the allowed age) goes in once the others are fixed.
        upload("admin", unit, "2026-11", "ok.xlsx", Sheets.workbook(Sheets.HEADERS, List.of(
                row(1, null, "2025-11-14", "村道", Fixtures.unique("刚好一年"), "物", "一般", "整改", "王五", "2025-12-01"),
                row(2, null, "2026-11-15", "村道", Fixtures.unique("今天"), "物", "一般"))))
                .then().statusCode(200).body("created", equalTo(2));
    }

    @Test
    void aFutureMonthTakesNoImport() {
        long unit = Fixtures.createLedgerUnit(null);
        upload("admin", unit, Ledgers.thisMonth().plusMonths(1), "next.xlsx", Ledgers.sheetOf(Ledgers.today(), Fixtures.unique("下月")))
                .then().statusCode(400).body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("尚未到来"));
    }
}
