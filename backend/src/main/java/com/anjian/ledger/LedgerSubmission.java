package com.anjian.ledger;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Optional;

/** One submitted version of a ledger (1, 2, …): written once, never changed; its lines are {@link LedgerLine}s. */
@Entity
@Table(name = "ledger_submission")
@Audited
public class LedgerSubmission extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ledger_id")
    public MonthlyLedger ledger;

    @Column(name = "submission_no")
    public int no;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Null only for a version the V30 migration reconstructed without knowing its submitter. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_by_name")
    public String submittedByName;

    public boolean late;

    @Column(name = "nil_return")
    public boolean nilReturn;

    public String note;

    static Optional<LedgerSubmission> find(long ledgerId, int no) {
        return find("ledger.id = ?1 and no = ?2", ledgerId, no).firstResultOptional();
    }

    static Optional<LedgerSubmission> latest(long ledgerId) {
        return find("ledger.id = ?1 order by no desc", ledgerId).firstResultOptional();
    }
}
