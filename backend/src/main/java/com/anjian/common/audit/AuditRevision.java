package com.anjian.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;

/**
 * One audited change: everything a transaction changed in audited records shares one revision,
 * which says who made it, in which town, and when (by the business clock). Hibernate Envers writes
 * it together with the records' {@code *_aud} rows, in the same transaction.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    /** The login of the person or client who made the change, or {@link #SYSTEM} for jobs and start-up. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public Instant at;

    public String actor;

    /** The town whose records changed, when known (the caller's town, or the one a job worked on). */
    @Column(name = "town_id")
    public Long townId;

    /**
     * The revision that recorded the state of every record when auditing by Envers began (V11):
     * the starting point of later diffs, not a change anyone made.
     */
    public boolean baseline;
}
