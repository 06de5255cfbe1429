package com.anjian.common.security;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * On the records a caller's link is read from (person, unit, town, API client): any change makes
 * every cached link stale ({@link CallerLinks}). A change of a unit's sectors alone is an update of
 * the unit too (its version moves).
 */
public class CallerLinkChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CallerLinks.invalidate();
    }
}
