package com.anjian.common.audit;

import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.time.BusinessClock;
import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;

/**
 * Fills in who, where and when for each new revision. It runs while Hibernate flushes, so it only
 * reads what is already known (the caller resolved earlier in the request) and never queries.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        // Envers stamped it with the system clock; every date decision uses the business clock.
        revision.at = BusinessClock.current().now();
        revision.actor = AuditRevision.SYSTEM;
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        CurrentUser currentUser = Arc.container().instance(CurrentUser.class).get();
        revision.actor = currentUser.actor();
        Caller caller = currentUser.resolved();
        if (caller != null) {
            revision.townId = caller.townId();
        }
    }
}
