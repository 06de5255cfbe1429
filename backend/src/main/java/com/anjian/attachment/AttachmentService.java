package com.anjian.attachment;

import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.common.time.BusinessClock;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardEvent;
import com.anjian.hazard.HazardScope;
import com.anjian.inspection.InspectionScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Upload, binding to hazard steps, access control and expiry of attachments. */
@ApplicationScoped
@Transactional
public class AttachmentService {

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    /** A file to send: its name and type as stored, whether a browser may show it inline, and its bytes. */
    public record Download(String filename, String contentType, boolean inline, InputStream body) {
    }

    @Inject
    BusinessClock clock;

    @Inject
    TransactionalFiles files;

    @Inject
    FileStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    HazardScope hazards;

    @Inject
    InspectionScope inspections;

    @Inject
    AnjianConfig config;

    @Inject
    EntityManager em;

    /** Checks the upload (type from its bytes, size, pixel count), stores it with a thumbnail, unbound. */
    public AttachmentDto upload(Path file, String originalName) {
        Caller caller = currentUser.scoped();
        return store(file, originalName, caller.townId(), caller.username());
    }

    /** The upload itself: the row and its files are written together, or neither is. */
    AttachmentDto store(Path file, String originalName, long townId, String uploader) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw ProblemException.invalid("file", "attachment.empty");
            }
            FileKind kind = ContentSniffer.sniff(file).orElseThrow(() -> new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "attachment.type-unsupported"));
            long limit = kind.isPhoto() ? config.storage().maxPhotoBytes() : config.storage().maxDocumentBytes();
            if (size > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "attachment.too-large", limit / (1024 * 1024));
            }
            Attachment attachment = new Attachment();
            attachment.townId = townId;
            attachment.kind = kind;
            attachment.filename = cleanName(originalName, kind);
            attachment.contentType = kind.contentType();
            attachment.sizeBytes = size;
            attachment.sha256 = com.anjian.common.Hashes.sha256(file);
            attachment.uploadedBy = uploader;
            attachment.uploadedAt = clock.now();
            attachment.storageKey = storageKey(townId);
            if (kind.isPhoto()) {
                // Every photo's declared size is checked, also the kinds no thumbnail is made of.
                Thumbnails.Dimensions dimensions = readableDimensions(kind, file);
                attachment.width = dimensions.width();
                attachment.height = dimensions.height();
            }
            Path thumbnail = null;
            try {
                if (kind.isThumbnailable()) {
                    thumbnail = Files.createTempFile("anjian-thumb", ".jpg");
                    try {
                        Thumbnails.write(file, thumbnail, config.storage().thumbnailSize());
                    } catch (IOException | RuntimeException e) {
                        throw ProblemException.invalid("file", "attachment.image-corrupt");
                    }
                    attachment.thumbnailKey = attachment.storageKey + ".thumb.jpg";
                }
                attachment.persistAndFlush();
                files.put(attachment.storageKey, file);
                if (thumbnail != null) {
                    files.put(attachment.thumbnailKey, thumbnail);
                }
            } finally {
                if (thumbnail != null) {
                    Files.deleteIfExists(thumbnail);
                }
            }
            return AttachmentDto.of(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Claims the caller's own unbound uploads named by {@code ids} for the current transaction: their
     * rows stay locked until it ends, so of two requests naming the same upload at once the second
     * waits, then finds it bound and fails. Any id that is not such an upload is a 400 naming it, and
     * the request changes nothing. Steps call this before they change anything (or take a number),
     * so a request that cannot have its evidence fails at once, without holding others up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(List<Long> ids) {
        List<Long> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return;
        }
        Caller caller = currentUser.scoped();
        // A locking read sees the latest committed row, not the transaction's snapshot. Native SQL:
        // the MySQL dialect's "FOR UPDATE OF alias" is not MariaDB syntax.
        @SuppressWarnings("unchecked")
        List<Number> claimable = em.createNativeQuery("SELECT id FROM attachment WHERE id IN (:ids) AND uploaded_by = :login"
                        + " AND town_id = :town AND hazard_id IS NULL AND inspection_result_id IS NULL ORDER BY id FOR UPDATE")
                .setParameter("ids", distinct).setParameter("login", caller.username()).setParameter("town", caller.townId())
                .getResultList();
        requireAll(distinct, claimable.stream().map(Number::longValue).toList());
    }

    /**
     * Binds the uploads to the hazard step. They are claimed (locked, and checked to be the caller's
     * and unbound) first, which is a no-op when the step already claimed them, and then changed through
     * their entities so the binding is audited like every other change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(List<Long> ids, Hazard hazard, HazardEvent event) {
        List<Long> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return;
        }
        claim(distinct);
        for (Long id : distinct) {
            Attachment attachment = Attachment.findById(id);
            attachment.hazard = hazard;
            attachment.hazardEvent = event;
        }
    }

    /** Binds the uploads to an inspection's checklist item, as {@link #bind} does for a hazard step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bindToInspectionResult(List<Long> ids, long inspectionResultId) {
        List<Long> distinct = distinct(ids);
        if (distinct.isEmpty()) {
            return;
        }
        claim(distinct);
        for (Long id : distinct) {
            Attachment attachment = Attachment.findById(id);
            attachment.inspectionResultId = inspectionResultId;
        }
    }

    /** The evidence of an inspection's checklist items, by the item's result id, in one statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<AttachmentDto>> byInspectionResults(List<Long> resultIds) {
        if (resultIds.isEmpty()) {
            return Map.of();
        }
        return Attachment.<Attachment>list("inspectionResultId in ?1", Sort.by("id"), resultIds).stream()
                .collect(Collectors.groupingBy(a -> a.inspectionResultId, Collectors.mapping(AttachmentDto::of, Collectors.toList())));
    }

    private static List<Long> distinct(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        // Not ids.contains(null): immutable lists throw on a null argument.
        if (ids.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalid("attachmentIds", "anjian.required");
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    /** 400 naming the ids that are not among those found. */
    private static void requireAll(List<Long> ids, List<Long> found) {
        String missing = ids.stream().filter(id -> !found.contains(id)).map(String::valueOf).collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("attachmentIds", "attachment.not-bindable", missing);
        }
    }

    /** A hazard's evidence, by the id of the timeline event it belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<AttachmentDto>> byEvent(long hazardId) {
        return Attachment.<Attachment>list("hazard.id = ?1 and hazardEvent is not null", Sort.by("id"), hazardId).stream()
                .collect(Collectors.groupingBy(a -> a.hazardEvent.id, Collectors.mapping(AttachmentDto::of, Collectors.toList())));
    }

    /** The file, if the caller may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download content(long id) {
        Attachment attachment = readable(id);
        return new Download(attachment.filename, attachment.contentType, attachment.kind.isPhoto(), open(attachment.storageKey));
    }

    /** The photo's JPEG preview, if the caller may see the photo and it has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download thumbnail(long id) {
        Attachment attachment = readable(id);
        if (attachment.thumbnailKey == null) {
            throw ProblemException.notFound("entity.thumbnail", id);
        }
        return new Download(attachment.filename + ".jpg", "image/jpeg", true, open(attachment.thumbnailKey));
    }

    /**
     * Removes up to {@code limit} uploads that no step used and that were uploaded before
     * {@code cutoff}: rows now (through their entities, so the removal is audited), files once that
     * commits. The rows are locked first, as a step's {@link #claim} does, so an upload a step binds at
     * the same moment is either bound first (and kept) or removed first (and the step is refused).
     * They were never part of any record.
     */
    public int removeUnboundBefore(Instant cutoff, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> expired = em.createNativeQuery("SELECT id FROM attachment WHERE hazard_id IS NULL AND inspection_result_id IS NULL AND uploaded_at < :cutoff"
                        + " ORDER BY id LIMIT :limit FOR UPDATE")
                .setParameter("cutoff", cutoff).setParameter("limit", limit).getResultList();
        List<String> keys = new ArrayList<>();
        for (Number id : expired) {
            Attachment attachment = Attachment.findById(id.longValue());
            keys.add(attachment.storageKey);
            if (attachment.thumbnailKey != null) {
                keys.add(attachment.thumbnailKey);
            }
            attachment.delete();
        }
        files.deleteAfterCommit(keys);
        return expired.size();
    }

    /** The attachment if the caller may see it: its uploader while unbound, else whoever sees its hazard or inspection. */
    private Attachment readable(long id) {
        Caller caller = currentUser.scoped();
        Attachment attachment = Attachment.<Attachment>findByIdOptional(id)
                .filter(a -> a.townId.equals(caller.townId()))
                .orElseThrow(() -> ProblemException.notFound("entity.attachment", id));
        boolean visible;
        if (attachment.hazard != null) {
            visible = hazards.find(attachment.hazard.id).isPresent();
        } else if (attachment.inspectionResultId != null) {
            visible = inspections.seesResult(attachment.inspectionResultId);
        } else {
            visible = attachment.uploadedBy.equals(caller.username());
        }
        if (!visible) {
            throw ProblemException.notFound("entity.attachment", id);
        }
        return attachment;
    }

    private InputStream open(String key) {
        try {
            return store.open(key);
        } catch (IOException e) {
            LOG.errorf("attachment file %s missing from the store", key);
            throw new UncheckedIOException(e);
        }
    }

    private Thumbnails.Dimensions readableDimensions(FileKind kind, Path file) {
        Thumbnails.Dimensions dimensions;
        try {
            dimensions = Thumbnails.dimensions(kind, file);
        } catch (IOException | RuntimeException e) {
            throw ProblemException.invalid("file", "attachment.image-corrupt");
        }
        if (dimensions.width() <= 0 || dimensions.height() <= 0) {
            throw ProblemException.invalid("file", "attachment.image-corrupt");
        }
        if (dimensions.pixels() > config.storage().maxImagePixels()) {
            throw ProblemException.invalid("file", "attachment.image-too-many-pixels",
                    config.storage().maxImagePixels() / 1_000_000);
        }
        return dimensions;
    }

    private String storageKey(long townId) {
        LocalDate today = clock.today();
        return String.format("%d/%d/%02d/%s", townId, today.getYear(), today.getMonthValue(), UUID.randomUUID());
    }

    /** Keeps only the last path segment and characters safe in a Content-Disposition header. */
    static String cleanName(String name, FileKind kind) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (base.isEmpty()) {
            base = "upload." + kind.name().toLowerCase();
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
