package com.anjian.hazard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "HazardSummary", description = "A hazard as shown in lists")
public record HazardSummaryDto(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "YH2026-0001") String serial,
        @Schema(required = true) long unitId,
        @Schema(required = true) String unitName,
        @Schema(required = true) String place,
        @Schema(required = true) String description,
        @Schema(required = true) String sectorCode,
        @Schema(required = true) CauseCategory causeCategory,
        @Schema(required = true) HazardGrade grade,
        @Schema(required = true) HazardSource source,
        @Schema(required = true) LocalDate foundOn,
        @Schema(required = true) HazardState state,
        @Schema(required = true, description = "The state as people see it: rectification reported done shows as AWAITING_VERIFICATION (待验收)") HazardStatus status,
        @Schema(required = true, nullable = true) Long responsibleUnitId,
        @Schema(required = true, nullable = true) String responsibleUnitName,
        @Schema(required = true, nullable = true, description = "The order's deadline once issued, else the registration's") LocalDate deadline,
        @Schema(required = true, description = "Past its deadline and not yet verified") boolean overdue,
        @Schema(required = true, description = "Days past the deadline; 0 when not overdue") int overdueDays,
        @Schema(required = true, description = "A major hazard not yet reported to the district") boolean awaitsDistrictReport,
        @Schema(required = true) long version,
        @Schema(required = true) Instant updatedAt) {
}
