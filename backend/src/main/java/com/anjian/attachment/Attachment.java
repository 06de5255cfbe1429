package com.anjian.attachment;

import com.anjian.hazard.Hazard;
import com.anjian.hazard.HazardEvent;
import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * A photo or document. Uploaded first (unbound, visible only to its uploader), then bound to a
 * hazard step or an inspection's checklist item in the same transaction as the step, and from then on
 * visible to whoever sees the hazard or the inspection.
 */
@Entity
@Table(name = "attachment")
@Audited
public class Attachment extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_id")
    public Hazard hazard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hazard_event_id")
    public HazardEvent hazardEvent;

    /** The inspection's checklist item whose evidence it is (bound like a hazard step's evidence). */
    @Column(name = "inspection_result_id")
    public Long inspectionResultId;

    @Enumerated(EnumType.STRING)
    public FileKind kind;

    public String filename;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "storage_key")
    public String storageKey;

    @Column(name = "thumbnail_key")
    public String thumbnailKey;

    public Integer width;

    public Integer height;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
