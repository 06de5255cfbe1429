package com.anjian.common;

import com.anjian.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class SettingsTest {

    @Test
    void clientsLearnTheRulesTheServerApplies() {
        Api.as("officer").get("/api/v1/settings").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("today", oneOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString()))
                .body("ledgerDueDay", equalTo(5))
                .body("maxPhotoBytes", equalTo(15 * 1024 * 1024));
        Api.anonymous().get("/api/v1/settings").then().statusCode(401);
    }
}
