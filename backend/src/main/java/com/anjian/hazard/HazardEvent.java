package com.anjian.hazard;

import com.anjian.common.persistence.BaseEntity;
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

/** One step or note in a hazard's timeline: who, when, what, with evidence attached to it. */
@Entity
@Table(name = "hazard_event")
@Audited
public class HazardEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id")
    public Hazard hazard;

    @Enumerated(EnumType.STRING)
    public HazardAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public HazardState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public HazardState toState;

    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    public Instant at;

    /** When the step happened, if recorded later (e.g. from a paper ledger). */
    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String note;
}
