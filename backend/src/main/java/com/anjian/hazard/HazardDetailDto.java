package com.anjian.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Schema(name = "Hazard", description = "A hazard with its five-step timeline and what the caller may do next")
public record HazardDetailDto(
        @Schema(required = true) HazardSummaryDto summary,
        @Schema(required = true) long reportingUnitId,
        @Schema(required = true) String reportingUnitName,
        @Schema(required = true) String foundBy,
        @Schema(required = true, description = "Login of the reporter") String reportedBy,
        @Schema(required = true, nullable = true) Long recurrenceOfId,
        @Schema(required = true, nullable = true) String recurrenceOfSerial,
        @Schema(required = true, nullable = true) String responsiblePerson,
        @Schema(required = true, nullable = true) String measures,
        @Schema(required = true, nullable = true, description = "Yuan") BigDecimal funds,
        @Schema(required = true, nullable = true) LocalDate registrationDeadline,
        @Schema(required = true, nullable = true) String contingencyPlan,
        @Schema(required = true, nullable = true) String treatmentPlan,
        @Schema(required = true, nullable = true) Instant districtReportedAt,
        @Schema(required = true, nullable = true) String orderContent,
        @Schema(required = true, nullable = true) LocalDate orderDeadline,
        @Schema(required = true, nullable = true) LocalDate completedOn,
        @Schema(required = true, nullable = true, description = "Login that reported the rectification done") String rectifiedBy,
        @Schema(required = true, nullable = true) String verifierName,
        @Schema(required = true, nullable = true) LocalDate verifiedOn,
        @Schema(required = true, nullable = true) Instant closedAt,
        @Schema(required = true, nullable = true, description = "Number in the close-out ledger") String closeoutNo,
        @Schema(required = true, nullable = true) String remarks,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true, description = "The inspection whose failed checklist item this hazard is") Long inspectionId,
        @Schema(required = true, nullable = true, examples = "JC2026-0001") String inspectionSerial,
        @Schema(required = true, description = "Oldest first") List<HazardEventDto> timeline,
        @Schema(required = true, description = "What the caller may do now") Set<HazardAction> allowedActions) {
}
