package com.anjian.ledger;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.security.Roles;
import com.anjian.hazard.Hazard;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import com.anjian.unit.UnitService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Monthly hazard ledgers. A ledger lists the unit's hazards found that month and every one of its
 * hazards still open; while a draft the lines are live, and submitting freezes them as a snapshot.
 * Village officers and office heads handle their own unit's ledger; the emergency office any unit's,
 * and only it returns or accepts.
 */
@ApplicationScoped
@Transactional
public class LedgerService {

    @Inject
    BusinessClock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService units;

    @Inject
    NotificationService notifications;

    @Inject
    AnjianConfig config;

    public LocalDate today() {
        return clock.today();
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerDtos.Ledger view(long unitId, String periodText) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return toDto(unit, period, MonthlyLedger.find(unit.id, period.toString()).orElse(null));
    }

    /** The unit, if the caller may read its ledgers (404 outside the town, 403 another unit's). */
    public Unit readableUnit(long unitId) {
        Caller caller = currentUser.scoped();
        Unit unit = units.scopedQuery(unitId).orElseThrow(() -> ProblemException.notFound("entity.unit", unitId));
        if (!caller.isTownWide() && !Objects.equals(caller.unitId(), unit.id)) {
            throw ProblemException.forbidden("ledger.other-unit");
        }
        return unit;
    }

    /** The unit, if the caller may submit or import its ledgers. */
    public Unit writableUnit(long unitId) {
        Caller caller = currentUser.scoped();
        Unit unit = readableUnit(unitId);
        boolean own = Objects.equals(caller.unitId(), unit.id) && (caller.is(Roles.VILLAGE_OFFICER) || caller.is(Roles.OFFICE_HEAD));
        if (!caller.is(Roles.TOWN_ADMIN) && !own) {
            throw ProblemException.forbidden("ledger.not-yours");
        }
        return unit;
    }

    /** The unit's hazards found in the month, and those open at its start: the ledger's lines as of now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerDtos.Line> liveLines(Unit unit, LedgerPeriod period) {
        Map<String, Object> params = new HashMap<>();
        params.put("unit", unit.id);
        params.put("first", period.first());
        params.put("last", period.last());
        params.put("monthStart", clock.startOf(period.first()));
        List<Hazard> hazards = Hazard.list("from Hazard h join fetch h.unit where (h.unit.id = :unit or h.reportingUnit.id = :unit)"
                        + " and h.foundOn <= :last and (h.foundOn >= :first or h.closedAt is null or h.closedAt >= :monthStart)",
                Sort.by("h.foundOn").and("h.id"), params);
        List<LedgerDtos.Line> lines = new ArrayList<>();
        for (Hazard h : hazards) {
            lines.add(new LedgerDtos.Line(lines.size() + 1, h.id, h.serial, h.unit.name, h.state, h.foundOn, h.place,
                    h.description, h.causeCategory, h.grade, h.measures, h.responsiblePerson, h.effectiveDeadline(),
                    h.funds, h.completedOn, h.verifierName, h.verifiedOn,
                    clock.dateOf(h.closedAt), h.remarks));
        }
        return lines;
    }

    // ------------------------------------------------------------------ actions

    public LedgerDtos.Ledger submit(long unitId, String periodText, LedgerDtos.Submit input) {
        Unit unit = writableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        if (period.month().isAfter(YearMonth.from(today()))) {
            throw ProblemException.invalid("period", "ledger.period.future");
        }
        MonthlyLedger ledger = MonthlyLedger.find(unit.id, period.toString()).orElse(null);
        requireVersion(ledger, input.version());
        if (ledger != null && !(ledger.state == LedgerState.DRAFT || ledger.state == LedgerState.RETURNED)) {
            throw wrongState(ledger, LedgerDtos.LedgerAction.SUBMIT);
        }
        List<LedgerDtos.Line> lines = liveLines(unit, period);
        if (input.nilReturn() && !lines.isEmpty()) {
            throw ProblemException.invalid("nilReturn", "ledger.nil-return.has-lines", lines.size());
        }
        if (!input.nilReturn() && lines.isEmpty()) {
            throw ProblemException.invalid("nilReturn", "ledger.empty.needs-nil-return");
        }
        Caller caller = currentUser.scoped();
        Instant now = clock.now();
        if (ledger == null) {
            ledger = newLedger(unit, period, now);
        } else {
            // one by one, not as a bulk delete, so the audit keeps what the returned snapshot said
            LedgerLine.<LedgerLine>list("ledger.id", ledger.id).forEach(LedgerLine::delete);
        }
        ledger.state = LedgerState.SUBMITTED;
        ledger.nilReturn = input.nilReturn();
        ledger.note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        ledger.submittedAt = now;
        ledger.submittedBy = caller.username();
        if (ledger.late == null) {
            ledger.late = !now.isBefore(clock.startOf(ledger.dueOn.plusDays(1)));
        }
        ledger.updatedAt = now;
        ledger.persistAndFlush();
        for (LedgerDtos.Line line : lines) {
            snapshot(ledger, line).persist();
        }
        return toDto(unit, period, ledger);
    }

    public LedgerDtos.Ledger returnLedger(long unitId, String periodText, LedgerDtos.Return input) {
        MonthlyLedger ledger = reviewable(unitId, periodText, input.version(), LedgerDtos.LedgerAction.RETURN);
        Instant now = clock.now();
        ledger.state = LedgerState.RETURNED;
        ledger.returnedReason = input.reason().trim();
        ledger.returnedAt = now;
        ledger.returnedBy = currentUser.scoped().username();
        ledger.updatedAt = now;
        ledger.persistAndFlush();
        notifications.raiseAboutLedger(ledger.townId, ledger.unit.id, ledger.period, Notification.Kind.LEDGER_RETURNED,
                Notification.Severity.WARNING, Map.of("period", ledger.period, "reason", ledger.returnedReason));
        return toDto(ledger.unit, LedgerPeriod.parse(ledger.period, "period"), ledger);
    }

    public LedgerDtos.Ledger accept(long unitId, String periodText, LedgerDtos.Accept input) {
        MonthlyLedger ledger = reviewable(unitId, periodText, input.version(), LedgerDtos.LedgerAction.ACCEPT);
        Instant now = clock.now();
        ledger.state = LedgerState.ACCEPTED;
        ledger.acceptedAt = now;
        ledger.acceptedBy = currentUser.scoped().username();
        ledger.updatedAt = now;
        ledger.persistAndFlush();
        return toDto(ledger.unit, LedgerPeriod.parse(ledger.period, "period"), ledger);
    }

    /** The ledger must be open for changes (import) by the caller: a draft or returned one. */
    public void requireEditable(Unit unit, LedgerPeriod period) {
        Optional<MonthlyLedger> ledger = MonthlyLedger.find(unit.id, period.toString());
        if (ledger.isPresent() && !(ledger.get().state == LedgerState.DRAFT || ledger.get().state == LedgerState.RETURNED)) {
            throw wrongState(ledger.get(), LedgerDtos.LedgerAction.IMPORT);
        }
    }

    // ------------------------------------------------------------------ board

    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerDtos.Board board(String fromText, String toText) {
        Caller caller = currentUser.scoped();
        YearMonth to = toText == null ? YearMonth.from(today()).minusMonths(1) : LedgerPeriod.parse(toText, "to").month();
        YearMonth from = fromText == null ? to.minusMonths(5) : LedgerPeriod.parse(fromText, "from").month();
        if (from.isAfter(to)) {
            throw ProblemException.invalid("from", "ledger.board.range");
        }
        if (from.plusMonths(23).isBefore(to)) {
            throw ProblemException.invalid("to", "ledger.board.too-long");
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        List<UnitKind> kinds = config.ledger().requiredKinds().stream().map(UnitKind::valueOf).toList();
        List<Unit> required = Unit.list("town.id = ?1 and active = true and kind in ?2", Sort.by("kind").and("name"),
                caller.townId(), kinds);
        Map<String, MonthlyLedger> ledgers = new HashMap<>();
        MonthlyLedger.<MonthlyLedger>list("townId = ?1 and period between ?2 and ?3", caller.townId(),
                from.toString(), to.toString()).forEach(l -> ledgers.put(l.unit.id + "/" + l.period, l));
        LocalDate today = today();
        int dueDay = config.ledger().dueDay();
        List<LedgerDtos.BoardRow> rows = new ArrayList<>();
        int[] submitted = new int[months.size()], late = new int[months.size()], missing = new int[months.size()],
                accepted = new int[months.size()];
        for (Unit unit : required) {
            List<LedgerDtos.BoardCell> cells = new ArrayList<>();
            int unitLate = 0, unitMissing = 0;
            for (int i = 0; i < months.size(); i++) {
                LedgerPeriod period = new LedgerPeriod(months.get(i));
                MonthlyLedger ledger = ledgers.get(unit.id + "/" + period);
                LocalDate due = ledger != null ? ledger.dueOn : period.dueOn(dueDay);
                LedgerDtos.CellState state;
                if (ledger != null && ledger.state != LedgerState.DRAFT) {
                    state = LedgerDtos.CellState.valueOf(ledger.state.name());
                    submitted[i]++;
                    if (Boolean.TRUE.equals(ledger.late)) {
                        late[i]++;
                        unitLate++;
                    }
                    if (ledger.state == LedgerState.ACCEPTED) {
                        accepted[i]++;
                    }
                } else if (today.isAfter(due)) {
                    state = LedgerDtos.CellState.MISSING;
                    missing[i]++;
                    unitMissing++;
                } else {
                    state = ledger == null ? LedgerDtos.CellState.PENDING : LedgerDtos.CellState.DRAFT;
                }
                cells.add(new LedgerDtos.BoardCell(period.toString(), state, ledger == null ? null : ledger.late,
                        ledger == null ? null : ledger.submittedAt, due));
            }
            rows.add(new LedgerDtos.BoardRow(unit.id, unit.name, unit.kind, cells, unitLate, unitMissing));
        }
        List<LedgerDtos.BoardMonth> summary = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            LedgerPeriod period = new LedgerPeriod(months.get(i));
            summary.add(new LedgerDtos.BoardMonth(period.toString(), period.dueOn(dueDay), submitted[i], late[i],
                    missing[i], accepted[i]));
        }
        return new LedgerDtos.Board(summary, rows);
    }

    // ------------------------------------------------------------------ helpers

    private MonthlyLedger reviewable(long unitId, String periodText, Long version, LedgerDtos.LedgerAction action) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        MonthlyLedger ledger = MonthlyLedger.find(unit.id, period.toString())
                .orElseThrow(() -> ProblemException.notFound("entity.ledger", unit.name + " " + period));
        requireVersion(ledger, version);
        if (ledger.state != LedgerState.SUBMITTED) {
            throw wrongState(ledger, action);
        }
        return ledger;
    }

    /** 409 when someone else changed the ledger (or created it) since the caller read it. */
    private static void requireVersion(MonthlyLedger ledger, Long version) {
        long current = ledger == null ? 0 : ledger.version;
        if (version == null || version != current) {
            throw ProblemException.staleVersion();
        }
    }

    private static ProblemException wrongState(MonthlyLedger ledger, LedgerDtos.LedgerAction action) {
        return new ProblemException(ProblemType.CONFLICT, "ledger.wrong-state",
                new ProblemException.MessageArg("ledger.action." + action.name()),
                new ProblemException.MessageArg("ledger.state." + ledger.state.name()));
    }

    private MonthlyLedger newLedger(Unit unit, LedgerPeriod period, Instant now) {
        MonthlyLedger ledger = new MonthlyLedger();
        ledger.townId = unit.town.id;
        ledger.unit = unit;
        ledger.period = period.toString();
        ledger.state = LedgerState.DRAFT;
        ledger.dueOn = period.dueOn(config.ledger().dueDay());
        ledger.createdAt = now;
        return ledger;
    }

    private static LedgerLine snapshot(MonthlyLedger ledger, LedgerDtos.Line line) {
        LedgerLine row = new LedgerLine();
        row.ledger = ledger;
        row.lineNo = line.lineNo();
        row.hazardId = line.hazardId();
        row.hazardSerial = line.hazardSerial();
        row.unitName = line.unitName();
        row.state = line.state();
        row.foundOn = line.foundOn();
        row.place = line.place();
        row.description = line.description();
        row.causeCategory = line.causeCategory();
        row.grade = line.grade();
        row.measures = line.measures();
        row.responsiblePerson = line.responsiblePerson();
        row.deadline = line.deadline();
        row.funds = line.funds();
        row.completedOn = line.completedOn();
        row.reviewer = line.reviewer();
        row.reviewedOn = line.reviewedOn();
        row.closedOn = line.closedOn();
        row.remarks = line.remarks();
        return row;
    }

    private static LedgerDtos.Line fromSnapshot(LedgerLine l) {
        return new LedgerDtos.Line(l.lineNo, l.hazardId, l.hazardSerial, l.unitName, l.state, l.foundOn, l.place,
                l.description, l.causeCategory, l.grade, l.measures, l.responsiblePerson, l.deadline, l.funds,
                l.completedOn, l.reviewer, l.reviewedOn, l.closedOn, l.remarks);
    }

    /** The ledger's lines: the submitted snapshot once submitted, otherwise live. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerDtos.Line> lines(Unit unit, LedgerPeriod period, MonthlyLedger ledger) {
        boolean snapshot = ledger != null && ledger.state != LedgerState.DRAFT && ledger.state != LedgerState.RETURNED;
        return snapshot
                ? LedgerLine.<LedgerLine>list("ledger.id", Sort.by("lineNo"), ledger.id).stream().map(LedgerService::fromSnapshot).toList()
                : liveLines(unit, period);
    }

    private LedgerDtos.Ledger toDto(Unit unit, LedgerPeriod period, MonthlyLedger ledger) {
        Caller caller = currentUser.scoped();
        LocalDate due = ledger != null ? ledger.dueOn : period.dueOn(config.ledger().dueDay());
        LedgerState state = ledger == null ? LedgerState.DRAFT : ledger.state;
        boolean editable = state == LedgerState.DRAFT || state == LedgerState.RETURNED;
        boolean writer = caller.is(Roles.TOWN_ADMIN) || (Objects.equals(caller.unitId(), unit.id)
                && (caller.is(Roles.VILLAGE_OFFICER) || caller.is(Roles.OFFICE_HEAD)));
        Set<LedgerDtos.LedgerAction> allowed = EnumSet.noneOf(LedgerDtos.LedgerAction.class);
        if (writer && editable) {
            allowed.add(LedgerDtos.LedgerAction.IMPORT);
            if (!period.month().isAfter(YearMonth.from(today()))) {
                allowed.add(LedgerDtos.LedgerAction.SUBMIT);
            }
        }
        if (caller.is(Roles.TOWN_ADMIN) && state == LedgerState.SUBMITTED) {
            allowed.add(LedgerDtos.LedgerAction.RETURN);
            allowed.add(LedgerDtos.LedgerAction.ACCEPT);
        }
        boolean snapshot = !editable;
        return new LedgerDtos.Ledger(ledger == null ? null : ledger.id, unit.id, unit.name, period.toString(), state,
                ledger != null && ledger.nilReturn, due, editable && today().isAfter(due),
                ledger == null ? null : ledger.submittedAt, ledger == null ? null : ledger.submittedBy,
                ledger == null ? null : ledger.late, ledger == null ? null : ledger.returnedReason,
                ledger == null ? null : ledger.returnedAt, ledger == null ? null : ledger.acceptedAt,
                ledger == null ? null : ledger.note, ledger == null ? 0 : ledger.version, snapshot,
                lines(unit, period, ledger), allowed);
    }

    // ------------------------------------------------------------------ small read-only queries (home page, MyTasksService)

    /** The month of the unit's latest ledger that the emergency office returned and that waits to be resubmitted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> latestReturnedPeriod(long unitId) {
        return MonthlyLedger.<MonthlyLedger>find("unit.id = ?1 and state = ?2", Sort.descending("period"), unitId, LedgerState.RETURNED)
                .firstResultOptional().map(ledger -> ledger.period);
    }

    /** How many ledgers of the town are submitted and neither accepted nor returned yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countAwaitingReview(long townId) {
        return MonthlyLedger.count("townId = ?1 and state = ?2", townId, LedgerState.SUBMITTED);
    }
}
