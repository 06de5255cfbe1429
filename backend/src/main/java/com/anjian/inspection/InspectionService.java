package com.anjian.inspection;

import com.anjian.attachment.AttachmentDto;
import com.anjian.attachment.AttachmentService;
import com.anjian.checklist.Checklist;
import com.anjian.checklist.ChecklistItem;
import com.anjian.checklist.ChecklistService;
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
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardDetailDto;
import com.anjian.hazard.HazardService;
import com.anjian.hazard.InspectionFinding;
import com.anjian.town.TownCounters;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Inspections: started by an office (its head, or a town admin) against the current version of an
 * active checklist, filled in item by item with photos, finished with a conclusion; a failed item may
 * become one hazard. Every read goes through {@link InspectionScope}; every write first finds the
 * inspection in the caller's scope (404), then checks that the caller fills in for the inspecting
 * office (403), then the version read (409) and the state (409).
 */
@ApplicationScoped
@Transactional
public class InspectionService {

    private static final Map<String, String> SORTABLE = Map.of(
            "inspectedOn", "i.inspectedOn", "serial", "i.serial", "updatedAt", "i.updatedAt");
    /** A hazard's found_by column holds 50 characters. */
    private static final int FOUND_BY_LENGTH = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    InspectionScope scope;

    @Inject
    UnitService units;

    @Inject
    ChecklistService checklists;

    @Inject
    AttachmentService attachments;

    @Inject
    HazardService hazards;

    @Inject
    TownCounters counters;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionDtos.Page list(InspectionFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("i.inspectedOn"), "i.id");
        List<Long> ids = PageQuery.ids(em, "select i.id from Inspection i", where, sort, params, paging);
        List<Inspection> rows = PageQuery.rows(em, Inspection.class, "from Inspection i left join fetch i.inspectingUnit"
                + " left join fetch i.inspectedUnit left join fetch i.checklist where i.id in ", ids);
        Map<Long, Counts> counts = counts(ids);
        List<InspectionDtos.Summary> items = PageQuery.inOrder(ids, rows, i -> i.id).stream()
                .map(i -> summary(i, counts.getOrDefault(i.id, new Counts(i.checklist.title, 0, 0, 0)))).toList();
        return new InspectionDtos.Page(items, paging, PageQuery.count(em, "Inspection i", where, params));
    }

    private String where(InspectionFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(").append(scope.condition(params)).append(")");
        if (filter.inspectingUnitId != null) {
            where.append(" and i.inspectingUnit.id = :inspectingUnitId");
            params.put("inspectingUnitId", filter.inspectingUnitId);
        }
        if (filter.inspectedUnitId != null) {
            where.append(" and i.inspectedUnit.id = :inspectedUnitId");
            params.put("inspectedUnitId", filter.inspectedUnitId);
        }
        InspectionState state = Enums.parse(InspectionState.class, filter.state, "state");
        if (state != null) {
            where.append(" and i.state = :state");
            params.put("state", state);
        }
        if (filter.from != null) {
            where.append(" and i.inspectedOn >= :from");
            params.put("from", LocalDate.parse(filter.from));
        }
        if (filter.to != null) {
            where.append(" and i.inspectedOn <= :to");
            params.put("to", LocalDate.parse(filter.to));
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (i.serial like :q or i.place like :q)");
            params.put("q", Sorting.likePattern(filter.q));
        }
        return where.toString();
    }

    /** The title of the checklist version used, failed items, violations among them and hazards registered, per inspection. */
    private record Counts(String title, long failed, long violations, long hazards) {
    }

    /** The counts of a page of inspections in one statement, against each one's own checklist version. */
    private Map<Long, Counts> counts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.inspection_id, MAX(v.title),"
                        + " SUM(CASE WHEN r.outcome = 'FAIL' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.outcome = 'FAIL' AND ci.violation THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN r.hazard_id IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM inspection_result r JOIN inspection i ON i.id = r.inspection_id"
                        + " JOIN checklist_version v ON v.checklist_id = i.checklist_id AND v.version_no = i.checklist_version_no"
                        + " JOIN checklist_item ci ON ci.checklist_version_id = v.id AND ci.item_no = r.item_no"
                        + " WHERE r.inspection_id IN (:ids) GROUP BY r.inspection_id")
                .setParameter("ids", ids).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> new Counts((String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue())));
    }

    private static InspectionDtos.Summary summary(Inspection i, Counts counts) {
        return new InspectionDtos.Summary(i.id, i.serial, i.inspectingUnit.id, i.inspectingUnit.name, i.inspectedUnit.id,
                i.inspectedUnit.name, i.inspectedOn, i.inspectorCount, counts.title(), i.state, counts.failed(),
                counts.violations(), counts.hazards());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionDtos.Detail detail(long id) {
        return detailOf(visible(id));
    }

    private InspectionDtos.Detail detailOf(Inspection inspection) {
        List<InspectionResult> results = InspectionResult.list("inspection.id", Sort.by("itemNo"), inspection.id);
        Map<Integer, ChecklistItem> items = itemsOf(inspection);
        Map<Long, List<AttachmentDto>> photos = attachments.byInspectionResults(results.stream().map(r -> r.id).toList());
        Map<Long, String> serials = hazardSerials(results);
        long failed = 0;
        long violations = 0;
        long hazardCount = 0;
        for (InspectionResult r : results) {
            if (r.outcome == InspectionOutcome.FAIL) {
                failed++;
                violations += items.get(r.itemNo).violation ? 1 : 0;
            }
            hazardCount += r.hazardId == null ? 0 : 1;
        }
        List<InspectionDtos.Result> dtos = results.stream()
                .map(r -> resultOf(r, items.get(r.itemNo), photos.getOrDefault(r.id, List.of()), serials.get(r.hazardId)))
                .toList();
        return new InspectionDtos.Detail(inspection.id, inspection.serial, inspection.inspectingUnit.id,
                inspection.inspectingUnit.name, inspection.inspectedUnit.id, inspection.inspectedUnit.name, inspection.inspectedOn,
                inspection.inspectorCount, titleOf(inspection, items), inspection.state, failed, violations, hazardCount,
                inspection.place, inspection.onSitePerson, inspection.inspectorNames(), inspection.checklist.id,
                inspection.checklistVersionNo, inspection.conclusion, inspection.version, inspection.finishedAt,
                inspection.createdBy, dtos);
    }

    /** The checklist's title as the version the inspection used wrote it. */
    private static String titleOf(Inspection inspection, Map<Integer, ChecklistItem> items) {
        return items.values().stream().findAny().map(i -> i.checklistVersion.title).orElse(inspection.checklist.title);
    }

    /** The items of the checklist version the inspection used, by number: its words, whatever the checklist says now. */
    private static Map<Integer, ChecklistItem> itemsOf(Inspection inspection) {
        return ChecklistService.items(inspection.checklist.id, inspection.checklistVersionNo).stream()
                .collect(Collectors.toMap(i -> i.itemNo, Function.identity()));
    }

    /** The numbers of the hazards these results became (a map that answers null for a null id). */
    private static Map<Long, String> hazardSerials(List<InspectionResult> results) {
        List<Long> ids = results.stream().map(r -> r.hazardId).filter(Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return Hazard.getEntityManager().createQuery("select h.id, h.serial from Hazard h where h.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    private static InspectionDtos.Result resultOf(InspectionResult r, ChecklistItem item, List<AttachmentDto> photos,
                                                  String hazardSerial) {
        return new InspectionDtos.Result(r.itemNo, item.text, item.legalBasis, item.violation, r.outcome, r.note, photos,
                r.hazardId, hazardSerial, r.version);
    }

    private Inspection visible(long id) {
        return scope.find(id).orElseThrow(() -> ProblemException.notFound("entity.inspection", id));
    }

    // ------------------------------------------------------------------ writing

    /** Starts an inspection with one empty result per item of the checklist's current version. */
    public InspectionDtos.Detail create(InspectionDtos.Input input) {
        Caller caller = currentUser.scoped();
        FieldErrors errors = new FieldErrors();
        Unit inspecting = units.scopedQuery(input.inspectingUnitId()).orElse(null);
        if (inspecting == null) {
            errors.add("inspectingUnitId", "hazard.unit.unknown", input.inspectingUnitId());
        } else if (!inspecting.kind.mayHoldEnforcementPowers()) {
            errors.add("inspectingUnitId", "inspection.inspecting-unit.not-office");
        }
        Unit inspected = units.scopedQuery(input.inspectedUnitId()).orElse(null);
        if (inspected == null) {
            errors.add("inspectedUnitId", "hazard.unit.unknown", input.inspectedUnitId());
        }
        Checklist checklist = checklists.find(input.checklistId()).orElse(null);
        if (checklist == null) {
            errors.add("checklistId", "checklist.unknown", input.checklistId());
        } else if (!checklist.active) {
            errors.add("checklistId", "checklist.inactive");
        }
        for (int n = 0; n < input.inspectors().size(); n++) {
            if (input.inspectors().get(n).contains(Inspection.INSPECTOR_SEPARATOR)) {
                errors.add("inspectors[" + n + "]", "inspection.inspector.comma");
            }
        }
        errors.throwIfAny();
        if (caller.is(Roles.OFFICE_HEAD) && !caller.is(Roles.TOWN_ADMIN) && !Objects.equals(inspecting.id, caller.unitId())) {
            throw ProblemException.forbidden("inspection.create.forbidden");
        }
        List<String> names = input.inspectors().stream().map(String::trim).toList();
        Inspection inspection = new Inspection();
        inspection.townId = caller.townId();
        inspection.serial = counters.nextSerial(caller.townId(), "JC", clock.today().getYear());
        inspection.inspectingUnit = inspecting;
        inspection.inspectedUnit = inspected;
        inspection.inspectedOn = input.inspectedOn();
        inspection.inspectors = String.join(Inspection.INSPECTOR_SEPARATOR, names);
        inspection.inspectorCount = names.size();
        inspection.checklist = checklist;
        inspection.checklistVersionNo = checklist.currentVersionNo;
        inspection.place = blankToNull(input.place());
        inspection.onSitePerson = blankToNull(input.onSitePerson());
        inspection.state = InspectionState.IN_PROGRESS;
        inspection.createdBy = caller.username();
        inspection.persist();
        for (ChecklistItem item : ChecklistService.items(checklist.id, checklist.currentVersionNo)) {
            InspectionResult result = new InspectionResult();
            result.inspection = inspection;
            result.itemNo = item.itemNo;
            result.persist();
        }
        return detailOf(inspection);
    }

    /** One item's result, with photos added; refused once the inspection is finished. */
    public InspectionDtos.Result fill(long id, int itemNo, InspectionDtos.ResultInput input) {
        Inspection inspection = writable(id);
        InspectionResult result = result(inspection, itemNo);
        Versions.requireCurrent(input.version(), result.version);
        if (inspection.state == InspectionState.FINISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection.finished");
        }
        if (result.hazardId != null && input.outcome() != InspectionOutcome.FAIL) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection.result.has-hazard");
        }
        attachments.claim(input.attachmentIds());
        result.outcome = input.outcome();
        result.note = blankToNull(input.note());
        result.persistAndFlush();
        attachments.bindToInspectionResult(input.attachmentIds(), result.id);
        em.flush();
        Map<Integer, ChecklistItem> items = itemsOf(inspection);
        Map<Long, List<AttachmentDto>> photos = attachments.byInspectionResults(List.of(result.id));
        return resultOf(result, items.get(itemNo), photos.getOrDefault(result.id, List.of()),
                hazardSerials(List.of(result)).get(result.hazardId));
    }

    /** Finishes the inspection with its conclusion: every item must have its result (400 naming those without). */
    public InspectionDtos.Detail finish(long id, InspectionDtos.FinishInput input) {
        Inspection inspection = writable(id);
        Versions.requireCurrent(input.version(), inspection.version);
        if (inspection.state == InspectionState.FINISHED) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection.finished");
        }
        List<InspectionResult> results = InspectionResult.list("inspection.id", Sort.by("itemNo"), inspection.id);
        String missing = results.stream().filter(r -> r.outcome == null).map(r -> String.valueOf(r.itemNo))
                .collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("results", "inspection.results.missing", missing);
        }
        inspection.conclusion = input.conclusion().trim();
        inspection.state = InspectionState.FINISHED;
        inspection.finishedAt = clock.now();
        inspection.finishedBy = currentUser.scoped().username();
        inspection.persistAndFlush();
        return detailOf(inspection);
    }

    /**
     * A failed item becomes exactly one hazard, reported and registered in one step and linked both ways;
     * a second request is refused (409), also when two race (the hazard's unique link).
     */
    public HazardDetailDto registerHazard(long id, int itemNo, InspectionDtos.HazardInput input) {
        Inspection inspection = writable(id);
        InspectionResult result = result(inspection, itemNo);
        if (result.hazardId != null) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection.hazard.exists",
                    hazardSerials(List.of(result)).get(result.hazardId));
        }
        Versions.requireCurrent(input.version(), result.version);
        if (result.outcome != InspectionOutcome.FAIL) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection.result.not-failed");
        }
        ChecklistItem item = itemsOf(inspection).get(itemNo);
        String note = abbreviate("检查 " + inspection.serial + " 第 " + itemNo + " 项不合格：" + item.text, 2000);
        HazardDetailDto hazard = hazards.reportAndRegister(new InspectionFinding(inspection.inspectedUnit,
                inspection.inspectingUnit, inspection.checklist.sectorCode, input.place(), input.description(),
                input.causeCategory(), input.grade(), foundBy(inspection), inspection.inspectedOn, result.id,
                input.responsiblePerson(), input.measures(), input.funds(), input.deadline(), input.contingencyPlan(),
                input.treatmentPlan(), note));
        result.hazardId = hazard.summary().id();
        result.persistAndFlush();
        return hazard;
    }

    /** The inspection, if the caller sees it (404) and fills it in: a town admin, or the head of the inspecting office (403). */
    private Inspection writable(long id) {
        Caller caller = currentUser.scoped();
        Inspection inspection = visible(id);
        boolean inspectingHead = caller.is(Roles.OFFICE_HEAD) && Objects.equals(inspection.inspectingUnit.id, caller.unitId());
        if (!caller.is(Roles.TOWN_ADMIN) && !inspectingHead) {
            throw ProblemException.forbidden("inspection.write.forbidden");
        }
        return inspection;
    }

    private static InspectionResult result(Inspection inspection, int itemNo) {
        return InspectionResult.<InspectionResult>find("inspection.id = ?1 and itemNo = ?2", inspection.id, itemNo)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("entity.inspection-result", itemNo));
    }

    /** The inspectors as one name line for the hazard's 发现人 (shortened to its column with 等). */
    static String foundBy(Inspection inspection) {
        String names = String.join("、", inspection.inspectorNames());
        return names.length() <= FOUND_BY_LENGTH ? names : names.substring(0, FOUND_BY_LENGTH - 1) + "等";
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
