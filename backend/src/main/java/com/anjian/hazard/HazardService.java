package com.anjian.hazard;

import com.anjian.common.time.BusinessClock;
import com.anjian.attachment.Attachment;
import com.anjian.attachment.AttachmentService;
import com.anjian.closeout.CloseoutEntry;
import com.anjian.common.AnjianConfig;
import com.anjian.common.Enums;
import com.anjian.common.error.FieldErrors;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.error.Versions;
import com.anjian.common.paging.PageParams;
import com.anjian.common.paging.Sorting;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import com.anjian.sector.Sector;
import com.anjian.town.Town;
import com.anjian.town.TownCounters;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Hazards through the five-step loop. Every read goes through {@link HazardScope}; every step checks,
 * in this order, that the caller may see the hazard (404), may take the step (403), read the current
 * version (409) and that the state admits the step (409), and is kept as a timeline event.
 */
@ApplicationScoped
@Transactional
public class HazardService {

    @Inject
    BusinessClock clock;

    private static final Map<String, String> SORTABLE = Map.of(
            "foundOn", "h.foundOn", "deadline", "h.deadline", "updatedAt", "h.updatedAt", "serial", "h.serial",
            "state", "h.state", "grade", "h.grade");

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
        PanacheQuery<Hazard> query = Hazard.find("from Hazard h join fetch h.unit left join fetch h.responsibleUnit"
                + " join fetch h.sector where " + where, sort, params);
        LocalDate today = today();
        List<HazardSummaryDto> items = query.page(paging.index(), paging.size).list().stream()
                .map(h -> HazardMapper.toSummary(h, today)).toList();
        return new HazardPage(items, paging, Hazard.count("from Hazard h where " + where, params));
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
        return detailOf(visible(id));
    }

    private HazardDetailDto detailOf(Hazard hazard) {
        List<HazardEvent> events = HazardEvent.list("hazard.id = ?1", Sort.by("at").and("id"), hazard.id);
        Map<Long, List<Attachment>> byEvent = Attachment.<Attachment>list("hazard.id = ?1", Sort.by("id"), hazard.id)
                .stream().filter(a -> a.hazardEvent != null)
                .collect(Collectors.groupingBy(a -> a.hazardEvent.id));
        String closeoutNo = CloseoutEntry.forHazard(hazard.id).map(c -> c.closeoutNo).orElse(null);
        return HazardMapper.toDetail(hazard, today(), events, byEvent, closeoutNo,
                HazardWorkflow.allowed(hazard, currentUser.scoped()));
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
        if (caller.is(Roles.VILLAGE_OFFICER) && !caller.isTownWide() && !caller.is(Roles.OFFICE_HEAD)
                && !Objects.equals(unit.id, caller.unitId())) {
            throw ProblemException.forbidden("hazard.report.own-unit");
        }
        Instant now = clock.now();
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
        hazard.createdAt = hazard.updatedAt = now;
        hazard.persist();
        HazardEvent event = event(hazard, HazardAction.REPORT, null, null, null);
        attachments.bind(input.attachmentIds(), hazard, event);
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ step 2: register

    public HazardDetailDto register(long id, HazardStepInputs.Register input) {
        Hazard hazard = visible(id);
        require(HazardAction.REGISTER, hazard, input.version());
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
        HazardState from = hazard.state;
        hazard.grade = input.grade();
        hazard.responsibleUnit = responsible;
        hazard.responsiblePerson = input.responsiblePerson().trim();
        hazard.measures = input.measures().trim();
        hazard.funds = input.funds();
        hazard.deadline = input.deadline();
        hazard.contingencyPlan = input.contingencyPlan().trim();
        hazard.treatmentPlan = blankToNull(input.treatmentPlan());
        hazard.state = HazardState.REGISTERED;
        save(hazard);
        event(hazard, HazardAction.REGISTER, from, input.note(), null);

        Map<String, Object> params = Map.of("serial", hazard.serial, "place", hazard.place, "unit", hazard.unit.name);
        notifications.raise(hazard.town.id, responsible.id, null, Notification.Kind.HAZARD_ASSIGNED,
                Notification.Severity.INFO, hazard.id, params);
        if (hazard.grade == HazardGrade.MAJOR) {
            notifications.raise(hazard.town.id, null, Roles.TOWN_ADMIN, Notification.Kind.MAJOR_HAZARD_REGISTERED,
                    Notification.Severity.CRITICAL, hazard.id, params);
        }
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ step 3: rectify

    public HazardDetailDto order(long id, HazardStepInputs.Order input) {
        Hazard hazard = visible(id);
        require(HazardAction.ORDER, hazard, input.version());
        if (input.deadline().isBefore(today())) {
            throw ProblemException.invalid("deadline", "hazard.deadline.past");
        }
        HazardState from = hazard.state;
        hazard.orderContent = input.content().trim();
        hazard.orderDeadline = input.deadline();
        hazard.orderIssuedBy = currentUser.scoped().username();
        hazard.state = HazardState.RECTIFYING;
        save(hazard);
        HazardEvent event = event(hazard, HazardAction.ORDER, from, input.content(), null);
        attachments.bind(input.attachmentIds(), hazard, event);
        return detailOf(hazard);
    }

    public HazardDetailDto progress(long id, HazardStepInputs.Progress input) {
        Hazard hazard = visible(id);
        require(HazardAction.PROGRESS, hazard, input.version());
        save(hazard);
        HazardEvent event = event(hazard, HazardAction.PROGRESS, hazard.state, input.note(), null);
        attachments.bind(input.attachmentIds(), hazard, event);
        return detailOf(hazard);
    }

    public HazardDetailDto complete(long id, HazardStepInputs.Complete input) {
        Hazard hazard = visible(id);
        require(HazardAction.COMPLETE, hazard, input.version());
        if (input.completedOn().isBefore(hazard.foundOn)) {
            throw ProblemException.invalid("completedOn", "hazard.date.before-found");
        }
        hazard.completedOn = input.completedOn();
        hazard.rectifiedBy = currentUser.scoped().username();
        save(hazard);
        HazardEvent event = event(hazard, HazardAction.COMPLETE, hazard.state, input.note(), input.completedOn());
        attachments.bind(input.attachmentIds(), hazard, event);
        notifications.raise(hazard.town.id, null, Roles.TOWN_ADMIN, Notification.Kind.HAZARD_AWAITS_VERIFICATION,
                Notification.Severity.INFO, hazard.id, Map.of("serial", hazard.serial, "place", hazard.place));
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ step 4: verify

    public HazardDetailDto verify(long id, HazardStepInputs.Verify input) {
        Hazard hazard = visible(id);
        require(HazardAction.VERIFY, hazard, input.version());
        Caller caller = currentUser.scoped();
        if (HazardWorkflow.isRectifier(hazard, caller)) {
            throw ProblemException.forbidden("hazard.verify.not-rectifier");
        }
        HazardState from = hazard.state;
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
            save(hazard);
            HazardEvent event = event(hazard, HazardAction.VERIFY, from, input.note(), verifiedOn);
            attachments.bind(input.attachmentIds(), hazard, event);
        } else {
            if (input.note() == null || input.note().isBlank()) {
                throw ProblemException.invalid("note", "hazard.verify.reason-required");
            }
            hazard.completedOn = null;
            hazard.rectifiedBy = null;
            save(hazard);
            HazardEvent event = event(hazard, HazardAction.VERIFICATION_FAILED, from, input.note(), null);
            attachments.bind(input.attachmentIds(), hazard, event);
        }
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ step 5: close

    public HazardDetailDto close(long id, HazardStepInputs.Simple input) {
        Hazard hazard = visible(id);
        require(HazardAction.CLOSE, hazard, input.version());
        Caller caller = currentUser.scoped();
        HazardState from = hazard.state;
        Instant now = clock.now();
        hazard.state = HazardState.CLOSED;
        hazard.closedAt = now;
        hazard.closedBy = caller.username();
        save(hazard);
        CloseoutEntry entry = new CloseoutEntry();
        entry.townId = hazard.town.id;
        entry.hazard = hazard;
        entry.closeoutNo = counters.nextSerial(hazard.town.id, "XH", today().getYear());
        entry.closedAt = now;
        entry.closedBy = caller.username();
        entry.closedByName = caller.displayName();
        entry.persist();
        event(hazard, HazardAction.CLOSE, from, input.note(), null);
        return detailOf(hazard);
    }

    public HazardDetailDto reportToDistrict(long id, HazardStepInputs.Simple input) {
        Hazard hazard = visible(id);
        require(HazardAction.REPORT_TO_DISTRICT, hazard, input.version());
        hazard.districtReportedAt = clock.now();
        hazard.districtReportedBy = currentUser.scoped().username();
        save(hazard);
        event(hazard, HazardAction.REPORT_TO_DISTRICT, hazard.state, input.note(), null);
        return detailOf(hazard);
    }

    // ------------------------------------------------------------------ helpers

    private Hazard visible(long id) {
        return scope.find(id).orElseThrow(() -> ProblemException.notFound("entity.hazard", id));
    }

    private void require(HazardAction action, Hazard hazard, Long version) {
        Caller caller = currentUser.scoped();
        if (!HazardWorkflow.roleAllows(action, hazard, caller)) {
            throw ProblemException.forbidden("hazard.action.forbidden", actionKey(action));
        }
        Versions.requireCurrent(version, hazard.version);
        if (!HazardWorkflow.stateAllows(action, hazard)) {
            throw new ProblemException(ProblemType.CONFLICT, "hazard.action.wrong-state", actionKey(action),
                    new ProblemException.MessageArg("hazard.state." + hazard.state.name()));
        }
    }

    private static ProblemException.MessageArg actionKey(HazardAction action) {
        return new ProblemException.MessageArg("hazard.action." + action.name());
    }

    /** Flushes so that a concurrent step on the same hazard fails here with 409, not at commit. */
    private void save(Hazard hazard) {
        hazard.updatedAt = clock.now();
        hazard.persistAndFlush();
    }

    private HazardEvent event(Hazard hazard, HazardAction action, HazardState from, String note, LocalDate occurredOn) {
        Caller caller = currentUser.scoped();
        HazardEvent event = new HazardEvent();
        event.hazard = hazard;
        event.action = action;
        event.fromState = from;
        event.toState = hazard.state;
        event.actor = caller.username();
        event.actorName = caller.displayName();
        event.at = clock.now();
        event.occurredOn = occurredOn;
        event.note = blankToNull(note);
        event.persist();
        return event;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
