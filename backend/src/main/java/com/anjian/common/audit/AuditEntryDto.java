package com.anjian.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "AuditEntry", description = "One change of a record: who, when, what")
public record AuditEntryDto(
        @Schema(required = true) long id,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "Login of the person or client who made the change") String actor,
        @Schema(required = true, enumeration = {"CREATE", "UPDATE"}) String action,
        @Schema(required = true) List<FieldChange> changes) {

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(required = true) String field,
            @Schema(required = true, nullable = true) Object from,
            @Schema(required = true, nullable = true) Object to) {
    }
}
