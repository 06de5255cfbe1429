package com.anjian.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "AuditEntry", description = "One change of a record (everything one request or job changed in it): who, when,"
        + " and each field that changed with its value before and after")
public record AuditEntryDto(
        @Schema(required = true, description = "Unique within a history; a later change has a higher id") long id,
        @Schema(required = true) Instant at,
        @Schema(required = true, description = "Login of the person or client who made the change;"
                + " \"system\" for the daily overdue check and start-up data") String actor,
        @Schema(required = true, enumeration = {"CREATE", "UPDATE"},
                description = "CREATE: the change that created the record (every field that has a value); UPDATE: a later one")
        String action,
        @Schema(required = true) List<FieldChange> changes) {

    @Schema(name = "FieldChange")
    public record FieldChange(
            @Schema(required = true) String field,
            @Schema(required = true, nullable = true) Object from,
            @Schema(required = true, nullable = true) Object to) {
    }
}
