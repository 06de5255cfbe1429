package com.anjian.support;

import com.anjian.common.time.BusinessClock;
import io.quarkus.test.junit.QuarkusMock;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** Pins the application's business clock for the running test (QuarkusMock undoes it after the test). */
public final class Clocks {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Clocks() {
    }

    /** Every date decision of the application is made as if it were this moment in Shanghai. */
    public static void pin(LocalDateTime shanghai) {
        QuarkusMock.installMockForType(BusinessClock.fixed(shanghai.atZone(SHANGHAI).toInstant(), SHANGHAI), BusinessClock.class);
    }
}
