package com.anjian.enforcement;

import com.anjian.support.Api;
import com.anjian.support.Clocks;
import com.anjian.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A town that has switched the monthly-penalty rule (月月清零) off: no month is flagged, and the answer says so. */
@QuarkusTest
@TestProfile(EnforcementMonitorsRuleOffTest.RuleOff.class)
class EnforcementMonitorsRuleOffTest {

    public static class RuleOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("anjian.enforcement.monthly-penalty.enabled", "false", "anjian.enforcement.monthly-penalty.minimum", "3");
        }
    }

    @Test
    void theRuleSwitchedOffFlagsNoMonth() {
        // an office with powers that decided nothing in three ended months (EnforcementMonitorsTest: flagged with the rule on)
        Clocks.pin(LocalDateTime.of(2032, 4, 2, 9, 0));
        long office = Fixtures.createOffice(Fixtures.unique("监测办")).jsonPath().getLong("id");
        Api.as("admin").queryParam("year", 2032).queryParam("officeUnitId", office).get("/api/v1/enforcement/monitors").then()
                .statusCode(200).body("rules.zeroPenaltyEnabled", equalTo(false)).body("rules.zeroPenaltyMinimum", equalTo(3))
                .body("zeroPenaltyMonths", hasSize(0));
        Api.as("admin").queryParam("year", 2032).get("/api/v1/enforcement/monitors").then().statusCode(200)
                .body("zeroPenaltyMonths", hasSize(0));
    }
}
