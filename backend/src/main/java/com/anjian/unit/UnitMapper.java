package com.anjian.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unit entity to wire and audit representations. */
public final class UnitMapper {

    private UnitMapper() {
    }

    public static UnitDto toDto(Unit unit) {
        return new UnitDto(unit.id, unit.town.id, unit.kind, unit.code, unit.name, unit.enforcementPowers,
                List.copyOf(unit.sectors), unit.active, unit.ledgersDueFrom, unit.version, unit.createdAt, unit.updatedAt);
    }

    /** The audited fields, in display order. */
    public static Map<String, Object> auditSnapshot(Unit unit) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("kind", unit.kind);
        snapshot.put("code", unit.code);
        snapshot.put("name", unit.name);
        snapshot.put("enforcementPowers", unit.enforcementPowers);
        snapshot.put("sectors", List.copyOf(unit.sectors));
        snapshot.put("active", unit.active);
        snapshot.put("ledgersDueFrom", unit.ledgersDueFrom);
        return snapshot;
    }
}
