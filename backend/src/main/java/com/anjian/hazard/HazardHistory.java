package com.anjian.hazard;

import com.anjian.attachment.Attachment;
import com.anjian.closeout.CloseoutEntry;
import com.anjian.common.audit.AuditEntryDto;
import com.anjian.common.audit.AuditPage;
import com.anjian.common.audit.AuditRevision;
import com.anjian.common.audit.AuditService;
import com.anjian.common.audit.AuditService.Revision;
import com.anjian.common.error.ProblemException;
import com.anjian.common.paging.PageParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hazard's audit history: one entry per change (one transaction), with the hazard's fields that
 * changed and what the same change did around it — the timeline step it recorded ({@code step}), the
 * photos and documents bound to it ({@code attachments}, file names before and after), the close-out
 * ledger number ({@code closeoutNo}) and the overdue check's escalations ({@code escalationLevel},
 * {@code daysOverdue}). Read from the audit store, so it shows what was written, not what the code
 * meant to write.
 */
@ApplicationScoped
public class HazardHistory {

    @Inject
    HazardScope scope;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage history(long id, PageParams paging) {
        Hazard hazard = scope.find(id).orElseThrow(() -> ProblemException.notFound("entity.hazard", id));
        Map<Long, Change> changes = new TreeMap<>();

        Map<String, Object> before = null;
        for (Revision revision : audit.revisions(Hazard.class, AuditEntity.id().eq(hazard.id))) {
            Change change = change(changes, revision);
            change.created |= revision.type() == RevisionType.ADD;
            change.fields.addAll(AuditService.diff(before, revision.state()));
            before = revision.state();
        }
        for (Revision revision : added(HazardEvent.class, hazard.id)) {
            change(changes, revision).steps.add(revision.state().get("action"));
        }
        Map<Long, String> bound = new LinkedHashMap<>();
        for (Revision revision : audit.revisions(Attachment.class, AuditEntity.relatedId("hazard").eq(hazard.id))) {
            Long attachmentId = (Long) revision.id();
            if (!bound.containsKey(attachmentId)) {
                bound.put(attachmentId, (String) revision.state().get("filename"));
                change(changes, revision).attachments.put(attachmentId, (String) revision.state().get("filename"));
            }
        }
        for (Revision revision : added(CloseoutEntry.class, hazard.id)) {
            change(changes, revision).fields.add(new AuditEntryDto.FieldChange("closeoutNo", null,
                    revision.state().get("closeoutNo")));
        }
        int level = 0;
        for (Revision revision : added(HazardEscalation.class, hazard.id)) {
            int next = (Integer) revision.state().get("level");
            Change change = change(changes, revision);
            change.fields.add(new AuditEntryDto.FieldChange("escalationLevel", level, next));
            change.fields.add(new AuditEntryDto.FieldChange("daysOverdue", null, revision.state().get("daysOverdue")));
            level = Math.max(level, next);
        }

        List<AuditEntryDto> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Change change : changes.values()) {
            List<AuditEntryDto.FieldChange> fields = new ArrayList<>();
            if (!change.steps.isEmpty()) {
                fields.add(new AuditEntryDto.FieldChange("step", null, List.copyOf(change.steps)));
            }
            fields.addAll(change.fields);
            if (!change.attachments.isEmpty()) {
                List<String> previous = names.isEmpty() ? null : List.copyOf(names);
                names.addAll(change.attachments.values());
                fields.add(new AuditEntryDto.FieldChange("attachments", previous, List.copyOf(names)));
            }
            if (!change.info.baseline && (change.created || !fields.isEmpty())) {
                entries.add(new AuditEntryDto(change.info.id, change.info.at, change.info.actor,
                        change.created ? AuditService.CREATE : AuditService.UPDATE, fields));
            }
        }
        return AuditService.page(entries, paging);
    }

    /** The records of {@code type} that belong to the hazard, as each was created. */
    private List<Revision> added(Class<?> type, long hazardId) {
        return audit.revisions(type, AuditEntity.and(AuditEntity.relatedId("hazard").eq(hazardId),
                AuditEntity.revisionType().eq(RevisionType.ADD)));
    }

    private static Change change(Map<Long, Change> changes, Revision revision) {
        return changes.computeIfAbsent(revision.info().id, id -> new Change(revision.info()));
    }

    /** What one revision did to the hazard and around it. */
    private static final class Change {
        final AuditRevision info;
        boolean created;
        final List<Object> steps = new ArrayList<>();
        final List<AuditEntryDto.FieldChange> fields = new ArrayList<>();
        final Map<Long, String> attachments = new LinkedHashMap<>();

        Change(AuditRevision info) {
            this.info = info;
        }
    }
}
