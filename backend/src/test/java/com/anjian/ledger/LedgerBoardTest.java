package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The emergency office's board: the months it shows by default and which cells count as missing. */
@QuarkusTest
class LedgerBoardTest {

    @Test
    void theBoardByDefaultEndsWithTheMonthNowBeingFiled() {
        YearMonth now = Ledgers.thisMonth();
        Api.as("admin").get("/api/v1/ledgers/board").then().statusCode(200)
                .body("months.period", hasSize(6))
                .body("months.period", contains(now.minusMonths(5).toString(), now.minusMonths(4).toString(),
                        now.minusMonths(3).toString(), now.minusMonths(2).toString(), now.minusMonths(1).toString(), now.toString()));
    }

    @Test
    void monthsBeforeAUnitOwedLedgersAreNotRequiredAndNotCountedMissing() {
        YearMonth now = Ledgers.thisMonth();
        long unit = Fixtures.createLedgerUnit(now.minusMonths(2));
        Api.as("admin").get("/api/v1/units/" + unit).then().statusCode(200)
                .body("ledgersDueFrom", equalTo(now.minusMonths(2).toString()));
        String row = "rows.find { it.unitId == " + unit + " }";
        Response board = Api.as("admin").queryParam("from", now.minusMonths(4).toString()).queryParam("to", now.toString())
                .get("/api/v1/ledgers/board");
        board.then().statusCode(200)
                .body(row + ".cells.state", contains("NOT_REQUIRED", "NOT_REQUIRED", "MISSING", owed(now.minusMonths(1)), "PENDING"))
                .body(row + ".missing", equalTo("MISSING".equals(owed(now.minusMonths(1))) ? 2 : 1));
        // The town's counts of missing returns leave the unit out for the months it owed nothing.
        int before = board.jsonPath().getInt("months[0].missing");
        long other = Fixtures.createLedgerUnit(now.minusMonths(2));
        Api.as("admin").queryParam("from", now.minusMonths(4).toString()).queryParam("to", now.toString())
                .get("/api/v1/ledgers/board").then()
                .body("rows.find { it.unitId == " + other + " }.cells[0].state", equalTo("NOT_REQUIRED"))
                .body("months[0].missing", equalTo(before));

        // Its ledger for such a month lists nothing, asks for nothing, and cannot be submitted.
        Api.as("admin").get(Ledgers.path(unit, now.minusMonths(3))).then().statusCode(200)
                .body("required", equalTo(false)).body("overdue", equalTo(false))
                .body("lines", hasSize(0)).body("allowedActions", hasSize(0));
        Ledgers.submit("admin", unit, now.minusMonths(3), 0, true).then().statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("本单位自 " + now.minusMonths(2).getYear() + " 年 "
                        + now.minusMonths(2).getMonthValue() + " 月起报送月度台账，此前的月份无需报送"));
        Ledgers.upload("admin", unit, now.minusMonths(3), "early.xlsx",
                Ledgers.sheetOf(now.minusMonths(3).atDay(1), Fixtures.unique("早"))).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        Ledgers.submit("admin", unit, now.minusMonths(2), 0, true).then().statusCode(200);
    }

    @Test
    void aHazardFoundBeforeTheUnitOwedLedgersIsOnlyInTheLedgersItOwes() {
        YearMonth now = Ledgers.thisMonth();
        long unit = Fixtures.createLedgerUnit(now.minusMonths(1));
        String tag = Fixtures.unique("早年隐患");
        // Found four months ago, still open: it belongs in every ledger the unit owes, and in no other.
        Ledgers.upload("admin", unit, now.minusMonths(1), "old.xlsx", Ledgers.sheetOf(now.minusMonths(4).atDay(2), tag))
                .then().statusCode(200);
        for (int back = 2; back <= 4; back++) {
            Api.as("admin").get(Ledgers.path(unit, now.minusMonths(back))).then().body("lines", hasSize(0));
        }
        Api.as("admin").get(Ledgers.path(unit, now.minusMonths(1))).then().body("lines.description", contains(tag));
        Api.as("admin").get(Ledgers.path(unit, now)).then().body("lines.description", contains(tag));
    }

    @Test
    void aUnitsFirstLedgerMonthIsAMonthNotInTheFuture() {
        YearMonth now = Ledgers.thisMonth();
        Map<String, Object> input = new java.util.HashMap<>(Fixtures.officeInput(Fixtures.unique("办")));
        input.put("ledgersDueFrom", now.plusMonths(1).toString());
        Api.as("admin").body(input).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("ledgersDueFrom"));
        input.put("ledgersDueFrom", "2026-13");
        Api.as("admin").body(input).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("ledgersDueFrom"));
        input.put("ledgersDueFrom", "1999-12");
        Api.as("admin").body(input).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].field", equalTo("ledgersDueFrom"));
        input.remove("ledgersDueFrom");
        Response created = Api.as("admin").body(input).post("/api/v1/units");
        created.then().statusCode(201).body("ledgersDueFrom", equalTo(now.toString()));
        // An update without it keeps it; with it, moves it.
        long id = created.jsonPath().getLong("id");
        input.put("version", created.jsonPath().getLong("version"));
        Response same = Api.as("admin").body(input).put("/api/v1/units/" + id);
        same.then().statusCode(200).body("ledgersDueFrom", equalTo(now.toString()));
        input.put("version", same.jsonPath().getLong("version"));
        input.put("ledgersDueFrom", now.minusMonths(3).toString());
        Api.as("admin").body(input).put("/api/v1/units/" + id).then().statusCode(200)
                .body("ledgersDueFrom", equalTo(now.minusMonths(3).toString()));
        Api.as("admin").get("/api/v1/units/" + id + "/ledgers/" + now.minusMonths(3)).then().body("required", equalTo(true))
                .body("returnedReason", nullValue());
    }

    /** A month's unsubmitted ledger: missing once its due day (the 5th of the next month) has passed. */
    private static String owed(YearMonth month) {
        return Ledgers.today().isAfter(month.plusMonths(1).atDay(5)) ? "MISSING" : "PENDING";
    }
}
