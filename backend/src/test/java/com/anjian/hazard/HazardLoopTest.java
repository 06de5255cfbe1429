package com.anjian.hazard;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class HazardLoopTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void aHazardGoesThroughAllFiveStepsAndIntoTheCloseOutLedger() {
        Response reported = Hazards.reportGasHazard();
        reported.then().header("Location", containsString("/api/v1/hazards/"))
                .body("summary.state", equalTo("FOUND"))
                .body("summary.serial", startsWith("YH" + TODAY.getYear() + "-"))
                .body("timeline[0].action", equalTo("REPORT"))
                .body("timeline[0].attachments", hasSize(1))
                .body("timeline[0].attachments[0].thumbnailUrl", notNullValue())
                .body("reportingUnitName", equalTo("白云寺村"))
                .body("allowedActions", empty());
        long id = Hazards.id(reported);

        Api.as("officehead").get("/api/v1/hazards/" + id).then().body("allowedActions", contains("REGISTER"));
        Hazards.register("officehead", id);
        Hazards.order("officehead", id);
        Api.as("officer").get("/api/v1/hazards/" + id).then()
                .body("summary.state", equalTo("RECTIFYING"))
                .body("allowedActions", containsInAnyOrder("PROGRESS", "COMPLETE"));
        Hazards.step("officer", id, "progress", Map.of("version", Hazards.version(id, "officer"), "note", "已联系供气站"))
                .then().statusCode(200);
        Hazards.complete("officehead", id);
        Api.as("officehead").get("/api/v1/hazards/" + id).then().body("allowedActions", not(hasItem("VERIFY")));
        Hazards.verify("admin", id);
        Hazards.close("admin", id);

        Api.as("officer").get("/api/v1/hazards/" + id).then().statusCode(200)
                .body("summary.state", equalTo("CLOSED"))
                .body("closeoutNo", startsWith("XH" + TODAY.getYear() + "-"))
                .body("verifierName", equalTo("王立新"))
                .body("rectifiedBy", equalTo("officehead"))
                .body("timeline.action", contains("REPORT", "REGISTER", "ORDER", "PROGRESS", "COMPLETE", "VERIFY", "CLOSE"))
                .body("timeline.actor", contains("officer", "officehead", "officehead", "officer", "officehead", "admin", "admin"))
                .body("allowedActions", empty());
        Api.as("admin").queryParam("size", 100).get("/api/v1/closeouts").then().statusCode(200)
                .body("items.hazardId", hasItem((int) id));
    }

    @Test
    void noStepCanBeSkipped() {
        long id = Hazards.id(Hazards.reportGasHazard());
        long version = Hazards.version(id, "admin");
        String future = TODAY.plusDays(5).toString();
        assertConflict(Hazards.step("admin", id, "order", Map.of("version", version, "content", "整改", "deadline", future)));
        assertConflict(Hazards.step("admin", id, "complete", Map.of("version", version, "completedOn", TODAY.toString())));
        assertConflict(Hazards.step("admin", id, "verify", Map.of("version", version, "passed", true,
                "attachmentIds", List.of(Hazards.photo("admin")))));
        assertConflict(Hazards.step("admin", id, "close", Map.of("version", version)));
        Api.as("admin").get("/api/v1/hazards/" + id).then().body("summary.state", equalTo("FOUND"))
                .body("timeline", hasSize(1));

        Hazards.register("admin", id);
        // verification needs the rectification reported done first
        Hazards.order("admin", id);
        assertConflict(Hazards.step("officehead", id, "verify", Map.of("version", Hazards.version(id, "admin"), "passed", true,
                "attachmentIds", List.of(Hazards.photo("officehead")))));
    }

    @Test
    void noStepCanBeRepeated() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        Response again = Hazards.step("officehead", id, "register", Hazards.registerInput(Hazards.version(id, "officehead"), "GENERAL"));
        assertConflict(again);
        again.then().body("detail", containsString("已登记"));
    }

    @Test
    void aClosedHazardNeverReopensButARecurrenceLinksToIt() {
        long id = Hazards.readyForVerification();
        Hazards.verify("admin", id);
        Hazards.close("admin", id);
        long version = Hazards.version(id, "admin");
        for (String step : List.of("register", "close")) {
            assertConflict(Hazards.step("admin", id, step, Hazards.registerInput(version, "GENERAL")));
        }

        Map<String, Object> recurrence = Hazards.reportInput("白云寺村", "GAS");
        recurrence.put("recurrenceOfId", id);
        Api.as("officer").body(recurrence).post("/api/v1/hazards").then().statusCode(201)
                .body("recurrenceOfId", equalTo((int) id)).body("summary.state", equalTo("FOUND"));

        long open = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> notClosed = Hazards.reportInput("白云寺村", "GAS");
        notClosed.put("recurrenceOfId", open);
        Api.as("officer").body(notClosed).post("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("recurrenceOfId"));
    }

    @Test
    void theVerifierCannotBeTheRectifier() {
        long id = Hazards.readyForVerification();
        Hazards.step("officehead", id, "verify", Map.of("version", Hazards.version(id, "officehead"), "passed", true,
                        "attachmentIds", List.of(Hazards.photo("officehead"))))
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("验收人不能是整改人"));
        Api.as("admin").get("/api/v1/hazards/" + id).then().body("summary.state", equalTo("RECTIFYING"));
    }

    @Test
    void passingVerificationNeedsAPhotoAndFailingNeedsAReason() {
        long id = Hazards.readyForVerification();
        long version = Hazards.version(id, "admin");
        Hazards.step("admin", id, "verify", Map.of("version", version, "passed", true))
                .then().statusCode(400).body("errors[0].field", equalTo("attachmentIds"));
        Hazards.step("admin", id, "verify", Map.of("version", version, "passed", false))
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        Hazards.step("admin", id, "verify", Map.of("version", version, "passed", false, "note", "气罐仍在原处"))
                .then().statusCode(200)
                .body("summary.state", equalTo("RECTIFYING"))
                .body("completedOn", nullValue())
                .body("timeline[-1].action", equalTo("VERIFICATION_FAILED"))
                .body("allowedActions", hasItem("COMPLETE"));
        Hazards.complete("officer", id);
        Hazards.verify("officehead", id);
        Api.as("admin").get("/api/v1/hazards/" + id).then().body("summary.state", equalTo("VERIFIED"));
    }

    @Test
    void villageOfficersReportOnlyInTheirVillageAndNeverRegisterOrVerify() {
        Api.as("officer").body(Hazards.reportInput("一居", "GAS")).post("/api/v1/hazards")
                .then().statusCode(403).contentType(PROBLEM);
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.step("officer", id, "register", Hazards.registerInput(Hazards.version(id, "officer"), "GENERAL"))
                .then().statusCode(403);
        long ready = Hazards.readyForVerification();
        Hazards.step("officer", ready, "verify", Map.of("version", Hazards.version(ready, "officer"), "passed", true,
                "attachmentIds", List.of(Hazards.photo("officer")))).then().statusCode(403);
        Hazards.step("officer", ready, "close", Map.of("version", Hazards.version(ready, "officer"))).then().statusCode(403);
    }

    @Test
    void whoSeesAHazard() {
        long id = Hazards.id(Hazards.reportGasHazard());
        for (String user : List.of("officer", "officehead", "admin", "leader")) {
            Api.as(user).get("/api/v1/hazards/" + id).then().statusCode(200);
        }
        // another village, and an office whose sectors do not include GAS
        for (String user : List.of("officer2", "officehead2")) {
            Api.as(user).get("/api/v1/hazards/" + id).then().statusCode(404).contentType(PROBLEM);
            Api.as(user).queryParam("size", 100).get("/api/v1/hazards").then().statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
            Hazards.step(user, id, "register", Hazards.registerInput(0, "GENERAL")).then().statusCode(404);
        }
        Api.asIntegration().get("/api/v1/hazards").then().statusCode(403);
        Api.anonymous().get("/api/v1/hazards/" + id).then().statusCode(401);
        Hazards.step("leader", id, "register", Hazards.registerInput(Hazards.version(id, "leader"), "GENERAL"))
                .then().statusCode(403);
    }

    @Test
    void anOfficeAlsoSeesWhatIsAssignedToIt() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> register = Hazards.registerInput(Hazards.version(id, "admin"), "GENERAL");
        register.put("responsibleUnitId", Fixtures.unitId("规划自然资源所"));
        Hazards.step("admin", id, "register", register).then().statusCode(200);
        Api.as("officehead2").get("/api/v1/hazards/" + id).then().statusCode(200);
        Api.as("officehead2").queryParam("responsibleUnitId", Fixtures.unitId("规划自然资源所")).queryParam("size", 100)
                .get("/api/v1/hazards").then().body("items.id", hasItem((int) id));
    }

    @Test
    void twoPeopleTakingTheSameStepAtOnceOneWinsTheOtherGets409() throws Exception {
        long id = Hazards.id(Hazards.reportGasHazard());
        long version = Hazards.version(id, "admin");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String user : List.of("admin", "officehead")) {
            Map<String, Object> body = Hazards.registerInput(version, "GENERAL");
            Callable<Integer> register = () -> {
                start.await();
                return Hazards.step(user, id, "register", body).statusCode();
            };
            results.add(pool.submit(register));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "one wins, the other conflicts: " + statuses);
        Api.as("admin").get("/api/v1/hazards/" + id).then()
                .body("timeline.action", contains("REPORT", "REGISTER"));
    }

    @Test
    void aStaleVersionGets409() {
        long id = Hazards.id(Hazards.reportGasHazard());
        long stale = Hazards.version(id, "admin");
        Hazards.register("admin", id);
        Hazards.step("admin", id, "order", Map.of("version", stale, "content", "整改", "deadline", TODAY.plusDays(3).toString()))
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
    }

    @Test
    void aMajorHazardNeedsATreatmentPlanAndWaitsForTheDistrictReport() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> major = Hazards.registerInput(Hazards.version(id, "admin"), "MAJOR");
        Hazards.step("admin", id, "register", major).then().statusCode(400).body("errors[0].field", equalTo("treatmentPlan"));
        major.put("treatmentPlan", "停用仓库，拆除违规线路，设专用气瓶间");
        Hazards.step("admin", id, "register", major).then().statusCode(200)
                .body("summary.awaitsDistrictReport", equalTo(true))
                .body("allowedActions", hasItem("REPORT_TO_DISTRICT"));
        Api.as("admin").queryParam("awaitsDistrictReport", true).queryParam("size", 100).get("/api/v1/hazards")
                .then().body("items.id", hasItem((int) id));
        Hazards.step("officehead", id, "district-report", Map.of("version", Hazards.version(id, "admin")))
                .then().statusCode(403);
        Hazards.step("admin", id, "district-report", Map.of("version", Hazards.version(id, "admin")))
                .then().statusCode(200).body("districtReportedAt", notNullValue())
                .body("summary.awaitsDistrictReport", equalTo(false));
        assertConflict(Hazards.step("admin", id, "district-report", Map.of("version", Hazards.version(id, "admin"))));
    }

    @Test
    void registrationChecksItsFields() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Map<String, Object> bad = Hazards.registerInput(Hazards.version(id, "admin"), "GENERAL");
        bad.put("deadline", TODAY.minusDays(1).toString());
        bad.put("funds", -5);
        bad.remove("measures");
        Hazards.step("admin", id, "register", bad).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("deadline", "funds", "measures"));
        bad.put("funds", 5);
        bad.put("measures", "整改");
        Hazards.step("admin", id, "register", bad).then().statusCode(400).body("errors.field", contains("deadline"));
    }

    @Test
    void reportingChecksItsFields() {
        Map<String, Object> input = Hazards.reportInput("白云寺村", "NO_SUCH_SECTOR");
        input.put("foundOn", TODAY.plusDays(2).toString());
        input.remove("place");
        input.put("grade", "SEVERE");
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("grade"));
        input.put("grade", "GENERAL");
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("foundOn", "place", "sectorCode"));
        input.put("foundOn", TODAY.toString());
        input.put("place", "仓库");
        Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(400)
                .body("errors.field", contains("sectorCode"));
    }

    @Test
    void theListFiltersByStateGradeUnitAndOverdue() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("admin", id);
        Api.as("admin").queryParam("state", "REGISTERED").queryParam("size", 100).get("/api/v1/hazards").then()
                .body("items.state", everyItem(equalTo("REGISTERED"))).body("items.id", hasItem((int) id));
        Api.as("admin").queryParam("unitId", Fixtures.unitId("一居")).get("/api/v1/hazards").then()
                .body("items.unitName", everyItem(equalTo("一居")));
        Api.as("admin").queryParam("state", "LOST").get("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("state"));
        Api.as("admin").queryParam("month", "2026-13").get("/api/v1/hazards").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));

        QuarkusTransaction.requiringNew().run(() ->
                Hazard.update("deadline = ?1 where id = ?2", TODAY.minusDays(3), id));
        Api.as("admin").queryParam("overdue", true).queryParam("size", 100).get("/api/v1/hazards").then()
                .body("items.find { it.id == " + id + " }.overdueDays", equalTo(3))
                .body("items.overdue", everyItem(equalTo(true)));
    }

    private static void assertConflict(Response response) {
        response.then().statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
    }

    @Test
    void timelineNotesAreKeptWithTheirAuthor() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        Hazards.order("officehead", id);
        long version = Hazards.version(id, "officer");
        Hazards.step("officer", id, "progress", Map.of("version", version, "note", "已购买新气瓶柜",
                        "attachmentIds", List.of(Hazards.photo("officer"))))
                .then().statusCode(200)
                .body("timeline[-1].actorName", equalTo("赵大山"))
                .body("timeline[-1].note", equalTo("已购买新气瓶柜"))
                .body("timeline[-1].attachments", hasSize(1))
                .body("summary.version", equalTo((int) version + 1));
    }
}
