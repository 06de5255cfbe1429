package com.anjian.ledger;

import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardScope;
import com.anjian.notification.Notification;
import com.anjian.notification.NotificationService;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import com.anjian.unit.UnitService;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.Optional;
import java.util.function.Function;

/**
 * Monthly hazard ledgers. A ledger lists the unit's hazards found that month and every one of its
 * hazards still open; while a draft (or returned) the lines are live, and each submission freezes
 * them as a new numbered version that is never changed. Who may do what is {@link LedgerRules}.
 *
 * <p>Changes to one ledger (submit, return, accept, import) are serialised on its row: each runs in a
 * transaction whose first statement locks the row, so that what it reads afterwards includes
 * everything committed before it got the lock (InnoDB's repeatable-read snapshot begins at a
 * transaction's first plain read; taking the lock first keeps that snapshot from predating it).
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
    HazardScope hazardScope;

    @Inject
    NotificationService notifications;

    @Inject
    AnjianConfig config;

    public LocalDate today() {
        return clock.today();
    }

    // ------------------------------------------------------------------ who may

    /** The unit, if the caller may read its ledgers (404 outside the town, 403 another unit's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit readableUnit(long unitId) {
        Unit unit = units.scopedQuery(unitId).orElseThrow(() -> ProblemException.notFound("entity.unit", unitId));
        if (!LedgerRules.mayRead(currentUser.scoped(), unit.id)) {
            throw ProblemException.forbidden("ledger.other-unit");
        }
        return unit;
    }

    /** The unit, if the caller may submit or import its ledgers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Unit writableUnit(long unitId) {
        Unit unit = readableUnit(unitId);
        if (!LedgerRules.mayWrite(currentUser.scoped(), unit.id)) {
            throw ProblemException.forbidden("ledger.not-yours");
        }
        return unit;
    }

    /** The name of a unit whose ledgers the caller may read (the template's heading). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String readableUnitName(long unitId) {
        return readableUnit(unitId).name;
    }

    /** The month, if the unit may file its ledger now: it has begun (400) and the unit owes it (400). */
    public LedgerPeriod openPeriod(Unit unit, String periodText) {
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        if (period.isAfter(clock.thisMonth())) {
            throw ProblemException.invalid("period", "ledger.period.future");
        }
        YearMonth firstOwed = firstOwed(unit);
        if (!period.owedFrom(firstOwed)) {
            throw ProblemException.invalid("period", "ledger.period.not-owed", String.valueOf(firstOwed.getYear()),
                    String.valueOf(firstOwed.getMonthValue()));
        }
        return period;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerDtos.Ledger view(long unitId, String periodText) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return toDto(unit, period, MonthlyLedger.find(unit.id, period.toString()).orElse(null));
    }

    /** One submitted version with its lines, and who returned or accepted it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerDtos.Submission> submission(long unitId, String periodText, int no) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return MonthlyLedger.find(unit.id, period.toString())
                .flatMap(ledger -> LedgerSubmission.find(ledger.id, no))
                .map(s -> {
                    List<LedgerEvent> events = LedgerEvent.of(unit.id, period.toString());
                    LedgerEvent returned = lastOf(events, LedgerDtos.LedgerAction.RETURN, s.no);
                    LedgerEvent accepted = lastOf(events, LedgerDtos.LedgerAction.ACCEPT, s.no);
                    return new LedgerDtos.Submission(s.no, unit.id, unit.name, period.toString(), s.submittedAt, s.submittedBy,
                            s.submittedByName, s.late, s.nilReturn, s.note,
                            returned == null ? null : returned.at, returned == null ? null : returned.actor,
                            returned == null ? null : returned.actorName, returned == null ? null : returned.detail,
                            accepted == null ? null : accepted.at, accepted == null ? null : accepted.actor,
                            accepted == null ? null : accepted.actorName, snapshotLines(s));
                });
    }

    /** The Excel uploads into the ledger, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerDtos.ImportRecord> imports(long unitId, String periodText) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return LedgerImport.<LedgerImport>list("unitId = ?1 and period = ?2", Sort.descending("importedAt").and("id", Sort.Direction.Descending),
                        unit.id, period.toString()).stream()
                .map(i -> new LedgerDtos.ImportRecord(i.id, i.filename, i.importedAt, i.importedBy, i.importedByName, i.rowsTotal,
                        i.rowsCreated))
                .toList();
    }

    /**
     * The ledger's lines as of now: the unit's hazards (as {@link HazardScope#ofUnit} defines them,
     * within the caller's scope) found in the month, and those found earlier still open at its start.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerDtos.Line> liveLines(Unit unit, LedgerPeriod period) {
        Map<String, Object> params = new HashMap<>();
        String where = "(" + hazardScope.condition(params) + ") and " + HazardScope.ofUnit("ledgerUnit")
                + " and h.foundOn <= :last and (h.foundOn >= :first or h.closedAt is null or h.closedAt >= :monthStart)";
        params.put("ledgerUnit", unit.id);
        params.put("first", period.first());
        params.put("last", period.last());
        params.put("monthStart", clock.startOf(period.first()));
        List<Hazard> hazards = Hazard.list("from Hazard h join fetch h.unit where " + where, Sort.by("h.foundOn").and("h.id"), params);
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

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LedgerDtos.Ledger submit(long unitId, String periodText, LedgerDtos.Submit input) {
        Unit unit = writableUnit(unitId);
        LedgerPeriod period = openPeriod(unit, periodText);
        Caller caller = currentUser.scoped();
        return inLockedLedger(unit, period, ledger -> {
            requireVersion(ledger, input.version());
            if (!LedgerRules.editable(ledger.state)) {
                throw wrongState(ledger, LedgerDtos.LedgerAction.SUBMIT);
            }
            List<LedgerDtos.Line> lines = liveLines(unit, period);
            if (input.nilReturn() && !lines.isEmpty()) {
                throw ProblemException.invalid("nilReturn", "ledger.nil-return.has-lines", lines.size());
            }
            if (!input.nilReturn() && lines.isEmpty()) {
                throw ProblemException.invalid("nilReturn", "ledger.empty.needs-nil-return");
            }
            Instant now = clock.now();
            LedgerSubmission submission = new LedgerSubmission();
            submission.ledger = ledger;
            submission.no = LedgerSubmission.latest(ledger.id).map(s -> s.no + 1).orElse(1);
            submission.submittedAt = now;
            submission.submittedBy = caller.username();
            submission.submittedByName = caller.displayName();
            submission.late = LedgerPeriod.isLate(now, ledger.dueOn, clock.zone());
            submission.nilReturn = input.nilReturn();
            submission.note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
            submission.persist();
            for (LedgerDtos.Line line : lines) {
                snapshot(submission, line).persist();
            }
            if (ledger.late == null) {
                ledger.late = submission.late;
            }
            ledger.state = LedgerState.SUBMITTED;
            ledger.persistAndFlush();
            record(ledger, LedgerDtos.LedgerAction.SUBMIT, now, caller, submission.no, submission.note, null);
            return toDto(unit, period, ledger);
        });
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LedgerDtos.Ledger returnLedger(long unitId, String periodText, LedgerDtos.Return input) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return review(unit, period, input.version(), LedgerDtos.LedgerAction.RETURN, (ledger, submission) -> {
            String reason = input.reason().trim();
            ledger.state = LedgerState.RETURNED;
            ledger.persistAndFlush();
            record(ledger, LedgerDtos.LedgerAction.RETURN, clock.now(), currentUser.scoped(), submission.no, reason, null);
            notifications.raiseAboutLedger(ledger.townId, unit.id, ledger.period, Notification.Kind.LEDGER_RETURNED,
                    Notification.Severity.WARNING, Map.of("period", ledger.period, "reason", reason));
        });
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LedgerDtos.Ledger accept(long unitId, String periodText, LedgerDtos.Accept input) {
        Unit unit = readableUnit(unitId);
        LedgerPeriod period = LedgerPeriod.parse(periodText, "period");
        return review(unit, period, input.version(), LedgerDtos.LedgerAction.ACCEPT, (ledger, submission) -> {
            ledger.state = LedgerState.ACCEPTED;
            ledger.persistAndFlush();
            record(ledger, LedgerDtos.LedgerAction.ACCEPT, clock.now(), currentUser.scoped(), submission.no, null, null);
        });
    }

    /**
     * Runs {@code work} in a transaction of its own that first locks the unit's ledger row for the
     * month, creating the row (a draft) if there is none yet. An import and a submission of the same
     * ledger therefore run one after the other, never interleaved.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T inLockedLedger(Unit unit, LedgerPeriod period, Function<MonthlyLedger, T> work) {
        ensureLedgerRow(unit, period);
        return QuarkusTransaction.requiringNew().timeout(LOCKED_WORK_TIMEOUT_SECONDS).call(() -> {
            MonthlyLedger ledger = MonthlyLedger.findLocked(unit.id, period.toString()).orElseThrow();
            return work.apply(ledger);
        });
    }

    /** Imports may take a while (10,000 rows with their steps); others wait for the ledger's row meanwhile. */
    private static final int LOCKED_WORK_TIMEOUT_SECONDS = 300;

    /** 409 unless the ledger takes imports now (a draft or a returned one). */
    public void requireImportable(MonthlyLedger ledger) {
        if (!LedgerRules.editable(ledger.state)) {
            throw wrongState(ledger, LedgerDtos.LedgerAction.IMPORT);
        }
    }

    /** Writes a step into the ledger's history. */
    public void record(MonthlyLedger ledger, LedgerDtos.LedgerAction action, Instant at, Caller caller, Integer submissionNo,
                       String text, Integer rows) {
        LedgerEvent event = new LedgerEvent();
        event.townId = ledger.townId;
        event.unitId = ledger.unit.id;
        event.period = ledger.period;
        event.action = action;
        event.at = at;
        event.actor = caller.username();
        event.actorName = caller.displayName();
        event.submissionNo = submissionNo;
        event.detail = text;
        event.rowCount = rows;
        event.persist();
    }

    // ------------------------------------------------------------------ board

    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerDtos.Board board(String fromText, String toText) {
        Caller caller = currentUser.scoped();
        YearMonth to = toText == null ? clock.thisMonth() : LedgerPeriod.parse(toText, "to").month();
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
        // The months' ledgers, each with when its latest submission came in, in one statement.
        Map<String, MonthlyLedger> ledgers = new HashMap<>();
        Map<Long, Instant> latest = new HashMap<>();
        MonthlyLedger.getEntityManager().createQuery("select l, s.submittedAt from MonthlyLedger l left join LedgerSubmission s on s.ledger = l"
                        + " and s.no = (select max(s2.no) from LedgerSubmission s2 where s2.ledger = l)"
                        + " where l.townId = :town and l.period between :from and :to", Object[].class)
                .setParameter("town", caller.townId()).setParameter("from", from.toString()).setParameter("to", to.toString())
                .getResultList().forEach(row -> {
                    MonthlyLedger l = (MonthlyLedger) row[0];
                    ledgers.put(l.unit.id + "/" + l.period, l);
                    if (row[1] != null) {
                        latest.put(l.id, (Instant) row[1]);
                    }
                });
        LocalDate today = today();
        int dueDay = config.ledger().dueDay();
        List<LedgerDtos.BoardRow> rows = new ArrayList<>();
        int[] submitted = new int[months.size()], late = new int[months.size()], missing = new int[months.size()],
                accepted = new int[months.size()];
        for (Unit unit : required) {
            YearMonth firstOwed = firstOwed(unit);
            List<LedgerDtos.BoardCell> cells = new ArrayList<>();
            int unitLate = 0, unitMissing = 0;
            for (int i = 0; i < months.size(); i++) {
                LedgerPeriod period = new LedgerPeriod(months.get(i));
                MonthlyLedger ledger = ledgers.get(unit.id + "/" + period);
                Instant shown = ledger == null ? null : latest.get(ledger.id);
                LocalDate due = ledger != null ? ledger.dueOn : period.dueOn(dueDay);
                LedgerDtos.CellState state;
                if (ledger != null && ledger.state != LedgerState.DRAFT) {
                    // A return on record is shown even for a month the unit did not owe.
                    state = LedgerDtos.CellState.valueOf(ledger.state.name());
                    submitted[i]++;
                    if (Boolean.TRUE.equals(ledger.late)) {
                        late[i]++;
                        unitLate++;
                    }
                    if (ledger.state == LedgerState.ACCEPTED) {
                        accepted[i]++;
                    }
                } else if (!period.owedFrom(firstOwed)) {
                    state = LedgerDtos.CellState.NOT_REQUIRED;
                } else if (today.isAfter(due)) {
                    state = LedgerDtos.CellState.MISSING;
                    missing[i]++;
                    unitMissing++;
                } else {
                    state = ledger == null ? LedgerDtos.CellState.PENDING : LedgerDtos.CellState.DRAFT;
                }
                cells.add(new LedgerDtos.BoardCell(period.toString(), state, ledger == null ? null : ledger.late,
                        shown, due));
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

    /** The first month whose ledger the unit owes. */
    static YearMonth firstOwed(Unit unit) {
        return YearMonth.parse(unit.ledgersDueFrom);
    }

    private interface Review {
        void apply(MonthlyLedger ledger, LedgerSubmission submission);
    }

    /** Return or accept: the emergency office acts on the latest submission of a submitted ledger. */
    private LedgerDtos.Ledger review(Unit unit, LedgerPeriod period, Long version, LedgerDtos.LedgerAction action, Review review) {
        if (!LedgerRules.mayReview(currentUser.scoped())) {
            throw ProblemException.forbidden("error.forbidden");
        }
        if (MonthlyLedger.find(unit.id, period.toString()).isEmpty()) {
            throw ProblemException.notFound("entity.ledger", unit.name + " " + period);
        }
        return inLockedLedger(unit, period, ledger -> {
            requireVersion(ledger, version);
            if (ledger.state != LedgerState.SUBMITTED) {
                throw wrongState(ledger, action);
            }
            review.apply(ledger, LedgerSubmission.latest(ledger.id).orElseThrow());
            return toDto(unit, period, ledger);
        });
    }

    /**
     * Creates the draft row in a short transaction of its own, so that the locking transaction that
     * follows starts with the lock. Two creating at once: one insert wins, the other's unique-key
     * violation is ignored, as the row it wanted now exists.
     */
    private void ensureLedgerRow(Unit unit, LedgerPeriod period) {
        if (MonthlyLedger.find(unit.id, period.toString()).isPresent()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                MonthlyLedger ledger = new MonthlyLedger();
                ledger.townId = unit.town.id;
                ledger.unit = Unit.findById(unit.id);
                ledger.period = period.toString();
                ledger.state = LedgerState.DRAFT;
                ledger.dueOn = period.dueOn(config.ledger().dueDay());
                ledger.persistAndFlush();
            });
        } catch (RuntimeException e) {
            if (MonthlyLedger.find(unit.id, period.toString()).isEmpty()) {
                throw e;
            }
        }
    }

    /** 409 when someone else changed the ledger (or created it) since the caller read it. */
    private static void requireVersion(MonthlyLedger ledger, Long version) {
        if (version == null || version != ledger.version) {
            throw ProblemException.staleVersion();
        }
    }

    private static ProblemException wrongState(MonthlyLedger ledger, LedgerDtos.LedgerAction action) {
        return new ProblemException(ProblemType.CONFLICT, "ledger.wrong-state",
                new ProblemException.MessageArg("ledger.action." + action.name()),
                new ProblemException.MessageArg("ledger.state." + ledger.state.name()));
    }

    private static LedgerEvent lastOf(List<LedgerEvent> events, LedgerDtos.LedgerAction action, int submissionNo) {
        LedgerEvent last = null;
        for (LedgerEvent event : events) {
            if (event.action == action && event.submissionNo != null && event.submissionNo == submissionNo) {
                last = event;
            }
        }
        return last;
    }

    private static LedgerLine snapshot(LedgerSubmission submission, LedgerDtos.Line line) {
        LedgerLine row = new LedgerLine();
        row.submission = submission;
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

    private static List<LedgerDtos.Line> snapshotLines(LedgerSubmission submission) {
        return LedgerLine.<LedgerLine>list("submission.id", Sort.by("lineNo"), submission.id).stream()
                .map(l -> new LedgerDtos.Line(l.lineNo, l.hazardId, l.hazardSerial, l.unitName, l.state, l.foundOn, l.place,
                        l.description, l.causeCategory, l.grade, l.measures, l.responsiblePerson, l.deadline, l.funds,
                        l.completedOn, l.reviewer, l.reviewedOn, l.closedOn, l.remarks))
                .toList();
    }

    private LedgerDtos.Ledger toDto(Unit unit, LedgerPeriod period, MonthlyLedger ledger) {
        Caller caller = currentUser.scoped();
        LedgerState state = ledger == null ? LedgerState.DRAFT : ledger.state;
        LocalDate due = ledger != null ? ledger.dueOn : period.dueOn(config.ledger().dueDay());
        boolean owed = period.owedFrom(firstOwed(unit));
        boolean open = owed && !period.isAfter(clock.thisMonth());
        boolean editable = LedgerRules.editable(state);
        LedgerSubmission shown = ledger == null ? null : LedgerSubmission.latest(ledger.id).orElse(null);
        List<LedgerEvent> events = LedgerEvent.of(unit.id, period.toString());
        LedgerEvent returned = state == LedgerState.RETURNED && shown != null ? lastOf(events, LedgerDtos.LedgerAction.RETURN, shown.no) : null;
        LedgerEvent accepted = state == LedgerState.ACCEPTED && shown != null ? lastOf(events, LedgerDtos.LedgerAction.ACCEPT, shown.no) : null;
        List<LedgerDtos.Line> lines = !editable ? snapshotLines(shown) : owed ? liveLines(unit, period) : List.of();
        List<LedgerDtos.Event> history = events.stream()
                .map(e -> new LedgerDtos.Event(e.action, e.at, e.actor, e.actorName, e.submissionNo, e.detail, e.rowCount))
                .toList();
        return new LedgerDtos.Ledger(
                ledger == null ? null : ledger.id, unit.id, unit.name, period.toString(), state,
                owed,
                shown != null && shown.nilReturn,
                due,
                editable && owed && today().isAfter(due),
                shown == null ? null : shown.no,
                shown == null ? null : shown.submittedAt,
                shown == null ? null : shown.submittedBy,
                ledger == null ? null : ledger.late,
                returned == null ? null : returned.detail,
                returned == null ? null : returned.at,
                accepted == null ? null : accepted.at,
                shown == null ? null : shown.note,
                ledger == null ? 0 : ledger.version,
                !editable,
                lines,
                history,
                LedgerRules.allowed(caller, unit.id, state, open));
    }

    // ------------------------------------------------------------------ for the home page's tasks

    /** The latest month whose ledger of the unit was returned and waits for resubmission. */
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
