package com.anjian.inspection;

import com.anjian.common.persistence.TrackedEntity;
import com.anjian.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An office's inspection plan (检查计划) of a year or of one month. Never deleted; its items are cancelled, not removed. */
@Entity
@Table(name = "inspection_plan")
@Audited
public class InspectionPlan extends TrackedEntity {

    @Column(name = "town_id")
    public Long townId;

    /** The planning office. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public int year;

    @Enumerated(EnumType.STRING)
    public PlanKind kind;

    /** 1–12 for a monthly plan, null for an annual one. */
    public Integer month;

    /** The month, 0 for an annual plan: one plan per office, year, kind and month (a unique key cannot hold a NULL). */
    @Column(name = "month_key")
    public int monthKey;

    public String title;

    public String note;

    @PrePersist
    @PreUpdate
    void keyMonth() {
        monthKey = month == null ? 0 : month;
    }
}
