package com.anjian.enforcement;

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
import com.anjian.common.text.ChineseMoney;
import com.anjian.common.time.BusinessClock;
import com.anjian.document.DocumentKind;
import com.anjian.document.DocumentNumber;
import com.anjian.document.DocumentNumbers;
import com.anjian.inspection.Inspection;
import com.anjian.inspection.InspectionOutcome;
import com.anjian.inspection.InspectionResult;
import com.anjian.inspection.InspectionScope;
import com.anjian.inspection.InspectionState;
import com.anjian.unit.Unit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Enforcement cases: opened from a finished inspection that found a violation, by the office that
 * made it and holds enforcement powers over its sector (its head, or a town admin on its behalf), and
 * taken through {@link CaseWorkflow} step by step. A step that issues a document numbers it with
 * {@link DocumentNumbers} in the step's own transaction, so a refused or failed step gives its number
 * back. Every read goes through {@link EnforcementScope}; every step first finds the case in the
 * caller's scope (404), then checks that the caller conducts it (403), the version (409) and the
 * chain (409).
 */
@ApplicationScoped
@Transactional
public class EnforcementCaseService {

    private static final int ACTOR_NAME_LENGTH = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    EnforcementScope scope;

    @Inject
    InspectionScope inspections;

    @Inject
    DocumentNumbers numbers;

    @Inject
    BusinessClock clock;

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ reading

    private static final Map<String, String> SORTABLE = Map.of(
            "openedOn", "c.openedOn", "updatedAt", "c.updatedAt", "state", "c.state");

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnforcementDtos.Page list(EnforcementFilter filter, PageParams paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Sort sort = sort(paging.sort);
        List<Long> ids = PageQuery.ids(em, "select c.id from EnforcementCase c", where, sort, params, paging);
        // the campaign's title with the case (an entity join on the copied id: left, so no case is lost)
        List<Object[]> rows = PageQuery.rows(em, Object[].class, "select c, cp.title from EnforcementCase c"
                + " left join fetch c.officeUnit left join fetch c.partyUnit left join fetch c.inspection"
                + " left join Campaign cp on cp.id = c.campaignId where c.id in ", ids);
        Map<Long, String> campaignTitles = new HashMap<>();
        rows.forEach(row -> campaignTitles.put(((EnforcementCase) row[0]).id, (String) row[1]));
        Map<Long, Numbers> numbers = numbersOf(ids);
        List<EnforcementDtos.Summary> items = PageQuery.inOrder(ids, rows.stream().map(row -> (EnforcementCase) row[0]).toList(),
                        c -> c.id).stream()
                .map(c -> summary(c, numbers.getOrDefault(c.id, Numbers.NONE), campaignTitles.get(c.id))).toList();
        return new EnforcementDtos.Page(items, paging, PageQuery.count(em, "EnforcementCase c", where, params));
    }

    /** The list's order: by {@code sort} over the whitelist, else the latest opened first. */
    static Sort sort(String sort) {
        return Sorting.of(sort, SORTABLE, Sort.descending("c.openedOn"), "c.id");
    }

    /**
     * The ledger's figures under exactly the list's scope and filters, in one statement: a case is
     * penalised when a penalty was decided and it was not withdrawn; the fines are theirs.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EnforcementDtos.Totals totals(EnforcementFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("over", OVER);
        params.put("noPenalty", CaseState.NO_PENALTY);
        params.put("withdrawn", CaseState.WITHDRAWN);
        var query = em.createQuery("select count(*),"
                + " coalesce(sum(case when c.state not in :over then 1 else 0 end), 0),"
                + " coalesce(sum(case when " + PENALISED + " then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.state = :noPenalty then 1 else 0 end), 0),"
                + " coalesce(sum(case when c.state = :withdrawn then 1 else 0 end), 0),"
                + " coalesce(sum(c.personsDispatched), 0),"
                + " coalesce(sum(case when " + PENALISED + " then c.fineAmount else 0 end), 0)"
                + " from EnforcementCase c where " + where, Object[].class);
        params.forEach(query::setParameter);
        Object[] row = query.getSingleResult();
        BigDecimal fines = toMoney(row[6]);
        return new EnforcementDtos.Totals(toLong(row[0]), toLong(row[1]), toLong(row[2]), toLong(row[3]), toLong(row[4]),
                toLong(row[5]), fines.toPlainString(), ChineseMoney.wan(fines));
    }

    /** The states in which a case is over. */
    static final List<CaseState> OVER = List.of(CaseState.CLOSED, CaseState.NO_PENALTY, CaseState.WITHDRAWN);

    /** JPQL over alias {@code c}, parameter {@code :withdrawn}: the case has a penalty decision and was not withdrawn. */
    public static final String PENALISED = "c.penaltyDecidedOn is not null and c.state <> :withdrawn";

    private static long toLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal toMoney(Object value) {
        BigDecimal money = value == null ? BigDecimal.ZERO : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return money.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    String where(EnforcementFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("(").append(scope.condition(params)).append(")");
        if (filter.officeUnitId != null) {
            where.append(" and c.officeUnit.id = :officeUnitId");
            params.put("officeUnitId", filter.officeUnitId);
        }
        if (filter.partyUnitId != null) {
            where.append(" and c.partyUnit.id = :partyUnitId");
            params.put("partyUnitId", filter.partyUnitId);
        }
        CaseState state = Enums.parse(CaseState.class, filter.state, "state");
        if (state != null) {
            where.append(" and c.state = :state");
            params.put("state", state);
        }
        if (filter.campaignId != null) {
            where.append(" and c.campaignId = :campaignId");
            params.put("campaignId", filter.campaignId);
        }
        if (filter.from != null) {
            where.append(" and c.openedOn >= :from");
            params.put("from", LocalDate.parse(filter.from));
        }
        if (filter.to != null) {
            where.append(" and c.openedOn <= :to");
            params.put("to", LocalDate.parse(filter.to));
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.append(" and (c.facts like :q or exists (select 1 from EnforcementDocument d where d.enforcementCase = c"
                    + " and d.number like :q))");
            params.put("q", Sorting.likePattern(filter.q));
        }
        return where.toString();
    }

    /** The numbers a case's row shows: its latest document's, its order's and its decision's. */
    record Numbers(String latest, String order, String decision) {
        static final Numbers NONE = new Numbers(null, null, null);

        static Numbers of(List<EnforcementDocument> documents) {
            String latest = null;
            String order = null;
            String decision = null;
            int rank = -1;
            for (EnforcementDocument d : documents) {
                if (d.kind.ordinal() >= rank) {
                    rank = d.kind.ordinal();
                    latest = d.number;
                }
                if (d.kind == DocumentKind.RECTIFICATION_ORDER) {
                    order = d.number;
                } else if (d.kind == DocumentKind.PENALTY_DECISION) {
                    decision = d.number;
                }
            }
            return new Numbers(latest, order, decision);
        }
    }

    /** The numbers of each case of a page, in one statement. */
    private Map<Long, Numbers> numbersOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EnforcementDocument>> byCase = new HashMap<>();
        em.createQuery("select d.enforcementCase.id, d.kind, d.number from EnforcementDocument d where d.enforcementCase.id in :ids",
                        Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> {
                    EnforcementDocument d = new EnforcementDocument();
                    d.kind = (DocumentKind) row[1];
                    d.number = (String) row[2];
                    byCase.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add(d);
                });
        Map<Long, Numbers> numbers = new HashMap<>();
        byCase.forEach((id, documents) -> numbers.put(id, Numbers.of(documents)));
        return numbers;
    }

    private static EnforcementDtos.Summary summary(EnforcementCase c, Numbers numbers, String campaignTitle) {
        return new EnforcementDtos.Summary(c.id, c.officeUnit.id, c.officeUnit.name, c.partyUnit.id, c.partyUnit.name, c.sectorCode,
                c.state, c.openedOn, c.personsDispatched, c.fineAmount, wan(c.fineAmount), penalised(c), c.noPenaltyReason,
                numbers.latest(), c.version, c.campaignId, campaignTitle, c.inspection.serial, numbers.order(), c.orderDeadline,
                numbers.decision(), c.finePaidOn);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnforcementDtos.Detail detail(long id) {
        return detailOf(visible(id));
    }

    EnforcementCase visible(long id) {
        return scope.find(id).orElseThrow(() -> ProblemException.notFound("entity.enforcement-case", id));
    }

    private EnforcementDtos.Detail detailOf(EnforcementCase c) {
        List<EnforcementDocument> documents = documentsOf(c.id);
        List<EnforcementDtos.HistoryEntry> history = EnforcementEvent.<EnforcementEvent>list("enforcementCase.id",
                        Sort.by("at").and("id"), c.id).stream()
                .map(e -> new EnforcementDtos.HistoryEntry(e.action, e.fromState, e.toState, e.at, e.actor, e.actorName, e.note))
                .toList();
        List<CaseAction> allowed = scope.conducts(c)
                ? CaseWorkflow.next(c.state).stream().filter(action -> fitsTheFine(c, action) == null).sorted().toList() : List.of();
        Numbers numbers = Numbers.of(documents);
        String campaignTitle = c.campaignId == null ? null
                : em.createQuery("select cp.title from Campaign cp where cp.id = :id", String.class)
                .setParameter("id", c.campaignId).getResultStream().findFirst().orElse(null);
        return new EnforcementDtos.Detail(c.id, c.officeUnit.id, c.officeUnit.name, c.partyUnit.id, c.partyUnit.name,
                c.sectorCode, c.state, c.openedOn, c.personsDispatched, c.fineAmount, wan(c.fineAmount), penalised(c),
                c.noPenaltyReason, numbers.latest(), c.version, c.inspection.id, c.inspection.serial, c.campaignId, c.facts,
                c.legalBasisViolated, c.orderContent, c.orderDeadline, c.orderedOn, c.reinspectedOn, c.reinspectionFinding,
                c.reinspectionCorrected, c.penaltyBasis, c.penaltyNotifiedOn, c.penaltyDecidedOn, c.finePaidOn, c.fineReceiptNo,
                c.noPenaltyReason == null ? null : c.noPenaltyReason.legalBasis(), c.noPenaltyNote, c.withdrawnReason,
                c.closedOn, allowed,
                documents.stream().map(d -> new EnforcementDtos.DocumentRef(d.kind, d.number, d.issuedOn,
                        "/api/v1/enforcement-cases/" + c.id + "/documents/" + d.kind.name())).toList(),
                history, campaignTitle, numbers.order(), numbers.decision());
    }

    /** The case's documents in the order issued. */
    static List<EnforcementDocument> documentsOf(long caseId) {
        return EnforcementDocument.<EnforcementDocument>list("enforcementCase.id", caseId).stream()
                .sorted(Comparator.comparing((EnforcementDocument d) -> d.kind.ordinal())).toList();
    }

    /**
     * Why the decided fine rules the action out, or null: a decision of a warning only (fine 0) is closed
     * without a payment, one with a fine is closed only once it is paid.
     */
    static String fitsTheFine(EnforcementCase c, CaseAction action) {
        if (c.state != CaseState.PENALTY_DECIDED) {
            return null;
        }
        boolean warningOnly = c.fineAmount == null || c.fineAmount.signum() == 0;
        if (action == CaseAction.RECORD_PAYMENT && warningOnly) {
            return "enforcement.payment.no-fine";
        }
        if (action == CaseAction.CLOSE && !warningOnly) {
            return "enforcement.close.unpaid";
        }
        return null;
    }

    static String wan(BigDecimal fine) {
        return fine == null ? null : ChineseMoney.wan(fine);
    }

    /** A penalty was decided (and not withdrawn). */
    static boolean penalised(EnforcementCase c) {
        return c.penaltyDecidedOn != null && c.state != CaseState.WITHDRAWN;
    }

    // ------------------------------------------------------------------ opening

    public EnforcementDtos.Detail open(EnforcementDtos.OpenInput input) {
        Caller caller = currentUser.scoped();
        Inspection inspection = inspections.find(input.inspectionId())
                .orElseThrow(() -> ProblemException.invalid("inspectionId", "enforcement.inspection.unknown", input.inspectionId()));
        Long officeId;
        if (caller.is(Roles.TOWN_ADMIN)) {
            if (input.officeUnitId() == null) {
                throw ProblemException.invalid("officeUnitId", "anjian.required");
            }
            officeId = input.officeUnitId();
        } else if (caller.is(Roles.OFFICE_HEAD)) {
            officeId = caller.unitId();
        } else {
            throw ProblemException.forbidden("enforcement.no-powers");
        }
        Unit office = inspection.inspectingUnit;
        String sector = inspection.checklist.sectorCode;
        // the office must have made the inspection and hold enforcement powers over its sector
        if (!Objects.equals(office.id, officeId) || !office.enforcementPowers || !office.sectors.contains(sector)) {
            throw ProblemException.forbidden("enforcement.no-powers");
        }
        FieldErrors errors = new FieldErrors();
        if (inspection.state != InspectionState.FINISHED) {
            errors.add("inspectionId", "enforcement.inspection.not-finished");
        } else if (!foundViolation(inspection)) {
            errors.add("inspectionId", "enforcement.inspection.no-violation");
        }
        errors.throwIfAny();
        // one case per inspection, unless the earlier one was withdrawn
        long existing = EnforcementCase.count("inspection.id = ?1 and state <> ?2", inspection.id, CaseState.WITHDRAWN);
        if (existing > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "enforcement.case.exists");
        }

        EnforcementCase c = new EnforcementCase();
        c.townId = inspection.townId;
        c.officeUnit = office;
        c.inspection = inspection;
        c.partyUnit = inspection.inspectedUnit;
        c.sectorCode = sector;
        c.campaignId = inspection.campaignId;
        c.state = CaseState.INSPECTED;
        c.openedOn = clock.today();
        c.facts = input.facts().trim();
        c.legalBasisViolated = input.legalBasisViolated().trim();
        c.personsDispatched = inspection.inspectorCount;
        c.createdBy = caller.username();
        c.persist();
        issue(c, DocumentKind.ON_SITE_RECORD, c.openedOn);
        record(c, EnforcementEvent.OPEN, null, CaseState.INSPECTED, null);
        return detailOf(c);
    }

    /** Whether a violation item of the inspection's own checklist version failed. */
    private static boolean foundViolation(Inspection inspection) {
        Map<Integer, ChecklistItem> items = ChecklistService.items(inspection.checklist.id, inspection.checklistVersionNo)
                .stream().collect(Collectors.toMap(i -> i.itemNo, i -> i));
        return InspectionResult.<InspectionResult>list("inspection.id", inspection.id).stream()
                .anyMatch(r -> r.outcome == InspectionOutcome.FAIL && items.containsKey(r.itemNo) && items.get(r.itemNo).violation);
    }

    // ------------------------------------------------------------------ the chain

    public EnforcementDtos.Detail order(long id, EnforcementDtos.OrderInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.ORDER), null, c -> {
            LocalDate today = clock.today();
            if (!input.deadline().isAfter(today)) {
                throw ProblemException.invalid("deadline", "enforcement.order.deadline");
            }
            c.orderContent = input.content().trim();
            c.orderDeadline = input.deadline();
            c.orderedOn = today;
            issue(c, DocumentKind.RECTIFICATION_ORDER, today);
        });
    }

    public EnforcementDtos.Detail reinspect(long id, EnforcementDtos.ReinspectInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.REINSPECT), input.finding(), c -> {
            if (input.reinspectedOn().isBefore(c.orderedOn)) {
                throw ProblemException.invalid("reinspectedOn", "enforcement.date.before", c.orderedOn);
            }
            c.reinspectedOn = input.reinspectedOn();
            c.reinspectionFinding = input.finding().trim();
            c.reinspectionCorrected = input.corrected();
            issue(c, DocumentKind.REINSPECTION_OPINION, clock.today());
        });
    }

    public EnforcementDtos.Detail notifyPenalty(long id, EnforcementDtos.NotifyPenaltyInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.NOTIFY_PENALTY), null, c -> {
            c.penaltyBasis = input.penaltyBasis().trim();
            c.fineAmount = input.fineAmount();
            c.noticePenaltyBasis = c.penaltyBasis;
            c.noticeFineAmount = c.fineAmount;
            c.penaltyNotifiedOn = clock.today();
            issue(c, DocumentKind.PENALTY_NOTICE, c.penaltyNotifiedOn);
        });
    }

    public EnforcementDtos.Detail decidePenalty(long id, EnforcementDtos.DecidePenaltyInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.DECIDE_PENALTY), null, c -> {
            if (input.decidedOn().isBefore(c.penaltyNotifiedOn)) {
                throw ProblemException.invalid("decidedOn", "enforcement.date.before", c.penaltyNotifiedOn);
            }
            c.penaltyBasis = input.penaltyBasis().trim();
            c.fineAmount = input.fineAmount();
            c.penaltyDecidedOn = input.decidedOn();
            issue(c, DocumentKind.PENALTY_DECISION, input.decidedOn());
        });
    }

    public EnforcementDtos.Detail recordPayment(long id, EnforcementDtos.PaymentInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.RECORD_PAYMENT), input.receiptNo(), c -> {
            if (input.paidOn().isBefore(c.penaltyDecidedOn)) {
                throw ProblemException.invalid("paidOn", "enforcement.date.before", c.penaltyDecidedOn);
            }
            c.finePaidOn = input.paidOn();
            c.fineReceiptNo = input.receiptNo().trim();
        });
    }

    public EnforcementDtos.Detail close(long id, EnforcementDtos.CloseInput input) {
        return step(id, input.version(), CaseWorkflow.Step.of(CaseAction.CLOSE), null, c -> c.closedOn = clock.today());
    }

    public EnforcementDtos.Detail closeWithoutPenalty(long id, EnforcementDtos.CloseWithoutPenaltyInput input) {
        String note = blankToNull(input.note());
        CaseWorkflow.Step step = CaseWorkflow.Step.closeWithoutPenalty(input.reason(), note);
        String said = input.reason().label() + (note == null ? "" : "：" + note);
        return step(id, input.version(), step, said, c -> {
            c.noPenaltyReason = input.reason();
            c.noPenaltyNote = note;
            c.closedOn = clock.today();
        });
    }

    public EnforcementDtos.Detail withdraw(long id, EnforcementDtos.WithdrawInput input) {
        return step(id, input.version(), CaseWorkflow.Step.withdraw(input.reason()), input.reason(), c -> {
            c.withdrawnReason = input.reason().trim();
            c.closedOn = clock.today();
        });
    }

    /** One step: the case in scope (404), conducted by the caller (403), current (409), allowed by the chain (409). */
    private EnforcementDtos.Detail step(long id, Long version, CaseWorkflow.Step step, String note, Consumer<EnforcementCase> fill) {
        EnforcementCase c = visible(id);
        if (!scope.conducts(c)) {
            throw ProblemException.forbidden("enforcement.write.forbidden");
        }
        Versions.requireCurrent(version, c.version);
        String unfit = fitsTheFine(c, step.action());
        if (unfit != null) {
            throw new ProblemException(ProblemType.CONFLICT, unfit);
        }
        CaseState from = c.state;
        CaseState to;
        try {
            to = CaseWorkflow.take(from, step);
        } catch (CaseWorkflow.Refused refused) {
            if ("case.step.not-allowed".equals(refused.messageKey())) {
                throw new ProblemException(ProblemType.CONFLICT, "enforcement.step.not-allowed");
            }
            throw ProblemException.invalid(step.action() == CaseAction.WITHDRAW ? "reason" : "note", refused.messageKey());
        }
        fill.accept(c);
        c.state = to;
        c.persistAndFlush();
        record(c, step.action().name(), from, to, note);
        return detailOf(c);
    }

    /** Numbers the case's document of this kind in the caller's transaction: given back if the step fails. */
    private void issue(EnforcementCase c, DocumentKind kind, LocalDate issuedOn) {
        DocumentNumber number = numbers.next(c.officeUnit, kind, issuedOn.getYear());
        EnforcementDocument document = new EnforcementDocument();
        document.enforcementCase = c;
        document.kind = kind;
        document.number = number.text();
        document.seq = number.sequence();
        document.year = number.year();
        document.issuedOn = issuedOn;
        document.createdBy = currentUser.actor();
        document.createdAt = clock.now();
        document.persist();
    }

    private void record(EnforcementCase c, String action, CaseState from, CaseState to, String note) {
        Caller caller = currentUser.scoped();
        EnforcementEvent event = new EnforcementEvent();
        event.enforcementCase = c;
        event.action = action;
        event.fromState = from;
        event.toState = to;
        event.at = clock.now();
        event.actor = caller.username();
        String name = caller.displayName();
        event.actorName = name.length() <= ACTOR_NAME_LENGTH ? name : name.substring(0, ACTOR_NAME_LENGTH);
        event.note = note == null ? null : (note.length() <= 2000 ? note.trim() : note.substring(0, 2000));
        event.persist();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
