package com.anjian.closeout;

import com.anjian.support.Api;
import com.anjian.support.Fixtures;
import com.anjian.support.Hazards;
import com.anjian.support.Sheets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each office keeps its own close-out ledger (issue 6, A8): office heads close the verified hazards
 * their office supervises, the emergency office closes any, and every entry names the closing office.
 */
@QuarkusTest
class CloseoutLedgerTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager em;

    /** A GAS hazard of 白云寺村, rectified by officehead and verified by admin: ready to close. */
    private static long verified() {
        long id = Hazards.readyForVerification();
        Hazards.verify("admin", id);
        return id;
    }

    private static String closeoutOf(long hazardId) {
        return Api.as("admin").get("/api/v1/hazards/" + hazardId).then().extract().jsonPath().getString("closeoutNo");
    }

    @Test
    void officeHeadsCloseWhatTheySuperviseTheEmergencyOfficeAnything() {
        long id = verified();
        Hazards.step("officer", id, "close", Map.of("version", Hazards.version(id, "officer")))
                .then().statusCode(403).contentType(PROBLEM);
        Hazards.step("leader", id, "close", Map.of("version", Hazards.version(id, "leader")))
                .then().statusCode(403).contentType(PROBLEM);
        // 规划自然资源所 neither supervises GAS nor has anything to do with this hazard
        Hazards.step("officehead2", id, "close", Map.of("version", Hazards.version(id, "admin")))
                .then().statusCode(404).contentType(PROBLEM);
        Api.as("officehead").get("/api/v1/hazards/" + id).then().body("allowedActions", hasItem("CLOSE"));
        Hazards.close("officehead", id);

        long byAdmin = verified();
        Hazards.close("admin", byAdmin);

        long office = Fixtures.unitId("经发办");
        long emergencyOffice = Fixtures.unitId("应急办");
        String entry = "items.find { it.hazardId == %d }";
        Api.as("admin").queryParam("size", 100).get("/api/v1/closeouts").then().statusCode(200)
                .body(entry.formatted(id) + ".closingUnitId", equalTo((int) office))
                .body(entry.formatted(id) + ".closingUnitName", equalTo("经发办"))
                .body(entry.formatted(id) + ".closedByName", equalTo("刘洋"))
                .body(entry.formatted(id) + ".sectorCode", equalTo("GAS"))
                .body(entry.formatted(byAdmin) + ".closingUnitId", equalTo((int) emergencyOffice))
                .body(entry.formatted(byAdmin) + ".closingUnitName", equalTo("应急办"));

        // the office's own close-out ledger
        Api.as("officehead").queryParam("closingUnitId", office).queryParam("size", 100).get("/api/v1/closeouts").then()
                .statusCode(200)
                .body("items.hazardId", hasItem((int) id))
                .body("items.hazardId", not(hasItem((int) byAdmin)))
                .body("items.closingUnitName", everyItem(equalTo("经发办")));
        Api.as("admin").queryParam("closingUnitId", emergencyOffice).queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", hasItem((int) byAdmin))
                .body("items.hazardId", not(hasItem((int) id)));
        Api.as("officehead2").queryParam("size", 100).get("/api/v1/closeouts").then().statusCode(200)
                .body("items.hazardId", not(hasItem((int) id)));
    }

    @Test
    void theLedgerFiltersByUnitClosingOfficeSectorAndText() {
        long id = verified();
        Hazards.close("officehead", id);
        String serial = Api.as("admin").get("/api/v1/hazards/" + id).jsonPath().getString("summary.serial");
        String closeoutNo = closeoutOf(id);
        long village = Fixtures.unitId("白云寺村");
        long other = Fixtures.unitId("一居");

        Api.as("admin").queryParam("unitId", village).queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", hasItem((int) id)).body("items.unitName", everyItem(equalTo("白云寺村")));
        Api.as("admin").queryParam("unitId", other).queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", not(hasItem((int) id)));
        Api.as("admin").queryParam("sector", "GAS").queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", hasItem((int) id)).body("items.sectorCode", everyItem(equalTo("GAS")));
        Api.as("admin").queryParam("sector", "FIRE").queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", not(hasItem((int) id)));
        Api.as("admin").queryParam("q", serial).get("/api/v1/closeouts").then()
                .body("total", equalTo(1)).body("items[0].hazardId", equalTo((int) id));
        Api.as("admin").queryParam("q", closeoutNo).get("/api/v1/closeouts").then()
                .body("total", equalTo(1)).body("items[0].closeoutNo", equalTo(closeoutNo));
        Api.as("admin").queryParam("q", "x".repeat(101)).get("/api/v1/closeouts").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void theExportTakesTheSameFiltersAndSaysWhatItHolds() {
        long id = verified();
        Hazards.close("officehead", id);
        long byAdmin = verified();
        Hazards.close("admin", byAdmin);
        long office = Fixtures.unitId("经发办");

        List<List<String>> all = export(Map.of());
        assertEquals("销号日期：全部", all.get(1).get(0), "no range is the whole ledger, not \"至 今\"");

        List<List<String>> own = export(Map.of("closingUnitId", office));
        assertEquals("销号单位：经发办　销号日期：全部", own.get(1).get(0));
        assertEquals("销号单位", own.get(2).get(own.get(2).size() - 1));
        List<String> numbers = own.stream().skip(3).map(row -> row.get(0)).toList();
        assertTrue(numbers.contains(closeoutOf(id)), numbers.toString());
        assertFalse(numbers.contains(closeoutOf(byAdmin)), numbers.toString());
        own.stream().skip(3).forEach(row -> assertEquals("经发办", row.get(row.size() - 1)));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<List<String>> ranged = export(Map.of("from", today, "to", today, "q", closeoutOf(byAdmin)));
        assertEquals("销号日期：" + today + " 至 " + today, ranged.get(1).get(0));
        assertEquals(4, ranged.size(), "title, subtitle, header and the one entry");
        assertEquals(closeoutOf(byAdmin), ranged.get(3).get(0));
        assertEquals("销号日期：" + today + " 起", export(Map.of("from", today)).get(1).get(0));
    }

    @Test
    void existingEntriesTakeTheirClosersUnit() throws IOException {
        long id = verified();
        Hazards.close("officehead", id);
        long office = Fixtures.unitId("经发办");
        // as an entry written before the closing office was recorded
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE closeout_entry SET closing_unit_id = NULL WHERE hazard_id = ?1").setParameter(1, id).executeUpdate());
        Api.as("admin").queryParam("closingUnitId", office).queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", not(hasItem((int) id)));

        String backfill = backfillStatement();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(backfill).executeUpdate());

        Api.as("admin").queryParam("closingUnitId", office).queryParam("size", 100).get("/api/v1/closeouts").then()
                .body("items.hazardId", hasItem((int) id));
    }

    /** The UPDATE of the migration that added the closing office. */
    private static String backfillStatement() throws IOException {
        try (InputStream in = CloseoutLedgerTest.class.getResourceAsStream("/db/migration/V20__closeout_closing_unit.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("UPDATE closeout_entry");
            return sql.substring(start, sql.indexOf(';', start));
        }
    }

    private static List<List<String>> export(Map<String, ?> query) {
        Response response = Api.as("admin").accept("*/*").queryParams(query).get("/api/v1/closeouts/export");
        response.then().statusCode(200);
        return Sheets.read(response.asByteArray());
    }
}
