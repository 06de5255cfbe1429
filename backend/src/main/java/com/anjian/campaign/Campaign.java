package com.anjian.campaign;

import com.anjian.common.persistence.TrackedEntity;
import com.anjian.unit.Unit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A special campaign (专项整治行动) of a sector, led by an office with units taking part. Never deleted. */
@Entity
@Table(name = "campaign")
@Audited
public class Campaign extends TrackedEntity {

    @Column(name = "town_id")
    public Long townId;

    public String title;

    @Column(name = "sector_code")
    public String sectorCode;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leading_unit_id")
    public Unit leadingUnit;

    @Column(columnDefinition = "text")
    public String goal;

    /** The units taking part, by id. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "unit_id")
    public Set<Long> unitIds = new TreeSet<>();
}
