package com.anjian.checklist;

import com.anjian.common.persistence.TrackedEntity;
import com.anjian.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A checklist (检查表) of a sector. Its items live in numbered {@link ChecklistVersion}s: an edit makes
 * the next version, so an inspection that used an earlier one keeps it word for word. Never deleted,
 * only deactivated.
 */
@Entity
@Table(name = "checklist")
@Audited
public class Checklist extends TrackedEntity {

    @Column(name = "town_id")
    public Long townId;

    @Column(name = "sector_code")
    public String sectorCode;

    public String title;

    /** The office that keeps it; null: the emergency office's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_unit_id")
    public Unit ownerUnit;

    public boolean active = true;

    @Column(name = "current_version_no")
    public int currentVersionNo;
}
