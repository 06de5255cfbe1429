package com.anjian.inspection;

import com.anjian.checklist.Checklist;
import com.anjian.common.persistence.TrackedEntity;
import com.anjian.unit.Unit;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An on-site inspection (检查) of a unit by an office, against one version of a checklist: the
 * version is fixed when the inspection starts, so a later edit of the checklist never changes what
 * was checked. Never deleted.
 */
@Entity
@Table(name = "inspection")
@Audited
public class Inspection extends TrackedEntity {

    /** Names in {@link #inspectors} are kept joined by this (a name may not contain it). */
    public static final String INSPECTOR_SEPARATOR = ",";

    @Column(name = "town_id")
    public Long townId;

    /** e.g. JC2026-0001 */
    public String serial;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspecting_unit_id")
    public Unit inspectingUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspected_unit_id")
    public Unit inspectedUnit;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    /** The inspectors' names, joined by {@link #INSPECTOR_SEPARATOR}. */
    public String inspectors;

    /** Persons dispatched (派出人次), the campaigns' figures add these up. */
    @Column(name = "inspector_count")
    public int inspectorCount;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;

    @Column(name = "checklist_version_no")
    public int checklistVersionNo;

    public String place;

    /** The inspected unit's person present. */
    @Column(name = "on_site_person")
    public String onSitePerson;

    @Column(columnDefinition = "text")
    public String conclusion;

    @Enumerated(EnumType.STRING)
    public InspectionState state;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "finished_by")
    public String finishedBy;

    @Column(name = "created_by")
    public String createdBy;

    public List<String> inspectorNames() {
        return Arrays.stream(inspectors.split(INSPECTOR_SEPARATOR)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
