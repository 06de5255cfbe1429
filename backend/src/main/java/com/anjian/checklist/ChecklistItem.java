package com.anjian.checklist;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** An item of one checklist version: what to check, the clause it checks, whether a failure breaks the law. */
@Entity
@Table(name = "checklist_item")
@Audited
public class ChecklistItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_version_id")
    public ChecklistVersion checklistVersion;

    @Column(name = "item_no")
    public int itemNo;

    public String text;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** A failure is a violation of law (违法行为), not only a hazard. */
    public boolean violation;
}
