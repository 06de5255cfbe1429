package com.anjian.common.persistence;

import com.anjian.common.time.BusinessClock;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A record people edit: an optimistic-locking version (a stale save gets 409) and when it was
 * created and last changed. The timestamps come from the business clock; an update that changes no
 * field is not written at all, so it neither moves updatedAt nor bumps the version.
 */
@MappedSuperclass
@Audited
public abstract class TrackedEntity extends BaseEntity {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @PrePersist
    void stampCreated() {
        Instant now = BusinessClock.current().now();
        if (createdAt == null) {
            createdAt = now;
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = BusinessClock.current().now();
    }
}
