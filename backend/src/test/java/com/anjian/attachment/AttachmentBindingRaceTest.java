package com.anjian.attachment;

import com.anjian.support.Api;
import com.anjian.support.Hazards;
import com.anjian.town.Town;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.util.function.IntFunction;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One upload, many steps naming it at the same moment: exactly one binds it, every other request
 * gets a 400 problem naming attachmentIds and changes nothing (issue 6, A1: 17 of 40 used to win).
 */
@QuarkusTest
class AttachmentBindingRaceTest {

    private static final int N = 40;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    @Test
    void fortyReportsNamingTheSamePhotoCreateExactlyOneHazard() throws Exception {
        long photo = Hazards.photo("officer");
        Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        input.put("attachmentIds", List.of(photo));
        String description = (String) input.get("description");
        int serialsBefore = serialCounter();

        List<Response> responses = race(i -> Api.as("officer").body(input).post("/api/v1/hazards"));

        List<Response> won = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertEquals(1, won.size(), "exactly one report binds the photo: " + statuses(responses));
        for (Response lost : responses) {
            if (lost != won.get(0)) {
                lost.then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("attachmentIds"));
            }
        }
        long winner = Hazards.id(won.get(0));
        won.get(0).then().body("timeline[0].attachments.id", contains((int) photo));
        Api.as("admin").queryParam("q", description).get("/api/v1/hazards").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) winner));
        assertEquals(serialsBefore + 1, serialCounter(), "the losers consumed no serial number");
        Api.as("officer").get("/api/v1/hazards/" + winner).then().body("timeline[0].attachments.id", contains((int) photo));
    }

    @Test
    void fortyStepsOnFortyHazardsNamingTheSamePhotoBindItOnce() throws Exception {
        List<Long> hazards = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        // Deadlines years ahead: these hazards stay open, and must not crowd the overdue checks other tests run.
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(5).toString();
        for (int i = 0; i < N; i++) {
            Response reported = Api.as("admin").body(Hazards.reportInput("白云寺村", "GAS")).post("/api/v1/hazards")
                    .then().statusCode(201).extract().response();
            long id = Hazards.id(reported);
            Map<String, Object> register = Hazards.registerInput(reported.jsonPath().getLong("summary.version"), "GENERAL");
            register.put("deadline", deadline);
            versions.add(Hazards.step("admin", id, "register", register)
                    .then().statusCode(200).extract().jsonPath().getLong("summary.version"));
            hazards.add(id);
        }
        long photo = Hazards.photo("admin");

        List<Response> responses = race(i -> Hazards.step("admin", hazards.get(i), "order", Map.of("version", versions.get(i),
                "content", "限期整改", "deadline", deadline, "attachmentIds", List.of(photo))));

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            Response response = responses.get(i);
            if (response.statusCode() == 200) {
                winners.add(i);
                response.then().body("summary.state", equalTo("RECTIFYING"))
                        .body("timeline[-1].attachments.id", contains((int) photo));
            } else {
                response.then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("attachmentIds"));
                // the losing step changed nothing: same state, same version, no event
                Api.as("admin").get("/api/v1/hazards/" + hazards.get(i)).then()
                        .body("summary.state", equalTo("REGISTERED"))
                        .body("summary.version", equalTo(versions.get(i).intValue()))
                        .body("timeline.action", contains("REPORT", "REGISTER"));
            }
        }
        assertEquals(1, winners.size(), "exactly one step binds the photo: " + statuses(responses));
    }

    /** Sends the N requests at once and returns the responses in order. */
    private static List<Response> race(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(N);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                int index = i;
                Callable<Response> call = () -> {
                    start.await();
                    return request.apply(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static List<Integer> statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).sorted().toList();
    }

    private int serialCounter() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long town = Town.findByCode("500110109").orElseThrow().id;
            List<?> value = em.createNativeQuery("SELECT value FROM town_counter WHERE town_id = ?1 AND name = 'YH' AND year = ?2")
                    .setParameter(1, town).setParameter(2, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).getResultList();
            return value.isEmpty() ? 0 : ((Number) value.get(0)).intValue();
        });
    }
}
