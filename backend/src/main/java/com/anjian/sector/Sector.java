package com.anjian.sector;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** A sector (行业领域), reference data seeded by migration. */
@Entity
@Table(name = "sector")
public class Sector extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "sort_order")
    public int sortOrder;

    /** The given codes that are not sectors. */
    public static Set<String> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = Sector.<Sector>list("code in ?1", codes).stream().map(s -> s.code).collect(Collectors.toSet());
        return codes.stream().filter(c -> !known.contains(c)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
