package com.anjian.ledger;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Ledgers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A ledger keeps every submission it ever had, and shows who did what to it when. */
@QuarkusTest
class LedgerHistoryTest {

    @Test
    void aResubmissionKeepsTheReturnedVersionAndTheHistoryShowsEveryStep() {
        YearMonth month = Ledgers.thisMonth().minusMonths(1);
        long unit = Fixtures.createLedgerUnit(month.minusMonths(2));
        String path = Ledgers.path(unit, month);
        String first = Fixtures.unique("第一版隐患");
        String second = Fixtures.unique("补报隐患");
        Ledgers.upload("admin", unit, month, "一月.xlsx", Ledgers.sheetOf(month.atDay(3), first)).then().statusCode(200);

        Response submitted = Api.as("admin").body(Map.of("version", 0, "nilReturn", false, "note", "首次报送")).post(path + "/submit");
        submitted.then().statusCode(200).body("state", equalTo("SUBMITTED")).body("submissionNo", equalTo(1))
                .body("history.action", contains("IMPORT", "SUBMIT"))
                .body("history[0].text", equalTo("一月.xlsx")).body("history[0].rows", equalTo(1))
                .body("history[1].submissionNo", equalTo(1)).body("history[1].text", equalTo("首次报送"))
                .body("history[1].actor", equalTo("admin")).body("history[1].actorName", equalTo("王立新"));

        Response returned = Api.as("admin").body(Map.of("version", submitted.jsonPath().getLong("version"), "reason", "请补报漏填的隐患"))
                .post(path + "/return");
        returned.then().statusCode(200).body("state", equalTo("RETURNED")).body("returnedReason", equalTo("请补报漏填的隐患"))
                .body("submissionNo", equalTo(1)).body("snapshot", equalTo(false))
                .body("history.action", contains("IMPORT", "SUBMIT", "RETURN"))
                .body("history[2].text", equalTo("请补报漏填的隐患")).body("history[2].submissionNo", equalTo(1));

        Ledgers.upload("admin", unit, month, "补报.xlsx", Ledgers.sheetOf(month.atDay(20), second)).then().statusCode(200);
        Response resubmitted = Api.as("admin").body(Map.of("version", returned.jsonPath().getLong("version"), "nilReturn", false))
                .post(path + "/submit");
        resubmitted.then().statusCode(200).body("state", equalTo("SUBMITTED")).body("submissionNo", equalTo(2))
                .body("returnedReason", nullValue()).body("returnedAt", nullValue())
                .body("lines.description", containsInAnyOrder(first, second));

        // The returned version is still there, as it was, with who returned it and why.
        Api.as("admin").get(path + "/submissions/1").then().statusCode(200)
                .body("no", equalTo(1)).body("unitId", equalTo((int) unit)).body("period", equalTo(month.toString()))
                .body("lines.description", contains(first)).body("note", equalTo("首次报送"))
                .body("returnedReason", equalTo("请补报漏填的隐患")).body("returnedBy", equalTo("admin"))
                .body("returnedByName", equalTo("王立新")).body("returnedAt", notNullValue()).body("acceptedAt", nullValue());
        Api.as("admin").get(path + "/submissions/2").then().statusCode(200)
                .body("lines.description", containsInAnyOrder(first, second)).body("returnedReason", nullValue());

        Api.as("admin").body(Map.of("version", resubmitted.jsonPath().getLong("version"))).post(path + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("returnedReason", nullValue()).body("acceptedAt", notNullValue())
                .body("history.action", contains("IMPORT", "SUBMIT", "RETURN", "IMPORT", "SUBMIT", "ACCEPT"))
                .body("history.submissionNo", contains(null, 1, 1, null, 2, 2));
        Api.as("admin").get(path + "/submissions/2").then().body("acceptedBy", equalTo("admin")).body("acceptedByName", equalTo("王立新"));
        Api.as("admin").get(path + "/submissions/3").then().statusCode(404);
        Api.as("admin").get(path + "/submissions/0").then().statusCode(404);

        Api.as("admin").get(path + "/imports").then().statusCode(200)
                .body("filename", contains("补报.xlsx", "一月.xlsx"))
                .body("rowsTotal", contains(1, 1)).body("rowsCreated", contains(1, 1))
                .body("importedBy", contains("admin", "admin")).body("importedByName", contains("王立新", "王立新"))
                .body("[0].importedAt", notNullValue()).body("[0].id", notNullValue());
    }

    @Test
    void onlyThoseWhoMayReadALedgerSeeItsVersionsAndImports() {
        long baiyun = Fixtures.unitId("白云寺村");
        YearMonth month = Ledgers.thisMonth();
        Ledgers.upload("officer", baiyun, month, "本村.xlsx", Ledgers.sheetOf(Ledgers.today(), Fixtures.unique("本村"))).then().statusCode(200);
        String path = Ledgers.path(baiyun, month);
        Api.as("officer").get(path + "/imports").then().statusCode(200).body("filename", org.hamcrest.Matchers.hasItem("本村.xlsx"));
        Api.as("leader").get(path + "/imports").then().statusCode(200);
        Api.as("officer2").get(path + "/imports").then().statusCode(403).contentType("application/problem+json");
        Api.as("officehead").get(path + "/submissions/1").then().statusCode(403);
        Api.asIntegration().get(path + "/imports").then().statusCode(403);
        Api.as("admin").get("/api/v1/units/999999999/ledgers/" + month + "/imports").then().statusCode(404);
        Api.as("admin").get("/api/v1/units/" + baiyun + "/ledgers/2026-1/imports").then().statusCode(400);
    }

    @Test
    void aNeverSubmittedLedgerHasNoVersionAndAnEmptyHistory() {
        long unit = Fixtures.createLedgerUnit(null);
        Api.as("admin").get(Ledgers.path(unit, Ledgers.thisMonth())).then().statusCode(200)
                .body("submissionNo", nullValue()).body("history", hasSize(0)).body("required", equalTo(true));
        Api.as("admin").get(Ledgers.path(unit, Ledgers.thisMonth()) + "/imports").then().statusCode(200).body("$", hasSize(0));
    }
}
