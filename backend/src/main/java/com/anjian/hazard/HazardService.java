package com.anjian.hazard;

import com.anjian.attachment.AttachmentService;
import com.anjian.closeout.CloseoutEntry;
import com.anjian.common.AnjianConfig;
import com.anjian.common.Enums;
import com.anjian.common.error.FieldErrors;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.error.Versions;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.PageQuery;
import com.anjian.common.paging.Sorting;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.common.time.BusinessClock;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import com.anjian.sector.Sector;
import com.anjian.town.Town;
import com.anjian.town.TownCounters;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hazards through the five-step loop. Every read goes through {@link HazardScope}; every step after
 * reporting takes one path ({@link #step}): the caller must see the hazard (404), be allowed the step
 * by role (403), have read the current version (409), find the state admitting it (409) and be
 * allowed it as a person (403); its evidence is claimed (400 if an upload is not the caller's and
 * unbound); then the step checks and applies its own input (400), is kept as a timeline event with
 * the evidence bound to it, and raises its notifications. Each step supplies only its specifics.
 */
@ApplicationScoped
@Transactional
public class HazardService {

    private static final Map<String, String> SORTABLE = Map.of(
            "foundOn", "h.foundOn", "deadline", "h.deadline", "updatedAt", "h.updatedAt", "serial", "h.serial",
            "state", "h.state", "grade", "h.grade");

    @Inject
    BusinessClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    HazardScope scope;

    @Inject
    UnitService units;

    @Inject
    AttachmentService attachments;

    @Inject
    TownCounters counters;

    @Inject
    NotificationService notifications;

    @Inject
    AnjianConfig config;

    public LocalDate today() {
        return clock.today();
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public HazardPage list(HazardFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("h.updatedAt"), "h.id");
        // The page's ids first, from the hazard table alone in the list's order (PageQuery); then those
        // hazards with their units (PageQuery.rows, left joins). The sector's code is the hazard's own
        // column: no join of sectors.
        List<Long> ids = PageQuery.ids(Hazard.getEntityManager(), "select h.id from Hazard h", where, sort, params, paging);
        List<Hazard> page = PageQuery.rows(Hazard.getEntityManager(), Hazard.class, "from Hazard h left join fetch h.unit"
                + " left join fetch h.responsibleUnit where h.id in ", ids);
        LocalDate today = today();
        List<HazardSummaryDto> items = PageQuery.inOrder(ids, page, h -> h.id).stream()
                .map(h -> HazardMapper.toSummary(h, today)).toList();
        return new HazardPage(items, paging, PageQuery.count(Hazard.getEntityManager(), "Hazard h", where, params));
    }

    /** How many hazards the list shows the caller with this filter: the total of {@link #list}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(HazardFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return Hazard.count("from Hazard h where " + where(filter, params), params);
    }

    /** The JPQL condition (alias h) for the caller's scope and the filter; shared with the export. */
    public String where(HazardFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(").append(scope.condition(params)).append(")");
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (h.serial like :q or h.place like :q or h.description like :q)");
            params.put("q", Sorting.likePattern(filter.q));
        }
        HazardState state = Enums.parse(HazardState.class, filter.state, "state");
        if (state != null) {
            where.append(" and h.state = :state");
            params.put("state", state);
        }
        HazardStatus status = Enums.parse(HazardStatus.class, filter.status, "status");
        if (status != null) {
            where.append(" and h.state = :statusState");
            params.put("statusState", status.state());
            if (status == HazardStatus.RECTIFYING) {
                where.append(" and h.completedOn is null");
            } else if (status == HazardStatus.AWAITING_VERIFICATION) {
                where.append(" and h.completedOn is not null");
            }
        }
        HazardGrade grade = Enums.parse(HazardGrade.class, filter.grade, "grade");
        if (grade != null) {
            where.append(" and h.grade = :grade");
            params.put("grade", grade);
        }
        if (filter.unitId != null) {
            where.append(" and h.unit.id = :unitId");
            params.put("unitId", filter.unitId);
        }
        if (filter.responsibleUnitId != null) {
            where.append(" and h.responsibleUnit.id = :responsibleUnitId");
            params.put("responsibleUnitId", filter.responsibleUnitId);
        }
        if (filter.sector != null && !filter.sector.isBlank()) {
            where.append(" and h.sector.code = :sector");
            params.put("sector", filter.sector.trim());
        }
        if (filter.month != null) {
            YearMonth month = YearMonth.parse(filter.month);
            where.append(" and h.foundOn between :monthStart and :monthEnd");
            params.put("monthStart", month.atDay(1));
            params.put("monthEnd", month.atEndOfMonth());
        }
        if (filter.overdue != null) {
            String overdue = "(h.state in (:openStates) and coalesce(h.orderDeadline, h.deadline) < :today)";
            where.append(filter.overdue ? " and " + overdue : " and not " + overdue);
            params.put("openStates", List.of(HazardState.REGISTERED, HazardState.RECTIFYING));
            params.put("today", today());
        }
        if (filter.awaitsDistrictReport != null) {
            String awaits = "(h.grade = :major and h.state <> :found and h.districtReportedAt is null)";
            where.append(filter.awaitsDistrictReport ? " and " + awaits : " and not " + awaits);
            params.put("major", HazardGrade.MAJOR);
            params.put("found", HazardState.FOUND);
        }
        return where.toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HazardDetailDto detail(long id) {
        return detailOf(scope.findWithUnits(id).orElseThrow(() -> ProblemException.notFound("entity.hazard", id)));
    }

    private HazardDetailDto detailOf(Hazard hazard) {
        List<HazardEvent> events = HazardEvent.list("hazard.id = ?1", Sort.by("at").and("id"), hazard.id);
        String closeoutNo = CloseoutEntry.forHazard(hazard.id).map(c -> c.closeoutNo).orElse(null);
        return HazardMapper.toDetail(hazard, today(), events, attachments.byEvent(hazard.id), closeoutNo,
                inspectionOf(hazard), HazardWorkflow.allowed(hazard, currentUser.scoped()));
    }

    /** The inspection the hazard came from, if any (a statement only for such hazards). */
    private static HazardMapper.InspectionLink inspectionOf(Hazard hazard) {
        if (hazard.inspectionResultId == null) {
            return null;
        }
        Object[] row = (Object[]) Hazard.getEntityManager().createNativeQuery("SELECT i.id, i.serial FROM inspection_result r"
                + " JOIN inspection i ON i.id = r.inspection_id WHERE r.id = ?1").setParameter(1, hazard.inspectionResultId)
                .getSingleResult();
        return new HazardMapper.InspectionLink(((Number) row[0]).longValue(), (String) row[1]);
    }

    // ------------------------------------------------------------------ step 1: report

    public HazardDetailDto report(HazardInput input) {
        Caller caller = currentUser.scoped();
        if (!HazardWorkflow.roleAllows(HazardAction.REPORT, null, caller)) {
            throw ProblemException.forbidden("error.forbidden");
        }
        FieldErrors errors = new FieldErrors();
        Unit unit = units.scopedQuery(input.unitId()).orElse(null);
        if (unit == null) {
            errors.add("unitId", "hazard.unit.unknown", input.unitId());
        }
        Sector sector = Sector.findById(input.sectorCode().trim());
        if (sector == null) {
            errors.add("sectorCode", "unit.sectors.unknown", input.sectorCode());
        }
        Hazard recurrenceOf = null;
        if (input.recurrenceOfId() != null) {
            recurrenceOf = scope.find(input.recurrenceOfId()).orElse(null);
            if (recurrenceOf == null || recurrenceOf.state != HazardState.CLOSED) {
                errors.add("recurrenceOfId", "hazard.recurrence.not-closed");
            }
        }
        errors.throwIfAny();
        if (!HazardWorkflow.mayReportIn(unit.id, caller)) {
            throw ProblemException.forbidden("hazard.report.own-unit");
        }
        attachments.claim(input.attachmentIds());
        Hazard hazard = new Hazard();
        hazard.town = Town.findById(caller.townId());
        hazard.serial = counters.nextSerial(caller.townId(), "YH", today().getYear());
        hazard.unit = unit;
        hazard.reportingUnit = Unit.findById(caller.unitId());
        hazard.recurrenceOf = recurrenceOf;
        hazard.place = input.place().trim();
        hazard.description = input.description().trim();
        hazard.sector = sector;
        hazard.causeCategory = input.causeCategory();
        hazard.grade = input.grade();
        hazard.source = input.source();
        hazard.foundBy = input.foundBy() == null || input.foundBy().isBlank() ? caller.displayName() : input.foundBy().trim();
        hazard.foundOn = input.foundOn();
        hazard.reportedBy = caller.username();
        hazard.state = HazardState.FOUND;
        hazard.persist();
        HazardEvent event = event(hazard, HazardAction.REPORT, null, null, null, caller);
        attachments.bind(input.attachmentIds(), hazard, event);
        raise(hazard, reportedNotices(hazard));
        return detailOf(hazard);
    }

    /**
     * A new hazard goes to the offices that must act on it: every active unit of the town that
     * supervises its sector, other than the one that reported it; when there is none, the emergency office.
     */
    private List<Notice> reportedNotices(Hazard hazard) {
        List<Long> supervisors = Unit.getEntityManager().createQuery("select distinct u.id from Unit u join u.sectors s"
                        + " where u.town.id = :town and u.active = true and s = :sector and u.id <> :reporting", Long.class)
                .setParameter("town", hazard.town.id).setParameter("sector", hazard.sector.code)
                .setParameter("reporting", hazard.reportingUnit.id).getResultList();
        Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "unit", hazard.unit.name,
                "sector", hazard.sector.code);
        if (supervisors.isEmpty()) {
            return List.of(new Notice(null, Roles.TOWN_ADMIN, Notification.Kind.HAZARD_REPORTED, Notification.Severity.INFO, params));
        }
        return supervisors.stream().sorted()
                .map(unitId -> new Notice(unitId, null, Notification.Kind.HAZARD_REPORTED, Notification.Severity.INFO, params))
                .toList();
    }

    // ------------------------------------------------------------------ from an inspection

    /**
     * A failed checklist item becomes a hazard reported and registered in one step: found at the
     * inspected unit by the inspectors, reported by the inspecting office (source INSPECTION), and
     * registered at once with the inspected unit responsible, so it enters the loop at REGISTERED with
     * the two events of those steps on its timeline and the notices both steps raise. The caller (the
     * inspection service) has checked who may do it and links the item to the hazard.
     */
    public HazardDetailDto reportAndRegister(InspectionFinding finding) {
        Caller caller = currentUser.scoped();
        FieldErrors errors = new FieldErrors();
        if (finding.deadline().isBefore(today())) {
            errors.add("deadline", "hazard.deadline.past");
        }
        if (finding.grade() == HazardGrade.MAJOR && (finding.treatmentPlan() == null || finding.treatmentPlan().isBlank())) {
            errors.add("treatmentPlan", "hazard.treatment-plan.required");
        }
        errors.throwIfAny();
        Hazard hazard = new Hazard();
        hazard.town = Town.findById(caller.townId());
        hazard.serial = counters.nextSerial(caller.townId(), "YH", today().getYear());
        hazard.unit = finding.unit();
        hazard.reportingUnit = finding.reportingUnit();
        hazard.place = finding.place().trim();
        hazard.description = finding.description().trim();
        hazard.sector = Sector.findById(finding.sectorCode());
        hazard.causeCategory = finding.causeCategory();
        hazard.grade = finding.grade();
        hazard.source = HazardSource.INSPECTION;
        hazard.foundBy = finding.foundBy();
        hazard.foundOn = finding.foundOn();
        hazard.reportedBy = caller.username();
        hazard.responsibleUnit = finding.unit();
        hazard.responsiblePerson = finding.responsiblePerson().trim();
        hazard.measures = finding.measures().trim();
        hazard.funds = finding.funds() == null ? java.math.BigDecimal.ZERO : finding.funds();
        hazard.deadline = finding.deadline();
        hazard.contingencyPlan = finding.contingencyPlan().trim();
        hazard.treatmentPlan = blankToNull(finding.treatmentPlan());
        hazard.inspectionResultId = finding.inspectionResultId();
        hazard.state = HazardState.REGISTERED;
        hazard.persist();
        event(hazard, HazardAction.REPORT, null, HazardState.FOUND, finding.note(), null, caller);
        event(hazard, HazardAction.REGISTER, HazardState.FOUND, HazardState.REGISTERED, null, null, caller);
        List<Notice> notices = new ArrayList<>(reportedNotices(hazard));
        Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "unit", hazard.unit.name);
        notices.add(new Notice(hazard.unit.id, null, Notification.Kind.HAZARD_ASSIGNED, Notification.Severity.INFO, params));
        if (hazard.grade == HazardGrade.MAJOR) {
            notices.add(new Notice(null, Roles.TOWN_ADMIN, Notification.Kind.MAJOR_HAZARD_REGISTERED,
                    Notification.Severity.CRITICAL, params));
        }
        raise(hazard, notices);
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ the steps after reporting

    /** Step 2, 登记: grade it and settle the 五落实. */
    public HazardDetailDto register(long id, HazardStepInputs.Register input) {
        return step(id, HazardAction.REGISTER, input.version(), List.of(), (hazard, caller) -> {
            FieldErrors errors = new FieldErrors();
            Unit responsible = units.scopedQuery(input.responsibleUnitId()).orElse(null);
            if (responsible == null) {
                errors.add("responsibleUnitId", "hazard.unit.unknown", input.responsibleUnitId());
            }
            if (input.deadline().isBefore(today())) {
                errors.add("deadline", "hazard.deadline.past");
            }
            if (input.grade() == HazardGrade.MAJOR && (input.treatmentPlan() == null || input.treatmentPlan().isBlank())) {
                errors.add("treatmentPlan", "hazard.treatment-plan.required");
            }
            errors.throwIfAny();
            hazard.grade = input.grade();
            hazard.responsibleUnit = responsible;
            hazard.responsiblePerson = input.responsiblePerson().trim();
            hazard.measures = input.measures().trim();
            hazard.funds = input.funds();
            hazard.deadline = input.deadline();
            hazard.contingencyPlan = input.contingencyPlan().trim();
            hazard.treatmentPlan = blankToNull(input.treatmentPlan());
            hazard.state = HazardState.REGISTERED;
            Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "unit", hazard.unit.name);
            List<Notice> notices = new ArrayList<>();
            notices.add(new Notice(responsible.id, null, Notification.Kind.HAZARD_ASSIGNED, Notification.Severity.INFO, params));
            if (hazard.grade == HazardGrade.MAJOR) {
                notices.add(new Notice(null, Roles.TOWN_ADMIN, Notification.Kind.MAJOR_HAZARD_REGISTERED,
                        Notification.Severity.CRITICAL, params));
            }
            return new Outcome(HazardAction.REGISTER, input.note(), null, notices);
        });
    }

    /** Step 3 begins, 整改指令: the order to rectify within a time limit. */
    public HazardDetailDto order(long id, HazardStepInputs.Order input) {
        return step(id, HazardAction.ORDER, input.version(), input.attachmentIds(), (hazard, caller) -> {
            if (input.deadline().isBefore(today())) {
                throw ProblemException.invalid("deadline", "hazard.deadline.past");
            }
            hazard.orderContent = input.content().trim();
            hazard.orderDeadline = input.deadline();
            hazard.orderIssuedBy = caller.username();
            hazard.state = HazardState.RECTIFYING;
            return Outcome.recorded(HazardAction.ORDER, input.content());
        });
    }

    /** A progress note, with photos, while rectifying. */
    public HazardDetailDto progress(long id, HazardStepInputs.Progress input) {
        return step(id, HazardAction.PROGRESS, input.version(), input.attachmentIds(),
                (hazard, caller) -> Outcome.recorded(HazardAction.PROGRESS, input.note()));
    }

    /** The rectifier reports the work done; it then awaits verification by someone else. */
    public HazardDetailDto complete(long id, HazardStepInputs.Complete input) {
        return step(id, HazardAction.COMPLETE, input.version(), input.attachmentIds(), (hazard, caller) -> {
            if (input.completedOn().isBefore(hazard.foundOn)) {
                throw ProblemException.invalid("completedOn", "hazard.date.before-found");
            }
            hazard.completedOn = input.completedOn();
            hazard.rectifiedBy = caller.username();
            return new Outcome(HazardAction.COMPLETE, input.note(), input.completedOn(),
                    List.of(new Notice(null, Roles.TOWN_ADMIN, Notification.Kind.HAZARD_AWAITS_VERIFICATION,
                            Notification.Severity.INFO, Map.of("serial", hazard.serial, "place", hazard.place))));
        });
    }

    /** Step 4, 验收: passing needs photo evidence and moves it to verified; failing needs a reason and sends it back. */
    public HazardDetailDto verify(long id, HazardStepInputs.Verify input) {
        return step(id, HazardAction.VERIFY, input.version(), input.attachmentIds(), (hazard, caller) -> {
            if (Boolean.TRUE.equals(input.passed())) {
                LocalDate verifiedOn = input.verifiedOn() == null ? today() : input.verifiedOn();
                FieldErrors errors = new FieldErrors();
                if (input.attachmentIds() == null || input.attachmentIds().isEmpty()) {
                    errors.add("attachmentIds", "hazard.verify.photo-required");
                }
                if (verifiedOn.isBefore(hazard.completedOn)) {
                    errors.add("verifiedOn", "hazard.verify.before-completion");
                }
                errors.throwIfAny();
                hazard.verifiedBy = caller.username();
                hazard.verifierName = caller.displayName();
                hazard.verifiedOn = verifiedOn;
                hazard.state = HazardState.VERIFIED;
                return new Outcome(HazardAction.VERIFY, input.note(), verifiedOn, List.of());
            }
            if (input.note() == null || input.note().isBlank()) {
                throw ProblemException.invalid("note", "hazard.verify.reason-required");
            }
            hazard.completedOn = null;
            hazard.rectifiedBy = null;
            return Outcome.recorded(HazardAction.VERIFICATION_FAILED, input.note());
        });
    }

    /** Step 5, 销号: numbered into the close-out ledger, as the closer's office's entry. */
    public HazardDetailDto close(long id, HazardStepInputs.Simple input) {
        return step(id, HazardAction.CLOSE, input.version(), List.of(), (hazard, caller) -> {
            Instant now = clock.now();
            hazard.state = HazardState.CLOSED;
            hazard.closedAt = now;
            hazard.closedBy = caller.username();
            CloseoutEntry.of(hazard, counters.nextSerial(hazard.town.id, "XH", today().getYear()), now, caller).persist();
            return Outcome.recorded(HazardAction.CLOSE, input.note());
        });
    }

    /** A major hazard marked as reported to the district. */
    public HazardDetailDto reportToDistrict(long id, HazardStepInputs.Simple input) {
        return step(id, HazardAction.REPORT_TO_DISTRICT, input.version(), List.of(), (hazard, caller) -> {
            hazard.districtReportedAt = clock.now();
            hazard.districtReportedBy = caller.username();
            return Outcome.recorded(HazardAction.REPORT_TO_DISTRICT, input.note());
        });
    }

    /** What a step does beyond the common path. */
    @FunctionalInterface
    private interface Change {
        /** Checks the step's own input against the hazard (400, nothing changed yet), applies it, says what to record. */
        Outcome apply(Hazard hazard, Caller caller);
    }

    /** The timeline event a step records (its action, note and date) and whom it notifies. */
    private record Outcome(HazardAction recorded, String note, LocalDate occurredOn, List<Notice> notices) {
        static Outcome recorded(HazardAction action, String note) {
            return new Outcome(action, note, null, List.of());
        }
    }

    /** A notification to raise about the hazard: to a unit and/or a role of its town. */
    private record Notice(Long unitId, String role, Notification.Kind kind, Notification.Severity severity,
                          Map<String, Object> params) {
    }

    /** The one path of every step after reporting (see the class comment). */
    private HazardDetailDto step(long id, HazardAction action, Long version, List<Long> evidence, Change change) {
        Caller caller = currentUser.scoped();
        Hazard hazard = visible(id);
        if (!HazardWorkflow.roleAllows(action, hazard, caller)) {
            throw ProblemException.forbidden("hazard.action.forbidden", actionKey(action));
        }
        Versions.requireCurrent(version, hazard.version);
        if (!HazardWorkflow.stateAllows(action, hazard)) {
            throw new ProblemException(ProblemType.CONFLICT, "hazard.action.wrong-state", actionKey(action),
                    new ProblemException.MessageArg("hazard.state." + hazard.state.name()));
        }
        if (!HazardWorkflow.personAllows(action, hazard, caller)) {
            throw ProblemException.forbidden(HazardWorkflow.personRefusal(action));
        }
        attachments.claim(evidence);
        HazardState from = hazard.state;
        Outcome outcome = change.apply(hazard, caller);
        save(hazard);
        HazardEvent event = event(hazard, outcome.recorded(), from, outcome.note(), outcome.occurredOn(), caller);
        attachments.bind(evidence, hazard, event);
        raise(hazard, outcome.notices());
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ helpers

    private Hazard visible(long id) {
        return scope.find(id).orElseThrow(() -> ProblemException.notFound("entity.hazard", id));
    }

    private static ProblemException.MessageArg actionKey(HazardAction action) {
        return new ProblemException.MessageArg("hazard.action." + action.name());
    }

    /** Flushes so that a concurrent step on the same hazard fails here with 409, not at commit. */
    private void save(Hazard hazard) {
        hazard.updatedAt = clock.now();
        hazard.persistAndFlush();
    }

    private HazardEvent event(Hazard hazard, HazardAction action, HazardState from, String note, LocalDate occurredOn,
                              Caller caller) {
        return event(hazard, action, from, hazard.state, note, occurredOn, caller);
    }

    private HazardEvent event(Hazard hazard, HazardAction action, HazardState from, HazardState to, String note,
                              LocalDate occurredOn, Caller caller) {
        HazardEvent event = new HazardEvent();
        event.hazard = hazard;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.actor = caller.username();
        event.actorName = caller.displayName();
        event.at = clock.now();
        event.occurredOn = occurredOn;
        event.note = blankToNull(note);
        event.persist();
        return event;
    }

    private void raise(Hazard hazard, List<Notice> notices) {
        for (Notice notice : notices) {
            notifications.raise(hazard.town.id, notice.unitId(), notice.role(), notice.kind(), notice.severity(), hazard.id,
                    notice.params());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
