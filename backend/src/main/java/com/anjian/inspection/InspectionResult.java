package com.anjian.inspection;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * The result of one checklist item in an inspection. Its words are those of the inspection's checklist
 * version (item {@link #itemNo}); photos are attachments bound to it; a failed item may become exactly
 * one hazard ({@link #hazardId}, and the hazard points back).
 */
@Entity
@Table(name = "inspection_result")
@Audited
public class InspectionResult extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    public Inspection inspection;

    @Column(name = "item_no")
    public int itemNo;

    /** Null until the item is checked. */
    @Enumerated(EnumType.STRING)
    public InspectionOutcome outcome;

    public String note;

    @Column(name = "hazard_id")
    public Long hazardId;

    /** Filled item by item (on a phone): each result has its own optimistic lock. */
    @Version
    public long version;
}
