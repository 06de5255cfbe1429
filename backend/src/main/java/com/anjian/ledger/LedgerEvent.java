package com.anjian.ledger;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.List;

/**
 * One step in a ledger's history: submitted, returned, accepted or imported into. Append-only, in the
 * order the steps happened (the id, so steps within one clock tick keep their order too).
 */
@Entity
@Table(name = "ledger_event")
@Audited
public class LedgerEvent extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @Column(name = "unit_id")
    public Long unitId;

    /** YYYY-MM */
    public String period;

    @Enumerated(EnumType.STRING)
    public LedgerDtos.LedgerAction action;

    public Instant at;

    /** Login; null only where the V30 migration could not know it. */
    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    /** The version submitted, returned or accepted; null for an import. */
    @Column(name = "submission_no")
    public Integer submissionNo;

    /** The reason of a return, the note of a submission, the file name of an import. */
    public String detail;

    /** Hazards an import created. */
    @Column(name = "row_count")
    public Integer rowCount;

    static List<LedgerEvent> of(long unitId, String period) {
        return list("unitId = ?1 and period = ?2 order by id", unitId, period);
    }
}
