package com.anjian.hazard;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * One escalation of an overdue hazard: the daily check reached threshold {@code level} and notified.
 * Kept beside the hazard, not on it, so the job never touches the hazard's row or version; the
 * unique key (hazard, level) lets only one of two concurrent checks raise a level.
 */
@Entity
@Table(name = "hazard_escalation")
@Audited
public class HazardEscalation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id")
    public Hazard hazard;

    /** 1 for the first threshold of anjian.hazard.escalation-days, 2 for the next… */
    public int level;

    /** Days past the deadline when it was raised; unknown for escalations recorded before V10. */
    @Column(name = "days_overdue")
    public Integer daysOverdue;

    @Column(name = "raised_at")
    public Instant raisedAt;
}
