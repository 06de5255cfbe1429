package com.anjian.common.audit;

import com.anjian.common.paging.PageParams;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit store. Every change of an {@code @Audited} record is written by Hibernate Envers
 * (one {@link AuditRevision} per transaction: who, town, when; the record's state in its
 * {@code *_aud} table), so services make no audit calls. A history is the record's revisions diffed
 * one after the other, showing only the fields that changed, merged with the entries that units and
 * people got before Envers (table audit_event, kept as written), newest first.
 */
@ApplicationScoped
public class AuditService {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";

    private static final TypeReference<List<AuditEntryDto.FieldChange>> CHANGES = new TypeReference<>() {
    };
    /** By id: revisions are numbered in the order they were written, after every audit_event entry (V11). */
    private static final Comparator<AuditEntryDto> NEWEST_FIRST = Comparator.comparing(AuditEntryDto::id).reversed();

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One state of a record (its id and field values) as a revision left it; empty for a deletion. */
    public record Revision(AuditRevision info, RevisionType type, Object id, Map<String, Object> state) {
    }

    /**
     * Who changed the record, when and which fields, newest first.
     *
     * @param legacyType the record's entity type in audit_event (entries written before Envers), or null
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage history(Class<?> type, long id, String legacyType, PageParams params) {
        List<AuditEntryDto> entries = new ArrayList<>(entries(type, id));
        if (legacyType != null) {
            entries.addAll(legacy(legacyType, id));
        }
        return page(entries, params);
    }

    /** The record's changes, oldest first; a change of nothing people see (only a timestamp) is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryDto> entries(Class<?> type, Object id) {
        List<AuditEntryDto> entries = new ArrayList<>();
        Map<String, Object> before = null;
        for (Revision revision : revisions(type, AuditEntity.id().eq(id))) {
            List<AuditEntryDto.FieldChange> changes = diff(before, revision.state());
            if (!revision.info().baseline && (revision.type() == RevisionType.ADD || !changes.isEmpty())) {
                entries.add(entry(revision, changes));
            }
            before = revision.state();
        }
        return entries;
    }

    /** The states of the records of {@code type} that match, each record's oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Revision> revisions(Class<?> type, AuditCriterion criterion) {
        AuditQuery query = AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(type, false, true)
                .add(criterion).addOrder(AuditEntity.revisionNumber().asc());
        List<Revision> revisions = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            RevisionType kind = (RevisionType) columns[2];
            PersistenceUnitUtil units = em.getEntityManagerFactory().getPersistenceUnitUtil();
            Map<String, Object> state = kind == RevisionType.DEL ? Map.of() : AuditSnapshots.of(columns[0], units);
            revisions.add(new Revision((AuditRevision) columns[1], kind, units.getIdentifier(columns[0]), state));
        }
        return revisions;
    }

    /** The fields whose values differ; without {@code before} (a new record), every field that has a value. */
    public static List<AuditEntryDto.FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        return AuditSnapshots.diff(before, after);
    }

    /** The entry one revision makes: CREATE when it created the record, else UPDATE. */
    public static AuditEntryDto entry(Revision revision, List<AuditEntryDto.FieldChange> changes) {
        AuditRevision info = revision.info();
        return new AuditEntryDto(info.id, info.at, info.actor, revision.type() == RevisionType.ADD ? CREATE : UPDATE,
                changes);
    }

    /** One page of entries, newest first. */
    public static AuditPage page(List<AuditEntryDto> entries, PageParams params) {
        List<AuditEntryDto> sorted = entries.stream().sorted(NEWEST_FIRST).toList();
        long from = Math.min((long) params.index() * params.size, sorted.size());
        long to = Math.min(from + params.size, sorted.size());
        return new AuditPage(sorted.subList((int) from, (int) to), params, sorted.size());
    }

    private List<AuditEntryDto> legacy(String entityType, long entityId) {
        return AuditEvent.<AuditEvent>list("entityType = ?1 and entityId = ?2", Sort.by("id"), entityType, entityId)
                .stream().map(this::toDto).toList();
    }

    private AuditEntryDto toDto(AuditEvent event) {
        try {
            return new AuditEntryDto(event.id, event.at, event.actor, event.action, json.readValue(event.changes, CHANGES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit event " + event.id + " unreadable", e);
        }
    }
}
