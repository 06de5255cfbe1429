package com.anjian.ledger;

import com.anjian.common.persistence.TrackedEntity;
import com.anjian.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A unit's monthly hazard ledger (月度隐患排查整改台账) for one month: where it stands. What each
 * submission said is a {@link LedgerSubmission}; what happened to it, its {@link LedgerEvent}s.
 */
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

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** Decided by the first submission; a resubmission after a return does not change it. */
    public Boolean late;

    public static Optional<MonthlyLedger> find(long unitId, String period) {
        return find("unit.id = ?1 and period = ?2", unitId, period).firstResultOptional();
    }

    /**
     * The ledger row, locked until the transaction ends (imports and submissions of it wait for each
     * other). Plain SQL: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB rejects.
     */
    static Optional<MonthlyLedger> findLocked(long unitId, String period) {
        List<?> ids = getEntityManager().createNativeQuery("SELECT id FROM monthly_ledger WHERE unit_id = ?1 AND period = ?2 FOR UPDATE")
                .setParameter(1, unitId).setParameter(2, period).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(findById(((Number) ids.get(0)).longValue()));
    }
}
