package com.anjian.checklist;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/** One version of a checklist's items, as written then; never changed or deleted. */
@Entity
@Table(name = "checklist_version")
@Audited
public class ChecklistVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;

    @Column(name = "version_no")
    public int versionNo;

    /** The checklist's title when this version was written: what an inspection that used it shows. */
    public String title;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;
}
