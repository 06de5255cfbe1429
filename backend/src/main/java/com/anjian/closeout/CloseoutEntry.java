package com.anjian.closeout;

import com.anjian.hazard.Hazard;
import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Optional;

/** An entry of the close-out ledger (隐患销号台账): a hazard that completed the loop. */
@Entity
@Table(name = "closeout_entry")
@Audited
public class CloseoutEntry extends BaseEntity {

    @Column(name = "town_id")
    public Long townId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hazard_id")
    public Hazard hazard;

    /** e.g. XH2026-0001 */
    @Column(name = "closeout_no")
    public String closeoutNo;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_by_name")
    public String closedByName;

    public static Optional<CloseoutEntry> forHazard(long hazardId) {
        return find("hazard.id", hazardId).firstResultOptional();
    }
}
