package com.anjian.closeout;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "Closeout", description = "An entry of the close-out ledger (隐患销号台账)")
public record CloseoutDto(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "XH2026-0001") String closeoutNo,
        @Schema(required = true) long hazardId,
        @Schema(required = true) String hazardSerial,
        @Schema(required = true) String unitName,
        @Schema(required = true) String sectorCode,
        @Schema(required = true) String place,
        @Schema(required = true) String description,
        @Schema(required = true) LocalDate foundOn,
        @Schema(required = true, nullable = true) String responsiblePerson,
        @Schema(required = true, nullable = true) LocalDate completedOn,
        @Schema(required = true, nullable = true) String verifierName,
        @Schema(required = true, nullable = true) LocalDate verifiedOn,
        @Schema(required = true) Instant closedAt,
        @Schema(required = true, description = "Login") String closedBy,
        @Schema(required = true) String closedByName,
        @Schema(required = true, nullable = true, description = "The closer's unit: whose close-out ledger this entry is in") Long closingUnitId,
        @Schema(required = true, nullable = true) String closingUnitName) {

    static CloseoutDto of(CloseoutEntry c) {
        var h = c.hazard;
        return new CloseoutDto(c.id, c.closeoutNo, h.id, h.serial, h.unit.name, h.sector.code, h.place, h.description,
                h.foundOn, h.responsiblePerson, h.completedOn, h.verifierName, h.verifiedOn, c.closedAt, c.closedBy,
                c.closedByName, c.closingUnit == null ? null : c.closingUnit.id,
                c.closingUnit == null ? null : c.closingUnit.name);
    }
}
