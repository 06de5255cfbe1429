package com.anjian.common.audit;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.paging.PageParams;
import com.anjian.common.security.CurrentUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Records who changed what and when, inside the caller's transaction so an audit row exists
 * exactly when the change does.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    BusinessClock clock;

    private static final TypeReference<List<AuditEntryDto.FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Inject
    CurrentUser currentUser;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, long entityId, long townId, Map<String, Object> snapshot) {
        List<AuditEntryDto.FieldChange> changes = new ArrayList<>();
        snapshot.forEach((field, value) -> {
            if (value != null) {
                changes.add(new AuditEntryDto.FieldChange(field, null, value));
            }
        });
        write(entityType, entityId, townId, "CREATE", changes);
    }

    /** Records the fields that differ; nothing when nothing changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, long entityId, long townId, Map<String, Object> before, Map<String, Object> after) {
        List<AuditEntryDto.FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(normalise(old), normalise(value))) {
                changes.add(new AuditEntryDto.FieldChange(field, old, value));
            }
        });
        if (!changes.isEmpty()) {
            write(entityType, entityId, townId, "UPDATE", changes);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage history(String entityType, long entityId, PageParams params) {
        PanacheQuery<AuditEvent> query = AuditEvent.find("entityType = ?1 and entityId = ?2",
                Sort.descending("at").and("id", Sort.Direction.Descending), entityType, entityId);
        List<AuditEntryDto> items = query.page(params.index(), params.size).list().stream().map(this::toDto).toList();
        return new AuditPage(items, params, query.count());
    }

    private void write(String entityType, long entityId, long townId, String action, List<AuditEntryDto.FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.townId = townId;
        event.entityType = entityType;
        event.entityId = entityId;
        event.action = action;
        event.actor = Arc.container().requestContext().isActive() ? currentUser.actor() : "system";
        event.at = clock.now();
        try {
            event.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes not serialisable", e);
        }
        event.persist();
    }

    private AuditEntryDto toDto(AuditEvent event) {
        try {
            return new AuditEntryDto(event.id, event.at, event.actor, event.action, json.readValue(event.changes, CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit event " + event.id + " unreadable", e);
        }
    }

    private static Object normalise(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
