package com.anjian.enforcement;

import com.anjian.common.persistence.TrackedEntity;
import com.anjian.inspection.Inspection;
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
import org.hibernate.envers.RelationTargetAuditMode;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An enforcement case (执法案件): opened from a finished inspection that found a violation, by the
 * office holding enforcement powers over the inspection's sector, and taken step by step through its
 * chain of documents ({@link CaseWorkflow}). Each step's fields are filled when the step is taken and
 * never changed afterwards. Never deleted.
 */
@Entity
@Table(name = "enforcement_case")
@Audited
public class EnforcementCase extends TrackedEntity {

    @Column(name = "town_id")
    public Long townId;

    /** The office holding enforcement powers over the sector, which conducts the case. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "office_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Unit officeUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Inspection inspection;

    /** The party (当事人): the inspected unit. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Unit partyUnit;

    @Column(name = "sector_code")
    public String sectorCode;

    /** The campaign of the inspection, when it belonged to one (campaigns arrive with S8a's later steps). */
    @Column(name = "campaign_id")
    public Long campaignId;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(columnDefinition = "text")
    public String facts;

    @Column(name = "legal_basis_violated")
    public String legalBasisViolated;

    @Column(name = "persons_dispatched")
    public int personsDispatched;

    @Column(name = "order_content", columnDefinition = "text")
    public String orderContent;

    @Column(name = "order_deadline")
    public LocalDate orderDeadline;

    @Column(name = "ordered_on")
    public LocalDate orderedOn;

    @Column(name = "reinspected_on")
    public LocalDate reinspectedOn;

    @Column(name = "reinspection_finding", columnDefinition = "text")
    public String reinspectionFinding;

    @Column(name = "reinspection_corrected")
    public Boolean reinspectionCorrected;

    @Column(name = "penalty_basis")
    public String penaltyBasis;

    @Column(name = "fine_amount")
    public BigDecimal fineAmount;

    /** The penalty basis and fine as notified; the decision may state them anew in {@link #penaltyBasis}, {@link #fineAmount}. */
    @Column(name = "notice_penalty_basis")
    public String noticePenaltyBasis;

    @Column(name = "notice_fine_amount")
    public BigDecimal noticeFineAmount;

    @Column(name = "penalty_notified_on")
    public LocalDate penaltyNotifiedOn;

    @Column(name = "penalty_decided_on")
    public LocalDate penaltyDecidedOn;

    @Column(name = "fine_paid_on")
    public LocalDate finePaidOn;

    @Column(name = "fine_receipt_no")
    public String fineReceiptNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_penalty_reason")
    public NoPenaltyReason noPenaltyReason;

    @Column(name = "no_penalty_note")
    public String noPenaltyNote;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "created_by")
    public String createdBy;
}
