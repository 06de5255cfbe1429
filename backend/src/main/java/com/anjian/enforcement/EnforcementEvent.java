package com.anjian.enforcement;

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

/** One step of a case's history: OPEN, then each {@link CaseAction} taken, who took it and when. */
@Entity
@Table(name = "enforcement_event")
@Audited
public class EnforcementEvent extends BaseEntity {

    /** The opening of a case, which is no step of {@link CaseWorkflow}. */
    public static final String OPEN = "OPEN";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public EnforcementCase enforcementCase;

    /** OPEN or a {@link CaseAction}'s name. */
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;

    public Instant at;

    public String actor;

    @Column(name = "actor_name")
    public String actorName;

    public String note;
}
