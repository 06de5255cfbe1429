package com.anjian.ledger;

import com.anjian.unit.Unit;
import com.anjian.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A unit's monthly hazard ledger (月度隐患排查整改台账) for one month. */
@Entity
@Table(name = "monthly_ledger")
@Audited
public class MonthlyLedger extends TrackedEntity {

    @Column(name = "town_id")
    public Long townId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** YYYY-MM */
    public String period;

    @Enumerated(EnumType.STRING)
    public LedgerState state;

    @Column(name = "nil_return")
    public boolean nilReturn;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** Decided by the first submission; a later resubmission after a return does not make it late. */
    public Boolean late;

    @Column(name = "returned_reason")
    public String returnedReason;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    public String note;

    public static Optional<MonthlyLedger> find(long unitId, String period) {
        return find("unit.id = ?1 and period = ?2", unitId, period).firstResultOptional();
    }
}
