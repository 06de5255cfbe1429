package com.anjian.closeout;

import com.anjian.common.persistence.BaseEntity;
import com.anjian.common.security.Caller;
import com.anjian.hazard.Hazard;
import com.anjian.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Optional;

/**
 * An entry of the close-out ledger (隐患销号台账): a hazard that completed the loop, numbered per town
 * and year, with who closed it and for which office — each office's own close-out ledger is the
 * entries its people closed.
 */
@Entity
@Table(name = "closeout_entry")
@Audited
public class CloseoutEntry extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id")
    public Hazard hazard;

    /** e.g. XH2026-0001 */
    @Column(name = "closeout_no")
    public String closeoutNo;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_by_name")
    public String closedByName;

    /** The closer's unit: the office whose close-out ledger the entry belongs to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closing_unit_id")
    public Unit closingUnit;

    /** A new entry for the hazard, closed by the caller for their unit. */
    public static CloseoutEntry of(Hazard hazard, String closeoutNo, Instant closedAt, Caller closer) {
        CloseoutEntry entry = new CloseoutEntry();
        entry.townId = hazard.town.id;
        entry.hazard = hazard;
        entry.closeoutNo = closeoutNo;
        entry.closedAt = closedAt;
        entry.closedBy = closer.username();
        entry.closedByName = closer.displayName();
        entry.closingUnit = closer.unitId() == null ? null : Unit.findById(closer.unitId());
        return entry;
    }

    public static Optional<CloseoutEntry> forHazard(long hazardId) {
        return find("hazard.id", hazardId).firstResultOptional();
    }
}
