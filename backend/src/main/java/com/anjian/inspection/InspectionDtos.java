package com.anjian.inspection;

import com.anjian.attachment.AttachmentDto;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import com.anjian.common.validation.Deadline;
import com.anjian.common.validation.PastOrToday;
import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The wire shapes of inspections. */
public final class InspectionDtos {

    private InspectionDtos() {
    }

    @Schema(name = "InspectionSummary", description = "An inspection as lists show it")
    public record Summary(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "JC2026-0001") String serial,
            @Schema(required = true) long inspectingUnitId,
            @Schema(required = true) String inspectingUnitName,
            @Schema(required = true) long inspectedUnitId,
            @Schema(required = true) String inspectedUnitName,
            @Schema(required = true) LocalDate inspectedOn,
            @Schema(required = true, description = "Persons dispatched") int inspectorCount,
            @Schema(required = true) String checklistTitle,
            @Schema(required = true) InspectionState state,
            @Schema(required = true, description = "Items that failed") long failedCount,
            @Schema(required = true, description = "Failed items that are violations of law") long violationCount,
            @Schema(required = true, description = "Failed items registered as hazards") long hazardCount) {
    }

    @Schema(name = "Inspection", description = "An inspection with its checklist items' results, in the words of the checklist version it used")
    public record Detail(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "JC2026-0001") String serial,
            @Schema(required = true) long inspectingUnitId,
            @Schema(required = true) String inspectingUnitName,
            @Schema(required = true) long inspectedUnitId,
            @Schema(required = true) String inspectedUnitName,
            @Schema(required = true) LocalDate inspectedOn,
            @Schema(required = true, description = "Persons dispatched") int inspectorCount,
            @Schema(required = true) String checklistTitle,
            @Schema(required = true) InspectionState state,
            @Schema(required = true) long failedCount,
            @Schema(required = true) long violationCount,
            @Schema(required = true) long hazardCount,
            @Schema(required = true, nullable = true) String place,
            @Schema(required = true, nullable = true, description = "The inspected unit's person present") String onSitePerson,
            @Schema(required = true) List<String> inspectors,
            @Schema(required = true) long checklistId,
            @Schema(required = true, description = "The checklist version whose items were checked") int checklistVersionNo,
            @Schema(required = true, nullable = true) String conclusion,
            @Schema(required = true, description = "Send it back to finish the inspection") long version,
            @Schema(required = true, nullable = true) Instant finishedAt,
            @Schema(required = true, description = "Login of whoever started it") String createdBy,
            @Schema(required = true, description = "In item order") List<Result> results) {
    }

    @Schema(name = "InspectionResult", description = "One checklist item of an inspection and its result")
    public record Result(
            @Schema(required = true) int itemNo,
            @Schema(required = true) String text,
            @Schema(required = true) String legalBasis,
            @Schema(required = true, description = "A failure is a violation of law (违法行为)") boolean violation,
            @Schema(required = true, nullable = true, description = "Null until checked") InspectionOutcome outcome,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true, description = "Photos of the item") List<AttachmentDto> attachments,
            @Schema(required = true, nullable = true, description = "The hazard this failed item became") Long hazardId,
            @Schema(required = true, nullable = true) String hazardSerial,
            @Schema(required = true, description = "This result's version: send it back to change it") long version) {
    }

    @Schema(name = "InspectionInput", description = "Start an inspection: one empty result per item of the checklist's current version")
    public record Input(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The inspecting office (an office head: their own)") Long inspectingUnitId,
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long inspectedUnitId,
            @NotNull(message = "{anjian.required}") @PastOrToday @Schema(required = true, description = "YYYY-MM-DD, not in the future") LocalDate inspectedOn,
            @NotNull(message = "{anjian.required}") @Size(min = 1, max = 20, message = "{anjian.size.items-range}")
            @Schema(required = true, description = "1 to 20 names; their number is the persons dispatched")
            List<@NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") String> inspectors,
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "An active checklist of the town") Long checklistId,
            @Size(max = 200, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 200) String place,
            @Size(max = 50, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 50, description = "The inspected unit's person present") String onSitePerson) {
    }

    @Schema(name = "InspectionResultInput", description = "The result of one item; photos uploaded beforehand are added to it")
    public record ResultInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The result's version") Long version,
            @NotNull(message = "{anjian.required}") @Schema(required = true) InspectionOutcome outcome,
            @Size(max = 1000, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 1000) String note,
            @Size(max = 20, message = "{anjian.size.items}") @Schema(description = "New photos (POST /api/v1/attachments) to add to the item") List<Long> attachmentIds) {
    }

    @Schema(name = "InspectionFinishInput")
    public record FinishInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The inspection's version") Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 5000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 5000) String conclusion) {
    }

    @Schema(name = "InspectionHazardInput", description = "Register a failed item as a hazard (reported and registered in one step)")
    public record HazardInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The result's version") Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 200, message = "{anjian.size.max}") @Schema(required = true, maxLength = 200, description = "Place or part (部位)") String place,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 1000) String description,
            @NotNull(message = "{anjian.required}") @Schema(required = true) CauseCategory causeCategory,
            @NotNull(message = "{anjian.required}") @Schema(required = true) HazardGrade grade,
            @NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") @Schema(required = true, maxLength = 50) String responsiblePerson,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 1000) String measures,
            @DecimalMin(value = "0", message = "{anjian.not-negative}") @Digits(integer = 12, fraction = 2, message = "{anjian.money}")
            @Schema(nullable = true, description = "Funds in yuan; 0 when left out") BigDecimal funds,
            @NotNull(message = "{anjian.required}") @Deadline @Schema(required = true, description = "YYYY-MM-DD, today or later") LocalDate deadline,
            @NotBlank(message = "{anjian.required}") @Size(max = 1000, message = "{anjian.size.max}") @Schema(required = true, maxLength = 1000) String contingencyPlan,
            @Size(max = 20000, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 20000, description = "Required for a major hazard") String treatmentPlan) {
    }

    @Schema(name = "InspectionPage")
    public static class Page extends PageResult<Summary> {
        public Page() {
        }

        public Page(List<Summary> items, PageParams params, long total) {
            super(items, params, total);
        }
    }
}
