package com.anjian.enforcement;

import com.anjian.inspection.InspectionPlanDtos;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The wire shapes of the enforcement monitors (执法监测): each computed from the records on every request. */
public final class MonitorDtos {

    private MonitorDtos() {
    }

    @Schema(name = "EnforcementMonitors", description = "The four enforcement monitors of a year, computed from the records"
            + " (nothing is stored): 首查必罚, 月月清零, plans behind schedule, rectification orders overdue")
    public record Monitors(
            @Schema(required = true) int year,
            @Schema(required = true) Rules rules,
            @Schema(required = true, description = "首查必罚: first inspections of the year with a violation and no penalty (or legal"
                    + " ground for none); oldest first") List<FirstInspectionViolation> firstInspectionUnpunished,
            @Schema(required = true, description = "月月清零: ended months in which an office with enforcement powers decided fewer"
                    + " penalties than the minimum; empty when the rule is off") List<ZeroPenaltyMonth> zeroPenaltyMonths,
            @Schema(required = true, description = "Ended months of a plan with planned items not done in them (as in the plan"
                    + " execution)") List<PlanBehind> plansBehind,
            @Schema(required = true, description = "Rectification orders past their deadline with no re-inspection; most overdue first")
            List<OverdueOrder> ordersOverdue) {
    }

    @Schema(name = "MonitorRules", description = "The town's settings the monitors were computed with")
    public record Rules(
            @Schema(required = true, description = "Whether the monthly-penalty rule (月月清零) is on") boolean zeroPenaltyEnabled,
            @Schema(required = true, description = "Penalty decisions an office should make each month") int zeroPenaltyMinimum) {
    }

    @Schema(name = "FirstInspectionViolation", description = "A unit's first finished inspection of the year by an office holding"
            + " enforcement powers over its sector, with failed violation items and no penalty decided (nor a legal ground for none)")
    public record FirstInspectionViolation(
            @Schema(required = true) long inspectionId,
            @Schema(required = true, examples = "JC2026-0001") String inspectionSerial,
            @Schema(required = true) LocalDate inspectedOn,
            @Schema(required = true) long inspectingUnitId,
            @Schema(required = true) String inspectingUnitName,
            @Schema(required = true) long inspectedUnitId,
            @Schema(required = true) String inspectedUnitName,
            @Schema(required = true) String sectorCode,
            @Schema(required = true, description = "Failed items that are violations (违法行为)") long violationItems,
            @Schema(required = true, nullable = true, description = "The latest case opened from it, if any") Long caseId,
            @Schema(required = true, nullable = true) CaseState caseState) {
    }

    @Schema(name = "ZeroPenaltyMonth", description = "An ended month in which an office with enforcement powers decided fewer penalties"
            + " than the minimum")
    public record ZeroPenaltyMonth(
            @Schema(required = true) long officeUnitId,
            @Schema(required = true) String officeUnitName,
            @Schema(required = true, examples = "2026-03") String month,
            @Schema(required = true, description = "Penalty decisions dated in the month (withdrawn cases not counted)") long penaltyDecisions,
            @Schema(required = true) int minimum) {
    }

    @Schema(name = "PlanBehind", description = "An ended month of a plan with planned items not done in it")
    public record PlanBehind(
            @Schema(required = true) long planId,
            @Schema(required = true) long officeUnitId,
            @Schema(required = true) String officeUnitName,
            @Schema(required = true, examples = "2026-03") String month,
            @Schema(required = true, description = "Items of the plan planned for the month, not cancelled") long planned,
            @Schema(required = true, description = "Of them done, on time or late") long done,
            @Schema(required = true) List<InspectionPlanDtos.MissedItem> missedItems) {
    }

    @Schema(name = "OverdueOrder", description = "A case whose rectification order is past its deadline with no re-inspection")
    public record OverdueOrder(
            @Schema(required = true) long caseId,
            @Schema(required = true) long officeUnitId,
            @Schema(required = true) String officeUnitName,
            @Schema(required = true) long partyUnitId,
            @Schema(required = true) String partyUnitName,
            @Schema(required = true, examples = "东溪经发责改〔2026〕3号") String orderNumber,
            @Schema(required = true) LocalDate orderDeadline,
            @Schema(required = true, description = "Days since the deadline, in the town's time") long daysOverdue) {
    }
}
