package com.anjian.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for validation (@PastOrPresent) is today in the towns' time zone (anjian.zone), not the
 * server's: a hazard found at 08:00 in China is on a date that is still tomorrow in UTC. Read from
 * plain config because the validator is built before config mappings exist.
 */
@ApplicationScoped
public class BusinessClock implements ClockProvider {

    @Override
    public Clock getClock() {
        String zone = ConfigProvider.getConfig().getOptionalValue("anjian.zone", String.class).orElse("Asia/Shanghai");
        return Clock.system(ZoneId.of(zone));
    }
}
