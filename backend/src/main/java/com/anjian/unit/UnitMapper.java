package com.anjian.unit;

import java.util.List;

/** Unit entity to wire representation. */
public final class UnitMapper {

    private UnitMapper() {
    }

    public static UnitDto toDto(Unit unit) {
        return new UnitDto(unit.id, unit.town.id, unit.kind, unit.code, unit.name, unit.enforcementPowers,
                List.copyOf(unit.sectors), unit.active, unit.ledgersDueFrom, unit.documentPrefix, unit.version, unit.createdAt, unit.updatedAt);
    }
}
