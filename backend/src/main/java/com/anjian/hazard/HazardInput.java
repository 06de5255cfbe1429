package com.anjian.hazard;

import com.anjian.common.validation.FoundOn;
import com.anjian.common.validation.SectorCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Step 1, 排查: reporting a hazard that was found. */
@Schema(name = "HazardInput")
public record HazardInput(
        @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The unit where the hazard is") Long unitId,
        @NotBlank(message = "{anjian.required}") @Size(max = 200, message = "{anjian.size.max}") @Schema(required = true, description = "Place or part (部位)") String place,
        @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true) String description,
        @NotBlank(message = "{anjian.required}") @Size(max = 40, message = "{anjian.size.max}") @SectorCode @Schema(required = true, description = "Sector code, exactly as GET /api/v1/sectors lists it") String sectorCode,
        @NotNull(message = "{anjian.required}") @Schema(required = true) CauseCategory causeCategory,
        @NotNull(message = "{anjian.required}") @Schema(required = true, description = "Initial grade; confirmed at registration") HazardGrade grade,
        @NotNull(message = "{anjian.required}") @Schema(required = true) HazardSource source,
        @Size(max = 50, message = "{anjian.size.max}") @Schema(nullable = true, description = "Who found it; defaults to you") String foundBy,
        @NotNull(message = "{anjian.required}") @FoundOn @Schema(required = true, description = "YYYY-MM-DD; not in the future, at most anjian.hazard.max-found-age-days (366) days ago") LocalDate foundOn,
        @Schema(nullable = true, description = "A closed hazard this one repeats") Long recurrenceOfId,
        @Size(max = 20, message = "{anjian.size.items}") @Schema(description = "Photos uploaded beforehand (POST /api/v1/attachments)") List<Long> attachmentIds) {
}
