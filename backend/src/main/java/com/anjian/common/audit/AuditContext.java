package com.anjian.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;

/**
 * What the revision listener cannot know by itself. A request's changes are attributed to the
 * caller's town automatically; work without a caller (the overdue check, start-up data) names the
 * town it changed here.
 */
@ApplicationScoped
public class AuditContext {

    @Inject
    EntityManager em;

    /** The town whose records the current transaction changes. Writes nothing unless a record changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void town(long townId) {
        AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, false).townId = townId;
    }
}
