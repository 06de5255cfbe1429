package com.anjian.notification;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An in-app notification addressed to a town, narrowed to a unit and/or a role. Roles live in
 * Keycloak, so the audience is matched against the reader's token when read, not resolved to people here.
 * Text is rendered from kind and params in the reader's language.
 */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    public enum Kind {
        /** A new hazard, to the offices supervising its sector (or the emergency office when none does). */
        HAZARD_REPORTED,
        HAZARD_OVERDUE, HAZARD_ASSIGNED, MAJOR_HAZARD_REGISTERED, HAZARD_AWAITS_VERIFICATION, LEDGER_RETURNED
    }

    public enum Severity { INFO, WARNING, CRITICAL }

    @Column(name = "town_id")
    public Long townId;

    @Column(name = "unit_id")
    public Long unitId;

    public String role;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "hazard_id")
    public Long hazardId;

    /** The ledger month a ledger notification is about (YYYY-MM), with unitId naming the unit. */
    public String period;

    /** JSON object of message parameters. */
    public String params;

    @Column(name = "created_at")
    public Instant createdAt;
}
