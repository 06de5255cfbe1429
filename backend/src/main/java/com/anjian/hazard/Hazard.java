package com.anjian.hazard;

import com.anjian.sector.Sector;
import com.anjian.town.Town;
import com.anjian.unit.Unit;
import com.anjian.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A safety hazard (隐患). Never deleted; every change of state is a {@link HazardEvent}. */
@Entity
@Table(name = "hazard")
@Audited
public class Hazard extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "town_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Town town;

    /** Human-facing number, e.g. YH2026-0001. */
    public String serial;

    /** The unit where the hazard is. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    /** The unit of whoever reported it (a village's patrol, an office's inspection). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporting_unit_id")
    public Unit reportingUnit;

    /** A recurrence points at the closed hazard it repeats. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recurrence_of_id")
    public Hazard recurrenceOf;

    public String place;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category")
    public CauseCategory causeCategory;

    @Enumerated(EnumType.STRING)
    public HazardGrade grade;

    @Enumerated(EnumType.STRING)
    public HazardSource source;

    @Column(name = "found_by")
    public String foundBy;

    @Column(name = "found_on")
    public LocalDate foundOn;

    @Column(name = "reported_by")
    public String reportedBy;

    @Enumerated(EnumType.STRING)
    public HazardState state;

    // Registration (五落实)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_unit_id")
    public Unit responsibleUnit;

    @Column(name = "responsible_person")
    public String responsiblePerson;

    public String measures;

    public BigDecimal funds;

    public LocalDate deadline;

    @Column(name = "contingency_plan")
    public String contingencyPlan;

    @Column(name = "treatment_plan", columnDefinition = "text")
    public String treatmentPlan;

    @Column(name = "district_reported_at")
    public Instant districtReportedAt;

    @Column(name = "district_reported_by")
    public String districtReportedBy;

    // Rectification order (整改指令)
    @Column(name = "order_content")
    public String orderContent;

    @Column(name = "order_deadline")
    public LocalDate orderDeadline;

    @Column(name = "order_issued_by")
    public String orderIssuedBy;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "rectified_by")
    public String rectifiedBy;

    // Verification (验收)
    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verifier_name")
    public String verifierName;

    @Column(name = "verified_on")
    public LocalDate verifiedOn;

    // Close-out (销号)
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "import_key")
    public String importKey;

    public String remarks;

    /** The failed checklist item of an inspection this hazard was registered from (linked both ways). */
    @Column(name = "inspection_result_id")
    public Long inspectionResultId;

    /** The deadline that counts: the order's, once one is issued, else the registration's. */
    public LocalDate effectiveDeadline() {
        return orderDeadline != null ? orderDeadline : deadline;
    }

    public boolean isOverdue(LocalDate today) {
        LocalDate due = effectiveDeadline();
        return state.canBeOverdue() && due != null && due.isBefore(today);
    }

    /** A major hazard waits on the "to report to the district" list from registration until marked reported. */
    public boolean awaitsDistrictReport() {
        return grade == HazardGrade.MAJOR && state != HazardState.FOUND && districtReportedAt == null;
    }
}
