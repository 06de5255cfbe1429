package com.anjian.notification;

import com.anjian.support.Api;
import com.anjian.support.Hazards;
import com.anjian.town.Town;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A new hazard reaches the office that must act on it (issue 6, B4). */
@QuarkusTest
class HazardReportedNotificationTest {

    private static final String KIND = "HAZARD_REPORTED";

    @Inject
    EntityManager em;

    @Test
    void aNewHazardNotifiesTheOfficesSupervisingItsSector() {
        long id = Hazards.id(Hazards.reportGasHazard());
        // 经发办 supervises GAS; 规划自然资源所 does not, and the reporting village is not told of its own report
        assertEquals(1, notices(id, "officehead"));
        assertEquals(0, notices(id, "officehead2"));
        assertEquals(0, notices(id, "officer"));
        assertEquals(0, notices(id, "admin"), "an office supervises the sector, so the emergency office is not asked");

        String notice = "items.find { it.hazardId == " + id + " && it.kind == '" + KIND + "' }";
        String serial = Api.as("admin").get("/api/v1/hazards/" + id).jsonPath().getString("summary.serial");
        Api.as("officehead").queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .body(notice + ".title", equalTo("新上报隐患待登记"))
                .body(notice + ".message", containsString(serial))
                .body(notice + ".message", containsString("白云寺村"))
                .body(notice + ".message", containsString("燃气"));
        Api.as("officehead").header("Accept-Language", "en").queryParam("size", 100).get("/api/v1/notifications").then()
                .body(notice + ".title", equalTo("New hazard to register"))
                .body(notice + ".message", containsString("Gas supply"));
    }

    @Test
    void theReportingOfficeIsNotToldOfItsOwnReport() {
        Map<String, Object> input = Hazards.reportInput("白云寺村", "GAS");
        long id = Hazards.id(Api.as("officehead").body(input).post("/api/v1/hazards").then().statusCode(201).extract().response());
        assertEquals(0, notices(id, "officehead"));
    }

    @Test
    void withNoOfficeSupervisingTheSectorTheEmergencyOfficeIsTold() {
        String sector = unsupervisedSector();
        Map<String, Object> input = Hazards.reportInput("白云寺村", sector);
        long id = Hazards.id(Api.as("officer").body(input).post("/api/v1/hazards").then().statusCode(201).extract().response());
        assertEquals(1, notices(id, "admin"));
        assertEquals(0, notices(id, "officehead"));
        assertEquals(0, notices(id, "leader"));
    }

    private static int notices(long hazardId, String user) {
        List<Object> items = Api.as(user).queryParam("size", 100).get("/api/v1/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.hazardId == " + hazardId + " && it.kind == '" + KIND + "' }");
        return items.size();
    }

    /** A sector no active unit of the demo town supervises (one is added when every sector is taken). */
    private String unsupervisedSector() {
        return QuarkusTransaction.requiringNew().call(() -> {
            long town = Town.findByCode("500110109").orElseThrow().id;
            List<String> free = em.createQuery("select s.code from Sector s where s.code not in (select c from Unit u join u.sectors c"
                    + " where u.town.id = :town and u.active = true) order by s.code", String.class)
                    .setParameter("town", town).getResultList();
            if (!free.isEmpty()) {
                return free.get(0);
            }
            em.createNativeQuery("INSERT INTO sector (code, name_zh, name_en, sort_order) VALUES ('TEST_UNSUPERVISED', '测试', 'Test', 1000)")
                    .executeUpdate();
            return "TEST_UNSUPERVISED";
        });
    }
}
