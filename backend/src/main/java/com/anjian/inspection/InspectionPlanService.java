package com.anjian.inspection;

import com.anjian.checklist.Checklist;
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
import com.anjian.unit.Unit;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Inspection plans: town admins plan for any office and leaders read all; an office head plans for
 * and reads its own office's; nobody else (village officers: 403). What was carried out is never
 * stored: each item's status comes from the inspections that name it ({@link PlanItemStatus}).
 */
@ApplicationScoped
@Transactional
public class InspectionPlanService {

    private static final Map<String, String> SORTABLE = Map.of("year", "p.year", "updatedAt", "p.updatedAt", "title", "p.title");

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    ChecklistService checklists;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ scope

    /** The plans the caller may read (alias p): the town's for admins and leaders, an office head's own office's. */
    String condition(Map<String, Object> params) {
        Caller caller = currentUser.scoped();
        params.put("scopeTown", caller.townId());
        if (caller.isTownWide()) {
            return "p.townId = :scopeTown";
        }
        if (caller.is(Roles.OFFICE_HEAD)) {
            params.put("scopeUnit", caller.unitId());
            return "p.townId = :scopeTown and p.unit.id = :scopeUnit";
        }
        return "1 = 0";
    }

    private InspectionPlan visible(long id) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(params);
        params.put("id", id);
        return InspectionPlan.<InspectionPlan>find("from InspectionPlan p join fetch p.unit where p.id = :id and (" + where + ")",
                params).singleResultOptional().orElseThrow(() -> ProblemException.notFound("entity.inspection-plan", id));
    }

    /** Town admins plan for any office of the town, an office head for its own. */
    private void requirePlanner(Caller caller, Unit office) {
        boolean own = caller.is(Roles.OFFICE_HEAD) && Objects.equals(office.id, caller.unitId());
        if (!caller.is(Roles.TOWN_ADMIN) && !own) {
            throw ProblemException.forbidden("inspection-plan.forbidden");
        }
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlanDtos.Page list(InspectionPlanFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("(").append(condition(params)).append(")");
        if (filter.unitId != null) {
            where.append(" and p.unit.id = :unitId");
            params.put("unitId", filter.unitId);
        }
        if (filter.year != null) {
            where.append(" and p.year = :year");
            params.put("year", filter.year);
        }
        PlanKind kind = Enums.parse(PlanKind.class, filter.kind, "kind");
        if (kind != null) {
            where.append(" and p.kind = :kind");
            params.put("kind", kind);
        }
        if (filter.month != null) {
            where.append(" and p.month = :month");
            params.put("month", filter.month);
        }
        Sort sort = Sorting.of(paging.sort, SORTABLE, Sort.descending("p.year"), "p.id");
        List<Long> ids = PageQuery.ids(em, "select p.id from InspectionPlan p", where.toString(), sort, params, paging);
        List<InspectionPlan> rows = PageQuery.rows(em, InspectionPlan.class, "from InspectionPlan p left join fetch p.unit where p.id in ", ids);
        Map<Long, List<ItemRow>> itemsByPlan = itemRows(ids).stream().collect(Collectors.groupingBy(ItemRow::planId));
        LocalDate today = clock.today();
        List<InspectionPlanDtos.Summary> items = PageQuery.inOrder(ids, rows, p -> p.id).stream()
                .map(p -> summary(p, itemsByPlan.getOrDefault(p.id, List.of()), today)).toList();
        return new InspectionPlanDtos.Page(items, paging, PageQuery.count(em, "InspectionPlan p", where.toString(), params));
    }

    /** What a plan item's status needs, with the day of its first inspection. */
    private record ItemRow(long planId, long itemId, String targetUnitName, String plannedMonth, LocalDate plannedOn,
                           boolean cancelled, LocalDate inspectedOn) {
        PlanItemStatus status(LocalDate today) {
            return PlanItemStatus.of(cancelled, plannedMonth, plannedOn, inspectedOn, today);
        }
    }

    /** The items of these plans with the day each was first carried out, in one statement. */
    private List<ItemRow> itemRows(List<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t.plan.id, t.id, u.name, t.plannedMonth, t.plannedOn, t.cancelled,"
                        + " (select min(i.inspectedOn) from Inspection i where i.planItemId = t.id)"
                        + " from InspectionPlanItem t join t.targetUnit u where t.plan.id in :plans", Object[].class)
                .setParameter("plans", planIds).getResultList().stream()
                .map(r -> new ItemRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (Boolean) r[5],
                        (LocalDate) r[6]))
                .toList();
    }

    private static InspectionPlanDtos.Summary summary(InspectionPlan p, List<ItemRow> items, LocalDate today) {
        long itemCount = 0;
        long done = 0;
        long onTime = 0;
        long due = 0;
        boolean behind = false;
        for (ItemRow item : items) {
            PlanItemStatus status = item.status(today);
            if (status == PlanItemStatus.CANCELLED) {
                continue;
            }
            itemCount++;
            switch (status) {
                case DONE_ON_TIME -> {
                    done++;
                    onTime++;
                    due++;
                }
                case DONE_LATE -> {
                    done++;
                    due++;
                }
                case MISSED -> {
                    due++;
                    behind = true;
                }
                default -> {
                }
            }
        }
        return new InspectionPlanDtos.Summary(p.id, p.unit.id, p.unit.name, p.year, p.kind, p.month, p.title, itemCount, done,
                due == 0 ? null : (double) onTime / due, behind);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlanDtos.Detail detail(long id) {
        return detailOf(visible(id));
    }

    private InspectionPlanDtos.Detail detailOf(InspectionPlan plan) {
        List<InspectionPlanItem> items = InspectionPlanItem.list("from InspectionPlanItem t join fetch t.targetUnit"
                + " left join fetch t.checklist where t.plan.id = ?1 order by t.plannedMonth, t.id", plan.id);
        Map<Long, Object[]> firstInspections = new HashMap<>();
        if (!items.isEmpty()) {
            for (Object[] row : em.createQuery("select i.planItemId, i.id, i.inspectedOn from Inspection i"
                            + " where i.planItemId in :items order by i.inspectedOn, i.id", Object[].class)
                    .setParameter("items", items.stream().map(t -> t.id).toList()).getResultList()) {
                firstInspections.putIfAbsent((Long) row[0], row);
            }
        }
        LocalDate today = clock.today();
        List<InspectionPlanDtos.Item> dtos = items.stream().map(t -> {
            Object[] first = firstInspections.get(t.id);
            LocalDate inspectedOn = first == null ? null : (LocalDate) first[2];
            return new InspectionPlanDtos.Item(t.id, t.targetUnit.id, t.targetUnit.name, t.plannedMonth, t.plannedOn,
                    t.checklist == null ? null : t.checklist.id, t.checklist == null ? null : t.checklist.title,
                    names(t.inspectors), t.note, t.cancelled, t.cancelReason, t.version, first == null ? null : (Long) first[1],
                    inspectedOn, PlanItemStatus.of(t.cancelled, t.plannedMonth, t.plannedOn, inspectedOn, today));
        }).toList();
        return new InspectionPlanDtos.Detail(plan.id, plan.unit.id, plan.unit.name, plan.year, plan.kind, plan.month, plan.title,
                plan.note, plan.version, dtos);
    }

    private static List<String> names(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split(Inspection.INSPECTOR_SEPARATOR)).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Each office's planned items of the year by month, as carried out; an office head sees its own office's only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InspectionPlanDtos.Execution execution(int year, Long unitId) {
        Map<Long, String> offices = new LinkedHashMap<>();
        Map<Long, List<PlanMonth>> byOffice = new HashMap<>();
        for (PlanMonth pm : planMonths(year, unitId)) {
            offices.putIfAbsent(pm.officeId(), pm.officeName());
            byOffice.computeIfAbsent(pm.officeId(), k -> new ArrayList<>()).add(pm);
        }
        LocalDate today = clock.today();
        List<InspectionPlanDtos.OfficeExecution> result = new ArrayList<>();
        offices.forEach((office, name) -> {
            List<InspectionPlanDtos.MonthExecution> months = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                String month = YearMonth.of(year, m).toString();
                long planned = 0;
                long onTime = 0;
                long late = 0;
                long missed = 0;
                boolean behind = false;
                List<InspectionPlanDtos.MissedItem> missedItems = new ArrayList<>();
                for (PlanMonth pm : byOffice.get(office)) {
                    if (month.equals(pm.month())) {
                        planned += pm.planned();
                        onTime += pm.doneOnTime();
                        late += pm.doneLate();
                        missed += pm.missed();
                        behind |= pm.behindSchedule();
                        missedItems.addAll(pm.missedItems());
                    }
                }
                missedItems.sort(Comparator.comparingLong(InspectionPlanDtos.MissedItem::itemId));
                months.add(new InspectionPlanDtos.MonthExecution(month, planned, onTime, late, missed,
                        planned == 0 ? null : (double) onTime / planned, behind, missedItems));
            }
            result.add(new InspectionPlanDtos.OfficeExecution(office, name, months));
        });
        return new InspectionPlanDtos.Execution(year, result);
    }

    /**
     * One plan's items of one month, as carried out: the one computation behind the plan execution and
     * the enforcement monitors' plans behind schedule. Behind schedule: the month has ended with an item
     * not done in it (missed, or done late since).
     */
    public record PlanMonth(long officeId, String officeName, long planId, String month, long planned, long doneOnTime,
                            long doneLate, long missed, boolean behindSchedule, List<InspectionPlanDtos.MissedItem> missedItems) {
    }

    /**
     * The plan months of the year the caller may read (an office head: its own office's), in the order of
     * office name, month and plan (a month whose items were all cancelled counts 0 planned). One statement.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanMonth> planMonths(int year, Long unitId) {
        Map<String, Object> params = new HashMap<>();
        String where = condition(params);
        params.put("year", year);
        String filter = "";
        if (unitId != null) {
            filter = " and p.unit.id = :unitId";
            params.put("unitId", unitId);
        }
        var query = em.createQuery("select p.unit.id, p.unit.name, p.id, t.id, u.name, t.plannedMonth, t.plannedOn, t.cancelled,"
                + " (select min(i.inspectedOn) from Inspection i where i.planItemId = t.id)"
                + " from InspectionPlanItem t join t.plan p join t.targetUnit u where (" + where + ") and p.year = :year" + filter
                + " order by p.unit.name, p.unit.id, t.plannedMonth, p.id, t.id", Object[].class);
        params.forEach(query::setParameter);
        LocalDate today = clock.today();
        List<PlanMonth> result = new ArrayList<>();
        Object[] group = null;
        long planned = 0;
        long onTime = 0;
        long late = 0;
        long missed = 0;
        List<InspectionPlanDtos.MissedItem> missedItems = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            if (group != null && !(group[2].equals(row[2]) && group[5].equals(row[5]))) {
                result.add(planMonth(group, planned, onTime, late, missed, missedItems, today));
                planned = onTime = late = missed = 0;
                missedItems = new ArrayList<>();
            }
            group = row;
            PlanItemStatus status = PlanItemStatus.of((Boolean) row[7], (String) row[5], (LocalDate) row[6], (LocalDate) row[8], today);
            if (status == PlanItemStatus.CANCELLED) {
                continue;
            }
            planned++;
            switch (status) {
                case DONE_ON_TIME -> onTime++;
                case DONE_LATE -> late++;
                case MISSED -> {
                    missed++;
                    missedItems.add(new InspectionPlanDtos.MissedItem((Long) row[2], (Long) row[3], (String) row[4]));
                }
                default -> {
                }
            }
        }
        if (group != null) {
            result.add(planMonth(group, planned, onTime, late, missed, missedItems, today));
        }
        return result;
    }

    private static PlanMonth planMonth(Object[] row, long planned, long onTime, long late, long missed,
                                       List<InspectionPlanDtos.MissedItem> missedItems, LocalDate today) {
        String month = (String) row[5];
        boolean ended = YearMonth.parse(month).atEndOfMonth().isBefore(today);
        // a month ended with an item not done in it: behind, even if it was done late since
        return new PlanMonth((Long) row[0], (String) row[1], (Long) row[2], month, planned, onTime, late, missed,
                ended && (missed > 0 || late > 0), List.copyOf(missedItems));
    }

    // ------------------------------------------------------------------ writing

    public InspectionPlanDtos.Detail create(InspectionPlanDtos.Input input) {
        Caller caller = currentUser.scoped();
        Unit office = office(input.unitId());
        checkPeriod(input);
        requirePlanner(caller, office);
        if (InspectionPlan.count("unit.id = ?1 and year = ?2 and kind = ?3 and monthKey = ?4", office.id, input.year(), input.kind(),
                input.month() == null ? 0 : input.month()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection-plan.exists");
        }
        InspectionPlan plan = new InspectionPlan();
        plan.townId = caller.townId();
        plan.unit = office;
        plan.year = input.year();
        plan.kind = input.kind();
        plan.month = input.month();
        plan.title = input.title().trim();
        plan.note = blankToNull(input.note());
        plan.persist();
        addItems(plan, input.items() == null ? List.of() : input.items(), "items");
        return detailOf(plan);
    }

    /** Title and note change; the period and office stay; items sent are added. */
    public InspectionPlanDtos.Detail update(long id, InspectionPlanDtos.Input input) {
        Caller caller = currentUser.scoped();
        InspectionPlan plan = visible(id);
        requirePlanner(caller, plan.unit);
        Versions.requireCurrent(input.version(), plan.version);
        FieldErrors errors = new FieldErrors();
        if (!Objects.equals(input.unitId(), plan.unit.id)) {
            errors.add("unitId", "inspection-plan.fixed");
        }
        if (input.year() != plan.year || input.kind() != plan.kind || !Objects.equals(input.month(), plan.month)) {
            errors.add("year", "inspection-plan.fixed");
        }
        errors.throwIfAny();
        plan.title = input.title().trim();
        plan.note = blankToNull(input.note());
        plan.persistAndFlush();
        addItems(plan, input.items() == null ? List.of() : input.items(), "items");
        return detailOf(plan);
    }

    public InspectionPlanDtos.Detail addItem(long id, InspectionPlanDtos.ItemInput input) {
        Caller caller = currentUser.scoped();
        InspectionPlan plan = visible(id);
        requirePlanner(caller, plan.unit);
        addItems(plan, List.of(input), null);
        return detailOf(plan);
    }

    public InspectionPlanDtos.Detail cancelItem(long id, long itemId, InspectionPlanDtos.CancelInput input) {
        Caller caller = currentUser.scoped();
        InspectionPlan plan = visible(id);
        requirePlanner(caller, plan.unit);
        InspectionPlanItem item = InspectionPlanItem.<InspectionPlanItem>find("id = ?1 and plan.id = ?2", itemId, plan.id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("entity.inspection-plan-item", itemId));
        Versions.requireCurrent(input.version(), item.version);
        if (item.cancelled) {
            throw new ProblemException(ProblemType.CONFLICT, "inspection-plan.item.cancelled");
        }
        item.cancelled = true;
        item.cancelReason = input.reason().trim();
        item.persistAndFlush();
        return detailOf(plan);
    }

    private Unit office(Long unitId) {
        Unit office = units.scopedQuery(unitId).orElse(null);
        if (office == null) {
            throw ProblemException.invalid("unitId", "hazard.unit.unknown", unitId);
        }
        if (!office.kind.mayHoldEnforcementPowers()) {
            throw ProblemException.invalid("unitId", "inspection.inspecting-unit.not-office");
        }
        return office;
    }

    private static void checkPeriod(InspectionPlanDtos.Input input) {
        if (input.kind() == PlanKind.MONTHLY && input.month() == null) {
            throw ProblemException.invalid("month", "inspection-plan.month.required");
        }
        if (input.kind() == PlanKind.ANNUAL && input.month() != null) {
            throw ProblemException.invalid("month", "inspection-plan.month.annual");
        }
    }

    /** Adds the items, each planned within the plan's year (and month), naming the field of any that is not. */
    private void addItems(InspectionPlan plan, List<InspectionPlanDtos.ItemInput> inputs, String field) {
        FieldErrors errors = new FieldErrors();
        List<InspectionPlanItem> items = new ArrayList<>();
        for (int n = 0; n < inputs.size(); n++) {
            InspectionPlanDtos.ItemInput input = inputs.get(n);
            String prefix = field == null ? "" : field + "[" + n + "].";
            InspectionPlanItem item = new InspectionPlanItem();
            item.plan = plan;
            item.targetUnit = units.scopedQuery(input.targetUnitId()).orElse(null);
            if (item.targetUnit == null) {
                errors.add(prefix + "targetUnitId", "hazard.unit.unknown", input.targetUnitId());
            }
            YearMonth month = YearMonth.parse(input.plannedMonth());
            if (month.getYear() != plan.year || (plan.month != null && month.getMonthValue() != plan.month)) {
                errors.add(prefix + "plannedMonth", "inspection-plan.item.outside");
            }
            if (input.plannedOn() != null && !YearMonth.from(input.plannedOn()).equals(month)) {
                errors.add(prefix + "plannedOn", "inspection-plan.item.day-outside");
            }
            if (input.checklistId() != null) {
                Checklist checklist = checklists.find(input.checklistId()).orElse(null);
                if (checklist == null) {
                    errors.add(prefix + "checklistId", "checklist.unknown", input.checklistId());
                }
                item.checklist = checklist;
            }
            List<String> names = input.inspectors() == null ? List.of() : input.inspectors().stream().map(String::trim).toList();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).contains(Inspection.INSPECTOR_SEPARATOR)) {
                    errors.add(prefix + "inspectors[" + i + "]", "inspection.inspector.comma");
                }
            }
            item.plannedMonth = month.toString();
            item.plannedOn = input.plannedOn();
            item.inspectors = names.isEmpty() ? null : String.join(Inspection.INSPECTOR_SEPARATOR, names);
            item.note = blankToNull(input.note());
            items.add(item);
        }
        errors.throwIfAny();
        items.forEach(item -> item.persist());
    }

    /** The plan item an inspection carries out: of a plan of the inspecting office, at the inspected unit, not cancelled. */
    public InspectionPlanItem itemFor(Long itemId, Unit inspecting, Unit inspected, FieldErrors errors) {
        if (itemId == null) {
            return null;
        }
        InspectionPlanItem item = InspectionPlanItem.<InspectionPlanItem>find("from InspectionPlanItem t join fetch t.plan p"
                + " where t.id = ?1 and p.townId = ?2", itemId, currentUser.scoped().townId()).firstResultOptional().orElse(null);
        if (item == null) {
            errors.add("planItemId", "inspection-plan.item.unknown", itemId);
        } else if (item.cancelled) {
            errors.add("planItemId", "inspection-plan.item.cancelled");
        } else if (inspecting != null && inspected != null
                && (!item.plan.unit.id.equals(inspecting.id) || !item.targetUnit.id.equals(inspected.id))) {
            errors.add("planItemId", "inspection-plan.item.mismatch");
        }
        return item;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
