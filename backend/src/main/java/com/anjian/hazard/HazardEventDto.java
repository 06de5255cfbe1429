package com.anjian.hazard;

import com.anjian.attachment.AttachmentDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "HazardEvent", description = "One step or note in a hazard's timeline")
public record HazardEventDto(
        @Schema(required = true) long id,
        @Schema(required = true) HazardAction action,
        @Schema(required = true, nullable = true) HazardState fromState,
        @Schema(required = true) HazardState toState,
        @Schema(required = true, description = "Login") String actor,
        @Schema(required = true) String actorName,
        @Schema(required = true) Instant at,
        @Schema(required = true, nullable = true, description = "When it happened, if recorded later (paper ledger)") LocalDate occurredOn,
        @Schema(required = true, nullable = true) String note,
        @Schema(required = true, description = "Evidence attached to this step") List<AttachmentDto> attachments) {
}
