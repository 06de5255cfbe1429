package com.anjian.person;

import com.anjian.unit.Unit;
import com.anjian.common.persistence.TrackedEntity;
import com.anjian.common.security.CallerLinkChanges;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.util.Optional;

/** A person of a unit; with a login, the person an account acts as. */
@Entity
@EntityListeners(CallerLinkChanges.class)
@Table(name = "person")
@Audited
public class Person extends TrackedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public String name;

    public String position;

    public String phone;

    /** Keycloak username (the token's preferred_username). */
    public String login;

    public boolean active = true;

    /** With the unit, its sectors and its town, in one statement (a login is unique). */
    public static Optional<Person> findActiveByLogin(String login) {
        return find("from Person p join fetch p.unit u join fetch u.town left join fetch u.sectors where p.login = ?1 and p.active = true",
                login).singleResultOptional();
    }
}
