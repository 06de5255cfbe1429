package com.anjian.common;

import com.anjian.common.time.BusinessClock;
import com.anjian.support.Api;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SettingsTest {

    @Test
    void clientsLearnTheRulesTheServerApplies() {
        // 16:30 UTC on the 28th is already 00:30 on the 29th in the town.
        QuarkusMock.installMockForType(BusinessClock.fixed(Instant.parse("2026-11-28T16:30:00Z"), ZoneId.of("Asia/Shanghai")),
                BusinessClock.class);
        Api.as("officer").get("/api/v1/settings").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("today", equalTo("2026-11-29"))
                .body("ledgerDueDay", equalTo(5))
                .body("maxPhotoBytes", equalTo(15 * 1024 * 1024));
        Api.anonymous().get("/api/v1/settings").then().statusCode(401);
    }
}
