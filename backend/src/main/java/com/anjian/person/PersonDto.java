package com.anjian.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Person", description = "A person of a unit")
public record PersonDto(
        @Schema(required = true) long id,
        @Schema(required = true) long unitId,
        @Schema(required = true) String unitName,
        @Schema(required = true) String name,
        @Schema(required = true, nullable = true) String position,
        @Schema(required = true, nullable = true) String phone,
        @Schema(required = true, nullable = true, description = "Keycloak username linked to this person") String login,
        @Schema(required = true) boolean active,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
