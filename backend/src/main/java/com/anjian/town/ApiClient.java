package com.anjian.town;

import com.anjian.common.persistence.BaseEntity;
import com.anjian.common.security.CallerLinkChanges;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Optional;

/** A machine client (Keycloak service account) and the town whose statistics it may read. */
@Entity
@EntityListeners(CallerLinkChanges.class)
@Table(name = "api_client")
public class ApiClient extends BaseEntity {

    /** preferred_username of the service account, e.g. service-account-anjian-integration. */
    public String principal;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "town_id")
    public Town town;

    public boolean active = true;

    public static Optional<ApiClient> findActiveByPrincipal(String principal) {
        return find("principal = ?1 and active = true", principal).firstResultOptional();
    }
}
