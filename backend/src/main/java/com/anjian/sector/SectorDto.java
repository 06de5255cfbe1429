package com.anjian.sector;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sector", description = "A sector (行业领域)")
public record SectorDto(
        @Schema(required = true, examples = "ROAD_TRAFFIC") String code,
        @Schema(required = true, description = "Name in the caller's language", examples = "道路交通") String name) {
}
