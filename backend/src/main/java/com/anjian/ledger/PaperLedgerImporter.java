package com.anjian.ledger;

import com.anjian.closeout.CloseoutEntry;
import com.anjian.common.Hashes;
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
import jakarta.transaction.Transactional;
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
 * <p>The town's hazard and close-out numbers are reserved last, as one block each, in a transaction
 * of their own that commits at once: the counter row every report and close-out in the town needs is
 * locked for that instant, not for the whole import. The price is that an import failing after the
 * reservation (only a database failure can, as everything is checked before) leaves its numbers
 * unused; that is logged.
 */
@ApplicationScoped
public class PaperLedgerImporter {

    private static final Logger LOG = Logger.getLogger(PaperLedgerImporter.class);

    @Inject
    BusinessClock clock;

    @Inject
    TownCounters counters;

    /** What importing a sheet did. */
    public record Result(int created, int alreadyImported) {
    }

    /** A hazard of the sheet ready to be written, with its steps and close-out entry. */
    private record Prepared(Hazard hazard, List<HazardEvent> steps, CloseoutEntry closeout) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result importRows(Unit unit, List<PaperRow> rows, String filename, Caller caller) {
        Map<String, PaperRow> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.put(importKey(unit.id, row), row));
        Set<String> seen = new HashSet<>(Hazard.<Hazard>list("town.id = ?1 and importKey in ?2",
                unit.town.id, List.copyOf(byKey.keySet())).stream().map(h -> h.importKey).toList());
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

        int year = clock.today().getYear();
        int closing = (int) fresh.stream().filter(p -> p.closeout() != null).count();
        long reserving = System.nanoTime();
        int nextSerial = counters.reserveCommitted(unit.town.id, "YH", year, fresh.size());
        int nextCloseout = closing == 0 ? 0 : counters.reserveCommitted(unit.town.id, "XH", year, closing);
        LOG.debugf("import of %d rows into unit %d: numbers reserved in %.1f ms", (Object) fresh.size(), unit.id,
                (System.nanoTime() - reserving) / 1e6);
        String serials = TownCounters.serial("YH", year, nextSerial) + "…" + TownCounters.serial("YH", year, nextSerial + fresh.size() - 1);
        try {
            for (Prepared prepared : fresh) {
                prepared.hazard().serial = TownCounters.serial("YH", year, nextSerial++);
                prepared.hazard().persist();
                prepared.steps().forEach(step -> step.persist());
                if (prepared.closeout() != null) {
                    prepared.closeout().closeoutNo = TownCounters.serial("XH", year, nextCloseout++);
                    prepared.closeout().persist();
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("import into unit %d failed after reserving %s (and %d close-out numbers): they stay unused", unit.id, serials, closing);
            throw e;
        }
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
