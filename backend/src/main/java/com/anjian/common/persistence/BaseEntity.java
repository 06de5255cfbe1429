package com.anjian.common.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/**
 * Every record's database id (AUTO_INCREMENT, so MySQL and MariaDB number it the same way).
 * {@code @Audited} here only means: in an entity that is itself {@code @Audited}, these fields are audited too.
 */
@MappedSuperclass
@Audited
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
