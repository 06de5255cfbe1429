package com.anjian.hazard;

import com.anjian.support.Api;
import com.anjian.support.Hazards;
import com.anjian.support.Sheets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 待验收 is a status of its own (issue 6, B3): shown, filtered and exported, not hidden inside 整改中. */
@QuarkusTest
class HazardStatusTest {

    @Test
    void rectificationReportedDoneAwaitsVerificationAsItsOwnStatus() {
        long id = Hazards.id(Hazards.reportGasHazard());
        assertStatus(id, "FOUND");
        Hazards.register("officehead", id);
        assertStatus(id, "REGISTERED");
        Hazards.order("officehead", id);
        assertStatus(id, "RECTIFYING");
        assertListed(id, "RECTIFYING", "AWAITING_VERIFICATION");

        Hazards.complete("officer", id);
        Api.as("admin").get("/api/v1/hazards/" + id).then()
                .body("summary.state", equalTo("RECTIFYING"))
                .body("summary.status", equalTo("AWAITING_VERIFICATION"));
        assertListed(id, "AWAITING_VERIFICATION", "RECTIFYING");
        Api.as("admin").queryParam("status", "AWAITING_VERIFICATION").queryParam("size", 100).get("/api/v1/hazards").then()
                .body("items.status", everyItem(equalTo("AWAITING_VERIFICATION")))
                .body("items.state", everyItem(equalTo("RECTIFYING")));

        // a failed verification sends it back to 整改中
        Hazards.step("admin", id, "verify", Map.of("version", Hazards.version(id, "admin"), "passed", false, "note", "仍未整改到位"))
                .then().statusCode(200).body("summary.status", equalTo("RECTIFYING"));
        assertListed(id, "RECTIFYING", "AWAITING_VERIFICATION");

        Hazards.complete("officer", id);
        Hazards.verify("officehead", id);
        assertStatus(id, "VERIFIED");
        Hazards.close("admin", id);
        assertStatus(id, "CLOSED");
        assertListed(id, "CLOSED", "VERIFIED");
    }

    @Test
    void theExportShowsTheStatusAndTakesTheFilter() {
        long id = Hazards.readyForVerification();
        String serial = Api.as("admin").get("/api/v1/hazards/" + id).jsonPath().getString("summary.serial");
        Response export = Api.as("admin").accept("*/*").queryParam("status", "AWAITING_VERIFICATION")
                .queryParam("q", serial).get("/api/v1/hazards/export");
        export.then().statusCode(200);
        List<List<String>> rows = Sheets.read(export.asByteArray());
        int column = rows.get(2).indexOf("状态");
        assertEquals(4, rows.size(), "title, subtitle, header and the hazard: " + rows);
        assertEquals(serial, rows.get(3).get(0));
        assertEquals("待验收", rows.get(3).get(column));

        Response none = Api.as("admin").accept("*/*").queryParam("status", "RECTIFYING").queryParam("q", serial)
                .get("/api/v1/hazards/export");
        assertEquals(3, Sheets.read(none.asByteArray()).size(), "only title, subtitle and header");
    }

    @Test
    void anUnknownStatusIsRefusedNamingTheParameter() {
        Api.as("admin").queryParam("status", "WAITING").get("/api/v1/hazards").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    private static void assertStatus(long id, String status) {
        Api.as("officer").get("/api/v1/hazards/" + id).then().statusCode(200).body("summary.status", equalTo(status));
    }

    /** The status filter finds the hazard under one status and not under the other. */
    private static void assertListed(long id, String in, String notIn) {
        Api.as("admin").queryParam("status", in).queryParam("size", 100).queryParam("sort", "-updatedAt").get("/api/v1/hazards")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as("admin").queryParam("status", notIn).queryParam("size", 100).get("/api/v1/hazards")
                .then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }
}
