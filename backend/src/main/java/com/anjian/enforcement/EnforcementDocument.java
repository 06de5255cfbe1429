package com.anjian.enforcement;

import com.anjian.common.persistence.BaseEntity;
import com.anjian.document.DocumentKind;
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

/**
 * A document a case issued: its kind, number and date. The .docx itself is generated from the case's
 * data on each download and never stored. One per kind and case; never changed or deleted.
 */
@Entity
@Table(name = "enforcement_document")
@Audited
public class EnforcementDocument extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    public EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    public DocumentKind kind;

    /** 东溪经发责改〔2026〕3号 */
    public String number;

    public int seq;

    public int year;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
