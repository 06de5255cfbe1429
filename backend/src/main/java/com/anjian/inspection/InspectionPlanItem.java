package com.anjian.inspection;

import com.anjian.checklist.Checklist;
import com.anjian.common.persistence.BaseEntity;
import com.anjian.unit.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;

/** One planned inspection: which unit, in which month (or on which day), against which checklist, by whom. */
@Entity
@Table(name = "inspection_plan_item")
@Audited
public class InspectionPlanItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public InspectionPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_unit_id")
    public Unit targetUnit;

    /** YYYY-MM */
    @Column(name = "planned_month")
    public String plannedMonth;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_id")
    public Checklist checklist;

    /** Names joined by {@link Inspection#INSPECTOR_SEPARATOR}, or null. */
    public String inspectors;

    public String note;

    public boolean cancelled;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Version
    public long version;
}
