package com.anjian.unit;

import com.anjian.town.Town;
import com.anjian.common.paging.PageParams;
import com.anjian.common.persistence.TrackedEntity;
import com.anjian.common.time.BusinessClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import com.anjian.common.security.CallerLinkChanges;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.util.Set;
import java.util.TreeSet;

/** A supervised unit (单位): an office, a village, an enterprise or a district unit in a town. */
@Entity
@EntityListeners(CallerLinkChanges.class)
@Table(name = "unit")
@Audited
public class Unit extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "town_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Town town;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    public String code;

    public String name;

    @Column(name = "enforcement_powers")
    public boolean enforcementPowers;

    /**
     * Sectors the unit supervises or, with enforcement powers, enforces in. Lazy, and read for a whole
     * page of units in one statement: an eager set cost every list that shows a unit (hazards,
     * close-outs, the ledger board) one more statement per 16 distinct units on the page.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = PageParams.MAX_SIZE)
    @CollectionTable(name = "unit_sector", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "sector_code")
    public Set<String> sectors = new TreeSet<>();

    public boolean active = true;

    /** YYYY-MM: the first month whose monthly ledger the unit owes (by default the month it was created). */
    @Column(name = "ledgers_due_from")
    public String ledgersDueFrom;

    /**
     * What the numbers of the unit's official documents start with (东溪经发 in 东溪经发责改〔2021〕3号);
     * null: derived from the town's and the unit's names ({@code DocumentNumbers.prefixOf}).
     */
    @Column(name = "document_prefix")
    public String documentPrefix;

    @PrePersist
    void defaultLedgersDueFrom() {
        if (ledgersDueFrom == null) {
            ledgersDueFrom = BusinessClock.current().thisMonth().toString();
        }
    }

}
