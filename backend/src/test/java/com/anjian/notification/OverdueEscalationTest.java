package com.anjian.notification;

import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardEscalation;
import com.anjian.hazard.OverdueCheck;
import com.anjian.support.Api;
import com.anjian.support.Hazards;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class OverdueEscalationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    OverdueCheck overdueCheck;

    @Test
    void anOverdueHazardNotifiesTheResponsibleUnitAndTheEmergencyOfficeAndEscalatesAsTheDelayGrows() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        LocalDate deadline = QuarkusTransaction.requiringNew().call(() -> Hazard.<Hazard>findById(id).deadline);

        overdueCheck.run(deadline);
        assertEquals(0, notificationsAbout(id, "admin"), "not overdue on the deadline itself");

        overdueCheck.run(deadline.plusDays(2));
        assertEquals(1, notificationsAbout(id, "admin"));
        assertEquals(1, notificationsAbout(id, "officer"), "the responsible village");
        assertEquals(0, notificationsAbout(id, "officer2"));
        assertEquals(0, notificationsAbout(id, "leader"));

        overdueCheck.run(deadline.plusDays(3));
        assertEquals(1, notificationsAbout(id, "admin"), "the same level is raised once");

        overdueCheck.run(deadline.plusDays(8));
        assertEquals(2, notificationsAbout(id, "admin"), "second threshold");

        overdueCheck.run(deadline.plusDays(31));
        assertEquals(3, notificationsAbout(id, "admin"), "third threshold");
        assertEquals(1, notificationsAbout(id, "leader"), "leaders from the last threshold");
        Api.as("admin").queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.hazardId == " + id + " && it.severity == 'CRITICAL' }.kind", equalTo("HAZARD_OVERDUE"))
                .body("items.find { it.hazardId == " + id + " && it.severity == 'CRITICAL' }.message",
                        org.hamcrest.Matchers.containsString("31"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoChecksRunningAtOnceRaiseEachLevelOnceAndLeaveTheHazardItselfAlone() throws Exception {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        LocalDate deadline = QuarkusTransaction.requiringNew().call(() -> Hazard.<Hazard>findById(id).deadline);
        JsonPath before = Api.as("admin").get("/api/v1/hazards/" + id).then().statusCode(200).extract().jsonPath();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return overdueCheck.run(deadline.plusDays(2));
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(1, notificationsAbout(id, "admin"), "one notification set, however many checks ran");
        assertEquals(1, notificationsAbout(id, "officer"));
        // the job records its escalation beside the hazard: people editing the hazard get no 409 from it
        Api.as("admin").get("/api/v1/hazards/" + id).then()
                .body("summary.version", equalTo(before.getInt("summary.version")))
                .body("summary.updatedAt", equalTo(before.getString("summary.updatedAt")));
        Hazards.order("officehead", id);
        // and the escalation is audited as the system's doing, once
        JsonPath history = Api.as("admin").queryParam("size", 100).get("/api/v1/hazards/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> escalations = history.getList("items.findAll { it.changes.any { c -> c.field == 'escalationLevel' } }");
        assertEquals(1, escalations.size(), history.prettify());
        assertEquals("system", escalations.get(0).get("actor"));
        assertEquals("UPDATE", escalations.get(0).get("action"));
        assertEquals(List.of(Map.of("field", "escalationLevel", "from", 0, "to", 1),
                        Map.of("field", "daysOverdue", "to", 2)),
                ((List<Map<String, Object>>) escalations.get(0).get("changes")).stream()
                        .map(c -> c.get("from") == null ? Map.of("field", c.get("field"), "to", c.get("to")) : c).toList());
    }

    @Test
    void aCheckThatFindsTheLevelTakenByAnotherStillRunningCheckSkipsItAndRaisesNothing() throws Exception {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        LocalDate deadline = QuarkusTransaction.requiringNew().call(() -> Hazard.<Hazard>findById(id).deadline);
        // another check has written level 1 of this hazard and not yet committed when this one runs
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<?> otherCheck = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            HazardEscalation escalation = new HazardEscalation();
            escalation.hazard = Hazard.findById(id);
            escalation.level = 1;
            escalation.daysOverdue = 2;
            escalation.raisedAt = java.time.Instant.now();
            escalation.persistAndFlush();
            written.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertTrue(written.await(30, TimeUnit.SECONDS));
        overdueCheck.run(deadline.plusDays(2));
        otherCheck.get(30, TimeUnit.SECONDS);
        other.shutdown();

        assertEquals(0, notificationsAbout(id, "admin"), "the level belonged to the other check");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> HazardEscalation.count("hazard.id", id)));
    }

    @Test
    void verifiedHazardsAreNoLongerOverdue() {
        long id = Hazards.readyForVerification();
        Hazards.verify("admin", id);
        LocalDate deadline = QuarkusTransaction.requiringNew().call(() -> Hazard.<Hazard>findById(id).effectiveDeadline());
        overdueCheck.run(deadline.plusDays(40));
        assertEquals(0, notificationsAbout(id, "admin"));
    }

    @Test
    void notificationsAreMarkedReadPerPerson() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        long notification = Api.as("officer").queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.hazardId == " + id + " && it.kind == 'HAZARD_ASSIGNED' }.id");
        int unread = Api.as("officer").get("/api/v1/notifications").jsonPath().getInt("unread");
        Api.as("officer").post("/api/v1/notifications/" + notification + "/read").then().statusCode(204);
        Api.as("officer").get("/api/v1/notifications").then().body("unread", equalTo(unread - 1));
        Api.as("officer").queryParam("unreadOnly", true).queryParam("size", 100).get("/api/v1/notifications")
                .then().body("items.id", not(hasItem((int) notification)));
        Api.as("officer2").post("/api/v1/notifications/" + notification + "/read").then().statusCode(404);
        Api.as("officer").post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(unread - 1));
        Api.as("officer").get("/api/v1/notifications").then().body("unread", equalTo(0));
        Api.asIntegration().get("/api/v1/notifications").then().statusCode(403);
    }

    /** Every page of the user's notifications, not only the newest: each check raises them for all open hazards. */
    private static int notificationsAbout(long hazardId, String user) {
        int count = 0;
        for (int page = 1; ; page++) {
            io.restassured.path.json.JsonPath body = Api.as(user).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
            List<Object> items = body.getList("items.findAll { it.hazardId == " + hazardId + " && it.kind == 'HAZARD_OVERDUE' }");
            count += items.size();
            if (page * 100L >= body.getLong("total")) {
                return count;
            }
        }
    }
}
