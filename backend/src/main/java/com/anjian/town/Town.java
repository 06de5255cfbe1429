package com.anjian.town;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** A town (镇): the scope of one emergency office. One installation can serve several towns. */
@Entity
@Table(name = "town")
public class Town extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The 9-digit statistical division code prefix shared by the town's villages. */
    public String code;

    public String name;

    @Column(name = "district_name")
    public String districtName;

    public static Optional<Town> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
