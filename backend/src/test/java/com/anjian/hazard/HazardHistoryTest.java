package com.anjian.hazard;

import com.anjian.support.Api;
import com.anjian.support.Hazards;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HazardHistoryTest {

    @Test
    void eachStepIsAuditedWithWhoAndTheValuesItChangedNewestFirst() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Hazards.register("officehead", id);
        Hazards.order("officehead", id);
        Hazards.complete("officehead", id);
        Hazards.verify("admin", id);
        Hazards.close("admin", id);

        JsonPath history = Api.as("admin").queryParam("size", 100).get("/api/v1/hazards/" + id + "/history")
                .then().statusCode(200).body("total", equalTo(6)).body("items", hasSize(6)).extract().jsonPath();
        assertEquals(List.of("admin", "admin", "officehead", "officehead", "officehead", "officer"), history.getList("items.actor"));
        assertEquals(List.of("UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "CREATE"), history.getList("items.action"));
        assertEquals(6, new HashSet<>(history.getList("items.id")).size(), "every entry has its own id");

        // close-out: the state, who closed it and the number it got in the close-out ledger
        assertChange(history, 0, "state", "VERIFIED", "CLOSED");
        assertChange(history, 0, "closedBy", null, "admin");
        assertTrue(change(history, 0, "closeoutNo").get("to").toString().startsWith("XH"));
        assertChange(history, 0, "step", null, List.of("CLOSE"));
        // verification: who verified, and the photo bound as evidence (the hazard's files before and after)
        assertChange(history, 1, "state", "RECTIFYING", "VERIFIED");
        assertChange(history, 1, "verifiedBy", null, "admin");
        assertEquals(2, ((List<?>) change(history, 1, "attachments").get("from")).size());
        assertEquals(3, ((List<?>) change(history, 1, "attachments").get("to")).size());
        // rectification reported done
        assertChange(history, 2, "rectifiedBy", null, "officehead");
        assertChange(history, 2, "step", null, List.of("COMPLETE"));
        assertEquals(2, ((List<?>) change(history, 2, "attachments").get("to")).size());
        // the order
        assertChange(history, 3, "state", "REGISTERED", "RECTIFYING");
        assertChange(history, 3, "orderContent", null, "限期十日内整改");
        // registration (五落实)
        assertChange(history, 4, "state", "FOUND", "REGISTERED");
        assertChange(history, 4, "responsiblePerson", null, "李明");
        assertChange(history, 4, "measures", null, "将气罐移至通风的专用存放点");
        assertEquals(800, ((Number) change(history, 4, "funds").get("to")).intValue());
        long village = com.anjian.support.Fixtures.unitId("白云寺村");
        assertEquals(village, ((Number) change(history, 4, "responsibleUnitId").get("to")).longValue());
        // the report, with its photo
        assertChange(history, 5, "state", null, "FOUND");
        assertChange(history, 5, "place", null, "仓库");
        assertChange(history, 5, "sectorCode", null, "GAS");
        assertEquals(village, ((Number) change(history, 5, "unitId").get("to")).longValue());
        assertChange(history, 5, "step", null, List.of("REPORT"));
        assertEquals(null, change(history, 5, "attachments").get("from"));
        assertEquals(List.of(fileName(id)), change(history, 5, "attachments").get("to"));

        // only the fields that changed: the registration does not repeat the place
        assertTrue(history.getList("items[4].changes.field").stream().noneMatch("place"::equals));
        Api.as("admin").queryParam("size", 2).queryParam("page", 3).get("/api/v1/hazards/" + id + "/history")
                .then().statusCode(200).body("total", equalTo(6)).body("items", hasSize(2))
                .body("items[1].action", equalTo("CREATE"));
    }

    @Test
    void theHistoryIsForTownWideRolesAndOnlyOfHazardsTheyMaySee() {
        long id = Hazards.id(Hazards.reportGasHazard());
        Api.as("leader").get("/api/v1/hazards/" + id + "/history").then().statusCode(200)
                .body("items[0].changes.field", hasItems("place", "description", "state"));
        for (String user : List.of("officehead", "officer", "officer2")) {
            Api.as(user).get("/api/v1/hazards/" + id + "/history").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        Api.asIntegration().get("/api/v1/hazards/" + id + "/history").then().statusCode(403);
        Api.anonymous().get("/api/v1/hazards/" + id + "/history").then().statusCode(401);
        Api.as("admin").get("/api/v1/hazards/999999999/history").then().statusCode(404)
                .contentType("application/problem+json").body("type", startsWith("/problems/"));
    }

    private static String fileName(long hazardId) {
        return Api.as("admin").get("/api/v1/hazards/" + hazardId).then().statusCode(200).extract().jsonPath()
                .getString("timeline.find { it.action == 'REPORT' }.attachments[0].filename");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> change(JsonPath history, int entry, String field) {
        List<Map<String, Object>> changes = history.getList("items[" + entry + "].changes");
        return changes.stream().filter(c -> field.equals(c.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("entry " + entry + " has no change of " + field + ": " + changes));
    }

    static void assertChange(JsonPath history, int entry, String field, Object from, Object to) {
        Map<String, Object> change = change(history, entry, field);
        assertEquals(from, change.get("from"), field + " from");
        assertEquals(to, change.get("to"), field + " to");
    }
}
