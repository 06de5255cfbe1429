package com.anjian.ledger;

import com.anjian.closeout.CloseoutEntry;
import com.anjian.common.Hashes;
import com.anjian.common.audit.AuditRevision;
import com.anjian.common.security.Caller;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardAction;
import com.anjian.hazard.HazardEvent;
import com.anjian.hazard.HazardSource;
import com.anjian.hazard.HazardState;
import com.anjian.sector.Sector;
import com.anjian.town.TownCounters;
import com.anjian.unit.Unit;
import com.anjian.unit.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns checked paper-ledger rows into hazards of the unit, each with the steps the paper records
 * (registered, rectified, reviewed, closed out) as timeline events dated as on paper. A row already
 * imported (same unit, date, place and description) is skipped, so a file can be uploaded twice.
 *
 * <p>10,000 rows are written as plain JDBC batches in the caller's transaction (the ids are
 * AUTO_INCREMENT, which defeats Hibernate's batching), with their audit rows written in bulk under
 * the transaction's one Envers revision, exactly as Envers would have written them. The town's hazard
 * and close-out numbers come last: the rows go in with placeholder numbers unique to the import, and
 * only then are both blocks reserved and written in one short step, so the counter rows that every
 * report and close-out in the town needs are locked for that step, not for the whole import, and a
 * failed import leaves no gap (its reservation rolls back with it).
 */
@ApplicationScoped
public class PaperLedgerImporter {

    private static final Logger LOG = Logger.getLogger(PaperLedgerImporter.class);
    private static final int BATCH = 1000;

    @Inject
    BusinessClock clock;

    @Inject
    TownCounters counters;

    @Inject
    EntityManager em;

    /** What importing a sheet did. */
    public record Result(int created, int alreadyImported) {
    }

    /** A hazard of the sheet ready to be written, with its steps and close-out entry. */
    private record Prepared(Hazard hazard, List<HazardEvent> steps, CloseoutEntry closeout) {
    }

    /**
     * @param importId the import's record, whose id makes the placeholder numbers unique until the
     *                 real ones are written at the end
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result importRows(Unit unit, List<PaperRow> rows, String filename, Caller caller, long importId) {
        long started = System.nanoTime();
        Map<String, PaperRow> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(importKey(unit.id, row), row));
        Session session = em.unwrap(Session.class);
        long townId = unit.town.id;
        Set<String> seen = session.doReturningWork(connection -> ImportedHazards.existingKeys(connection, townId, byKey.keySet()));
        List<Prepared> fresh = new ArrayList<>();
        Sector other = Sector.findById("OTHER");
        HazardSource source = unit.kind.category() == UnitKind.Category.VILLAGE ? HazardSource.PATROL : HazardSource.INSPECTION;
        for (Map.Entry<String, PaperRow> entry : byKey.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                fresh.add(prepare(unit, entry.getValue(), entry.getKey(), filename, other, source, caller));
            }
        }
        if (fresh.isEmpty()) {
            return new Result(0, rows.size());
        }
        long prepared = System.nanoTime();

        // The transaction's revision (who, town, when), shared with the import record and the ledger's step.
        AuditRevision revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true);
        session.flush();
        String placeholder = "~" + importId + "-";
        int closing = session.doReturningWork(connection -> {
            ImportedHazards writer = new ImportedHazards(connection, townId, placeholder, revision.id);
            int closed = 0;
            for (int from = 0; from < fresh.size(); from += BATCH) {
                List<Prepared> chunk = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
                long[] ids = writer.hazards(chunk.stream().map(Prepared::hazard).toList(), from);
                List<HazardEvent> steps = new ArrayList<>();
                List<CloseoutEntry> entries = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    chunk.get(i).hazard().id = ids[i];
                    steps.addAll(chunk.get(i).steps());
                    if (chunk.get(i).closeout() != null) {
                        entries.add(chunk.get(i).closeout());
                    }
                }
                writer.steps(steps);
                writer.closeouts(entries, closed);
                closed += entries.size();
            }
            return closed;
        });
        long written = System.nanoTime();

        int year = clock.today().getYear();
        int nextSerial = counters.reserve(townId, "YH", year, fresh.size());
        int nextCloseout = closing == 0 ? 0 : counters.reserve(townId, "XH", year, closing);
        session.doWork(connection -> new ImportedHazards(connection, townId, placeholder, revision.id)
                .number("YH", year, nextSerial, "XH", nextCloseout));
        long numbered = System.nanoTime();
        LOG.debugf("import of %d rows into unit %d: prepared in %d ms, written in %d ms, numbered in %d ms (counters held from there to commit)",
                (Object) fresh.size(), unit.id, (prepared - started) / 1_000_000, (written - prepared) / 1_000_000,
                (numbered - written) / 1_000_000);
        return new Result(fresh.size(), rows.size() - fresh.size());
    }

    /** The hazard as the paper has it, in its final state, with the steps that led there. */
    private Prepared prepare(Unit unit, PaperRow row, String key, String filename, Sector sector, HazardSource source, Caller caller) {
        String origin = "据纸质台账导入（" + filename + " 第 " + row.rowNumber() + " 行）";
        Instant now = clock.now();
        Hazard hazard = new Hazard();
        hazard.town = unit.town;
        hazard.unit = unit;
        hazard.reportingUnit = unit;
        hazard.place = row.place();
        hazard.description = row.description();
        hazard.sector = sector;
        hazard.causeCategory = row.category();
        hazard.grade = row.grade();
        hazard.source = source;
        hazard.foundBy = caller.displayName();
        hazard.foundOn = row.foundOn();
        hazard.reportedBy = caller.username();
        hazard.remarks = row.remarks();
        hazard.importKey = key;
        hazard.state = HazardState.FOUND;
        List<HazardEvent> steps = new ArrayList<>();
        steps.add(step(hazard, HazardAction.REPORT, null, HazardState.FOUND, origin, row.foundOn(), caller));
        if (row.registered()) {
            hazard.responsibleUnit = unit;
            hazard.responsiblePerson = row.responsiblePerson();
            hazard.measures = row.measures();
            hazard.funds = row.funds();
            hazard.deadline = row.deadline();
            hazard.state = HazardState.REGISTERED;
            steps.add(step(hazard, HazardAction.REGISTER, HazardState.FOUND, HazardState.REGISTERED, origin, null, caller));
        }
        if (row.completedOn() != null) {
            hazard.orderContent = row.measures();
            hazard.orderDeadline = row.deadline();
            hazard.orderIssuedBy = caller.username();
            hazard.completedOn = row.completedOn();
            hazard.state = HazardState.RECTIFYING;
            steps.add(step(hazard, HazardAction.ORDER, HazardState.REGISTERED, HazardState.RECTIFYING, origin, null, caller));
            steps.add(step(hazard, HazardAction.COMPLETE, HazardState.RECTIFYING, HazardState.RECTIFYING, origin,
                    row.completedOn(), caller));
        }
        if (row.reviewedOn() != null) {
            hazard.verifierName = row.reviewer();
            hazard.verifiedOn = row.reviewedOn();
            hazard.state = HazardState.VERIFIED;
            steps.add(step(hazard, HazardAction.VERIFY, HazardState.RECTIFYING, HazardState.VERIFIED,
                    origin + "，复查人：" + row.reviewer(), row.reviewedOn(), caller));
        }
        CloseoutEntry closeout = null;
        if (row.closedOn() != null) {
            hazard.state = HazardState.CLOSED;
            hazard.closedAt = clock.startOf(row.closedOn());
            hazard.closedBy = caller.username();
            closeout = new CloseoutEntry();
            closeout.townId = unit.town.id;
            closeout.hazard = hazard;
            closeout.closedAt = hazard.closedAt;
            closeout.closedBy = caller.username();
            closeout.closedByName = caller.displayName();
            steps.add(step(hazard, HazardAction.CLOSE, HazardState.VERIFIED, HazardState.CLOSED, origin, row.closedOn(), caller));
        }
        hazard.createdAt = hazard.updatedAt = now;
        return new Prepared(hazard, steps, closeout);
    }

    private HazardEvent step(Hazard hazard, HazardAction action, HazardState from, HazardState to, String note,
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
        event.note = note;
        return event;
    }

    /** The fingerprint that recognises a row imported before: unit, date found, place and description. */
    static String importKey(long unitId, PaperRow row) {
        return Hashes.sha256(unitId + "|" + row.foundOn() + "|" + LedgerWorkbookReader.normalise(row.place()) + "|"
                + LedgerWorkbookReader.normalise(row.description()));
    }
}
