package com.anjian.hazard;

import com.anjian.attachment.AttachmentDto;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hazard entities to wire representations. */
public final class HazardMapper {

    private HazardMapper() {
    }

    /** The inspection a hazard came from: its id and number. */
    public record InspectionLink(long id, String serial) {
    }

    public static HazardSummaryDto toSummary(Hazard h, LocalDate today) {
        boolean overdue = h.isOverdue(today);
        return new HazardSummaryDto(h.id, h.serial, h.unit.id, h.unit.name, h.place, h.description, h.sector.code,
                h.causeCategory, h.grade, h.source, h.foundOn, h.state, HazardStatus.of(h),
                h.responsibleUnit == null ? null : h.responsibleUnit.id,
                h.responsibleUnit == null ? null : h.responsibleUnit.name,
                h.effectiveDeadline(), overdue,
                overdue ? (int) ChronoUnit.DAYS.between(h.effectiveDeadline(), today) : 0,
                h.awaitsDistrictReport(), h.version, h.updatedAt);
    }

    public static HazardDetailDto toDetail(Hazard h, LocalDate today, List<HazardEvent> events,
                                           Map<Long, List<AttachmentDto>> attachmentsByEvent, String closeoutNo,
                                           InspectionLink inspection, Set<HazardAction> allowed) {
        List<HazardEventDto> timeline = events.stream()
                .map(e -> new HazardEventDto(e.id, e.action, e.fromState, e.toState, e.actor, e.actorName, e.at,
                        e.occurredOn, e.note,
                        attachmentsByEvent.getOrDefault(e.id, List.of())))
                .toList();
        return new HazardDetailDto(toSummary(h, today), h.reportingUnit.id, h.reportingUnit.name, h.foundBy,
                h.reportedBy, h.recurrenceOf == null ? null : h.recurrenceOf.id,
                h.recurrenceOf == null ? null : h.recurrenceOf.serial, h.responsiblePerson, h.measures, h.funds,
                h.deadline, h.contingencyPlan, h.treatmentPlan, h.districtReportedAt, h.orderContent, h.orderDeadline,
                h.completedOn, h.rectifiedBy, h.verifierName, h.verifiedOn, h.closedAt, closeoutNo, h.remarks,
                h.createdAt, inspection == null ? null : inspection.id(), inspection == null ? null : inspection.serial(),
                timeline, allowed);
    }
}
