package com.anjian.town;

import com.anjian.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import com.anjian.common.security.CallerLinkChanges;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import java.util.Optional;

/** A town (镇): the scope of one emergency office. One installation can serve several towns. */
@Entity
@EntityListeners(CallerLinkChanges.class)
@Table(name = "town")
public class Town extends BaseEntity {

    /** The 9-digit statistical division code prefix shared by the town's villages. */
    public String code;

    public String name;

    @Column(name = "district_name")
    public String districtName;

    public static Optional<Town> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
