package com.anjian.attachment;

import com.anjian.common.time.BusinessClock;
import com.anjian.common.AnjianConfig;
import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.common.security.Caller;
import com.anjian.common.security.CurrentUser;
import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardEvent;
import com.anjian.hazard.HazardScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Upload, binding to hazard steps, and access control of attachments. */
@ApplicationScoped
@Transactional
public class AttachmentService {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(AttachmentService.class);

    @Inject
    FileStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    HazardScope hazards;

    @Inject
    AnjianConfig config;

    /** Checks the upload (type from its bytes, size, pixel count), stores it with a thumbnail, unbound. */
    public AttachmentDto upload(Path file, String originalName) {
        Caller caller = currentUser.scoped();
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
            attachment.townId = caller.townId();
            attachment.kind = kind;
            attachment.filename = cleanName(originalName, kind);
            attachment.contentType = kind.contentType();
            attachment.sizeBytes = size;
            attachment.sha256 = com.anjian.common.Hashes.sha256(file);
            attachment.uploadedBy = caller.username();
            attachment.uploadedAt = clock.now();
            String key = storageKey(caller.townId());
            attachment.storageKey = key;
            if (kind.isPhoto()) {
                // Every photo's declared size is checked, also the kinds no thumbnail is made of.
                Thumbnails.Dimensions dimensions = readableDimensions(kind, file);
                attachment.width = dimensions.width();
                attachment.height = dimensions.height();
            }
            if (kind.isThumbnailable()) {
                Path thumbnail = Files.createTempFile("anjian-thumb", ".jpg");
                try {
                    Thumbnails.write(file, thumbnail, config.storage().thumbnailSize());
                    store.put(key + ".thumb.jpg", thumbnail);
                    attachment.thumbnailKey = key + ".thumb.jpg";
                } catch (IOException | RuntimeException e) {
                    throw ProblemException.invalid("file", "attachment.image-corrupt");
                } finally {
                    Files.deleteIfExists(thumbnail);
                }
            }
            store.put(key, file);
            attachment.persist();
            return AttachmentDto.of(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binds the caller's own unbound uploads to a hazard step. Any id that is not such an upload
     * fails the whole step, so evidence is never half-attached.
     */
    public List<Attachment> bind(List<Long> ids, Hazard hazard, HazardEvent event) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Caller caller = currentUser.scoped();
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<Attachment> found = Attachment.list(
                "id in ?1 and uploadedBy = ?2 and townId = ?3 and hazard is null", distinct, caller.username(), caller.townId());
        if (found.size() != distinct.size()) {
            List<Long> foundIds = found.stream().map(a -> a.id).toList();
            String missing = distinct.stream().filter(id -> !foundIds.contains(id)).map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            throw ProblemException.invalid("attachmentIds", "attachment.not-bindable", missing);
        }
        for (Attachment attachment : found) {
            attachment.hazard = hazard;
            attachment.hazardEvent = event;
        }
        return found;
    }

    /** The attachment if the caller may see it: its uploader while unbound, else whoever sees its hazard. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachment readable(long id) {
        Caller caller = currentUser.scoped();
        Attachment attachment = Attachment.<Attachment>findByIdOptional(id)
                .filter(a -> a.townId.equals(caller.townId()))
                .orElseThrow(() -> ProblemException.notFound("entity.attachment", id));
        boolean visible = attachment.hazard == null
                ? attachment.uploadedBy.equals(caller.username())
                : hazards.find(attachment.hazard.id).isPresent();
        if (!visible) {
            throw ProblemException.notFound("entity.attachment", id);
        }
        return attachment;
    }

    public InputStream open(String key) {
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

    private static String storageKey(long townId) {
        ZonedDateTime now = ZonedDateTime.now();
        return String.format("%d/%d/%02d/%s", townId, now.getYear(), now.getMonthValue(), UUID.randomUUID());
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
