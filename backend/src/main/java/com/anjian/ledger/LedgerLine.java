package com.anjian.ledger;

import com.anjian.hazard.CauseCategory;
import com.anjian.hazard.HazardGrade;
import com.anjian.hazard.HazardState;
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

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a submitted version of a ledger: what it said about a hazard at the moment of submission. */
@Entity
@Table(name = "ledger_line")
@Audited
public class LedgerLine extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public LedgerSubmission submission;

    @Column(name = "line_no")
    public int lineNo;

    @Column(name = "hazard_id")
    public Long hazardId;

    @Column(name = "hazard_serial")
    public String hazardSerial;

    /** The unit where the hazard is (an office's ledger lists the units it inspected). */
    @Column(name = "unit_name")
    public String unitName;

    @Enumerated(EnumType.STRING)
    public HazardState state;

    @Column(name = "found_on")
    public LocalDate foundOn;

    public String place;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category")
    public CauseCategory causeCategory;

    @Enumerated(EnumType.STRING)
    public HazardGrade grade;

    public String measures;

    @Column(name = "responsible_person")
    public String responsiblePerson;

    public LocalDate deadline;

    public BigDecimal funds;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public String reviewer;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    public String remarks;
}
