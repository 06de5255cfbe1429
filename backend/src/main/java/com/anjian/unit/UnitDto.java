package com.anjian.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Unit", description = "A supervised unit (单位)")
public record UnitDto(
        @Schema(required = true) long id,
        @Schema(required = true) long townId,
        @Schema(required = true) UnitKind kind,
        @Schema(required = true, nullable = true, description = "12-digit division code (villages, communities) or 18-character unified social credit code (enterprises, institutions)") String code,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Holds administrative enforcement powers (有行政执法权限)") boolean enforcementPowers,
        @Schema(required = true, description = "Sector codes, see GET /api/v1/sectors") List<String> sectors,
        @Schema(required = true) boolean active,
        @Schema(required = true, examples = "2026-01", description = "YYYY-MM: the first month whose monthly ledger the unit owes;"
                + " earlier months are not counted as missing") String ledgersDueFrom,
        @Schema(required = true, nullable = true, examples = "东溪经发", description = "What the numbers of the unit's official documents"
                + " start with (东溪经发 in 东溪经发责改〔2021〕3号); null: the town's name without its last character and the unit's name"
                + " without a trailing 办, 所, 站 or 中心") String documentPrefix,
        @Schema(required = true, description = "Send back unchanged on update; a stale value gets 409") long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
