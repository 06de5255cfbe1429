package com.anjian.inspection;

import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageResult;
import com.anjian.common.validation.IsoMonth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The wire shapes of inspection plans and their execution. */
public final class InspectionPlanDtos {

    private InspectionPlanDtos() {
    }

    @Schema(name = "InspectionPlanSummary", description = "A plan with its execution so far (computed from the inspections)")
    public record Summary(
            @Schema(required = true) long id,
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true) int year,
            @Schema(required = true) PlanKind kind,
            @Schema(required = true, nullable = true) Integer month,
            @Schema(required = true) String title,
            @Schema(required = true, description = "Items not cancelled") long itemCount,
            @Schema(required = true, description = "Items carried out, on time or late") long doneCount,
            @Schema(required = true, nullable = true, description = "Done on time among the items due so far (0..1); null when none is due yet")
            Double executionRate,
            @Schema(required = true, description = "Some item's month ended without its inspection") boolean behindSchedule) {
    }

    @Schema(name = "InspectionPlan")
    public record Detail(
            @Schema(required = true) long id,
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true) int year,
            @Schema(required = true) PlanKind kind,
            @Schema(required = true, nullable = true) Integer month,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true) long version,
            @Schema(required = true, description = "In planned order") List<Item> items) {
    }

    @Schema(name = "InspectionPlanItem")
    public record Item(
            @Schema(required = true) long id,
            @Schema(required = true) long targetUnitId,
            @Schema(required = true) String targetUnitName,
            @Schema(required = true, examples = "2026-03") String plannedMonth,
            @Schema(required = true, nullable = true) LocalDate plannedOn,
            @Schema(required = true, nullable = true) Long checklistId,
            @Schema(required = true, nullable = true) String checklistTitle,
            @Schema(required = true) List<String> inspectors,
            @Schema(required = true, nullable = true) String note,
            @Schema(required = true) boolean cancelled,
            @Schema(required = true, nullable = true) String cancelReason,
            @Schema(required = true) long version,
            @Schema(required = true, nullable = true, description = "The first inspection that carried it out") Long inspectionId,
            @Schema(required = true, nullable = true) LocalDate inspectedOn,
            @Schema(required = true) PlanItemStatus status) {
    }

    @Schema(name = "InspectionPlanItemInput")
    public record ItemInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true) Long targetUnitId,
            @NotNull(message = "{anjian.required}") @IsoMonth @Size(max = 7, message = "{anjian.size.max}")
            @Schema(required = true, maxLength = 7, pattern = "^\\d{4}-(0[1-9]|1[0-2])$", examples = "2026-03", description = "YYYY-MM, in the plan's year (and month)") String plannedMonth,
            @Schema(nullable = true, description = "YYYY-MM-DD within the planned month") LocalDate plannedOn,
            @Schema(nullable = true, description = "An active checklist of the town") Long checklistId,
            @Size(max = 20, message = "{anjian.size.items}") @Schema(description = "Names, up to 20")
            List<@NotBlank(message = "{anjian.required}") @Size(max = 50, message = "{anjian.size.max}") String> inspectors,
            @Size(max = 500, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 500) String note) {
    }

    @Schema(name = "InspectionPlanInput", description = "A plan as written; on update its items are added to the plan's (existing items are changed only by cancelling them)")
    public record Input(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The planning office (an office head: their own)") Long unitId,
            @NotNull(message = "{anjian.required}") @Min(value = 2000, message = "{anjian.min}") @Max(value = 2099, message = "{anjian.max}")
            @Schema(required = true, minimum = "2000", maximum = "2099") Integer year,
            @NotNull(message = "{anjian.required}") @Schema(required = true) PlanKind kind,
            @Min(value = 1, message = "{anjian.min}") @Max(value = 12, message = "{anjian.max}")
            @Schema(nullable = true, minimum = "1", maximum = "12", description = "Required for a monthly plan, absent for an annual one") Integer month,
            @NotBlank(message = "{anjian.required}") @Size(max = 100, message = "{anjian.size.max}") @Schema(required = true, maxLength = 100) String title,
            @Size(max = 1000, message = "{anjian.size.max}") @Schema(nullable = true, maxLength = 1000) String note,
            @Size(max = 200, message = "{anjian.size.items}") @Schema(description = "Up to 200 items")
            List<@NotNull(message = "{anjian.required}") @Valid ItemInput> items,
            @Schema(description = "Required on update: the version last read") Long version) {
    }

    @Schema(name = "PlanItemCancelInput")
    public record CancelInput(
            @NotNull(message = "{anjian.required}") @Schema(required = true, description = "The item's version") Long version,
            @NotBlank(message = "{anjian.required}") @Size(max = 500, message = "{anjian.size.max}") @Schema(required = true, maxLength = 500) String reason) {
    }

    @Schema(name = "InspectionPlanPage")
    public static class Page extends PageResult<Summary> {
        public Page() {
        }

        public Page(List<Summary> items, PageParams params, long total) {
            super(items, params, total);
        }
    }

    @Schema(name = "PlanExecution", description = "Each office's plan items by month of a year, as carried out (computed)")
    public record Execution(
            @Schema(required = true) int year,
            @Schema(required = true) List<OfficeExecution> offices) {
    }

    @Schema(name = "OfficeExecution")
    public record OfficeExecution(
            @Schema(required = true) long unitId,
            @Schema(required = true) String unitName,
            @Schema(required = true, description = "January to December") List<MonthExecution> months) {
    }

    @Schema(name = "MonthExecution")
    public record MonthExecution(
            @Schema(required = true, examples = "2026-03") String month,
            @Schema(required = true, description = "Items planned for the month, not cancelled") long planned,
            @Schema(required = true) long doneOnTime,
            @Schema(required = true) long doneLate,
            @Schema(required = true) long missed,
            @Schema(required = true, nullable = true, description = "doneOnTime / planned; null when nothing is planned") Double rate,
            @Schema(required = true, description = "The month has ended with planned items not done") boolean behindSchedule,
            @Schema(required = true) List<MissedItem> missedItems) {
    }

    @Schema(name = "MissedPlanItem")
    public record MissedItem(
            @Schema(required = true) long planId,
            @Schema(required = true) long itemId,
            @Schema(required = true) String targetUnitName) {
    }
}
