package com.anjian.common;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 6 A2/A4: every date the API accepts is an ISO "YYYY-MM-DD" string within DateRules, and
 * each date follows its own rule (found: not future, not too old; deadline: not past; done: not
 * future), in the caller's language and naming the field.
 */
@QuarkusTest
class DateInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** Not a date a person typed: years past 9999, an epoch day, year 0, no such day, other shapes. */
    private static final List<Object> NOT_DATES = List.of("+10000-01-01", 20260101, "0000-01-01", "1999-12-31",
            "2100-01-01", "2026-02-30", "2026-1-5", "2026-01-05T00:00:00", "", List.of(2026, 1, 5));

    private static ValidatableResponse invalid(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(PROBLEM).body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem(field));
    }

    private static Map<String, Object> report(Object foundOn) {
        Map<String, Object> input = Hazards.reportInput("白云寺村", "FIRE");
        input.put("foundOn", foundOn);
        return input;
    }

    @Test
    void aDateOutsideItsShapeOrRangeIsRefusedOnEveryField() {
        long id = Hazards.id(Hazards.reportGasHazard());
        for (Object bad : NOT_DATES) {
            invalid(Api.as("admin").body(report(bad)).post("/api/v1/hazards").then(), "foundOn");
            Map<String, Object> register = Hazards.registerInput(0, "GENERAL");
            register.put("deadline", bad);
            invalid(Api.as("admin").body(register).post("/api/v1/hazards/" + id + "/register").then(), "deadline");
            invalid(Api.as("admin").body(with("deadline", bad)).post("/api/v1/hazards/" + id + "/order").then(), "deadline");
            invalid(Api.as("admin").body(with("completedOn", bad)).post("/api/v1/hazards/" + id + "/complete").then(), "completedOn");
            invalid(Api.as("admin").body(with("verifiedOn", bad)).post("/api/v1/hazards/" + id + "/verify").then(), "verifiedOn");
        }
        Api.as("admin").body(report("2100-01-01")).post("/api/v1/hazards").then()
                .body("errors[0].message", equalTo("日期须在 2000-01-01 至 2099-12-31 之间"));
        Api.as("admin").body(report("+10000-01-01")).post("/api/v1/hazards").then()
                .body("errors[0].message", equalTo("日期格式应为 YYYY-MM-DD，如 2026-11-03"));
        Api.as("admin").header("Accept-Language", "en").body(report("0000-01-01")).post("/api/v1/hazards").then()
                .body("errors[0].message", equalTo("Must be between 2000-01-01 and 2099-12-31"));
        Api.as("admin").body(report(20260101)).post("/api/v1/hazards").then()
                .body("errors[0].message", equalTo("日期格式应为 YYYY-MM-DD，如 2026-11-03"));
        Api.as("admin").get("/api/v1/hazards/" + id).then().body("summary.state", equalTo("FOUND"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", 0);
        body.put("content", "限期整改");
        body.put("note", "说明");
        body.put("passed", true);
        body.put(field, value);
        return body;
    }

    @Test
    void aHazardIsFoundNotInTheFutureAndNotLongerAgoThanAllowed() {
        invalid(Api.as("admin").body(report(TODAY.plusDays(1).toString())).post("/api/v1/hazards").then(), "foundOn")
                .body("errors[0].message", equalTo("不能晚于今天"));
        LocalDate earliest = TODAY.minusDays(366);
        invalid(Api.as("admin").body(report(earliest.minusDays(1).toString())).post("/api/v1/hazards").then(), "foundOn")
                .body("errors[0].message", equalTo("不能早于 " + earliest + "：发现日期最多可追溯 366 天"));
        Api.as("admin").header("Accept-Language", "en").body(report(earliest.minusDays(1).toString())).post("/api/v1/hazards")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("Cannot be earlier than " + earliest
                        + ": a hazard can be reported at most 366 days after it was found"));
        // A village of its own, so the year-old hazard lands in no ledger another test relies on.
        Map<String, Object> oldest = report(earliest.toString());
        oldest.put("unitId", Fixtures.createVillage());
        Api.as("admin").body(oldest).post("/api/v1/hazards").then().statusCode(201)
                .body("summary.foundOn", equalTo(earliest.toString()));
    }

    @Test
    void deadlinesAreNotInThePastAndWorkIsNotDoneInTheFuture() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> register = Hazards.registerInput(Hazards.version(id, "admin"), "GENERAL");
        register.put("deadline", TODAY.minusDays(1).toString());
        invalid(Api.as("admin").body(register).post("/api/v1/hazards/" + id + "/register").then(), "deadline")
                .body("errors[0].message", equalTo("整改期限不能早于今天"));
        invalid(Api.as("admin").body(with("deadline", TODAY.minusDays(1).toString())).post("/api/v1/hazards/" + id + "/order").then(),
                "deadline");
        invalid(Api.as("admin").body(with("completedOn", TODAY.plusDays(1).toString())).post("/api/v1/hazards/" + id + "/complete")
                .then(), "completedOn").body("errors[0].message", equalTo("不能晚于今天"));
        invalid(Api.as("admin").body(with("verifiedOn", TODAY.plusDays(1).toString())).post("/api/v1/hazards/" + id + "/verify")
                .then(), "verifiedOn");
    }

    @Test
    void dateAndMonthParametersAreCheckedTheSameWay() {
        for (String bad : List.of("2026-02-30", "20260101", "0000-01-01", "+10000-01-01", "2026-1-1")) {
            invalid(Api.as("admin").queryParam("from", bad).get("/api/v1/closeouts").then(), "from");
            invalid(Api.as("admin").queryParam("to", bad).accept("*/*").get("/api/v1/closeouts/export").then(), "to");
        }
        for (String bad : List.of("1999-12", "2100-01", "2026-13", "202601", "0000-01")) {
            invalid(Api.as("admin").queryParam("month", bad).get("/api/v1/hazards").then(), "month");
            invalid(Api.as("admin").queryParam("from", bad).get("/api/v1/ledgers/board").then(), "from");
            invalid(Api.as("admin").queryParam("period", bad).accept("*/*").get("/api/v1/ledgers/template").then(), "period");
        }
        long unit = Fixtures.unitId("白云寺村");
        invalid(Api.as("admin").get("/api/v1/units/" + unit + "/ledgers/0000-01").then(), "period")
                .body("errors[0].message", equalTo("日期须在 2000-01-01 至 2099-12-31 之间"));
        invalid(Api.as("admin").body(Map.of("version", 0, "nilReturn", true)).post("/api/v1/units/" + unit + "/ledgers/1999-12/submit")
                .then(), "period");
        Api.as("admin").queryParam("from", "2026-01-01").queryParam("to", TODAY.toString()).get("/api/v1/closeouts").then().statusCode(200);
    }
}
