package com.anjian.common.audit;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of an audited record: who, when, what. Never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    public String action;

    public String actor;

    public Instant at;

    /** JSON array of {field, from, to}. */
    @Column(columnDefinition = "mediumtext")
    public String changes;
}
