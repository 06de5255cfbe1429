package com.anjian.common.security;

import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import com.anjian.person.Person;
import com.anjian.unit.Unit;
import com.anjian.town.ApiClient;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request. A person's unit is a server-side mapping (person.login equals
 * the token's preferred_username), so the emergency office links accounts in the app, not in Keycloak.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    private List<String> unitSectors;

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** The caller, who must be linked to a unit of a town (every data endpoint needs a scope). */
    public Caller scoped() {
        Caller current = get();
        if (!current.isLinked()) {
            throw new ProblemException(ProblemType.ACCOUNT_NOT_LINKED, "error.account-not-linked", current.username());
        }
        return current;
    }

    /** The caller if this request already resolved it, else null; never queries (used while flushing). */
    public Caller resolved() {
        return caller;
    }

    /**
     * The sectors the caller's unit supervises, read once per request: every hazard query of the
     * request adds them to its scope (the home page's task counts are six such queries).
     */
    public List<String> unitSectors() {
        if (unitSectors == null) {
            Long unitId = scoped().unitId();
            unitSectors = unitId == null ? List.of() : Unit.getEntityManager()
                    .createQuery("select s from Unit u join u.sectors s where u.id = :unit order by s", String.class)
                    .setParameter("unit", unitId).getResultList();
        }
        return unitSectors;
    }

    public String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    private Caller resolve() {
        String username = identity.getPrincipal().getName();
        Set<String> roles = Set.copyOf(identity.getRoles());
        if (roles.contains(Roles.INTEGRATION)) {
            Optional<ApiClient> client = ApiClient.findActiveByPrincipal(username);
            return client.map(c -> new Caller(username, roles, null, c.name, null, null, null, null,
                            c.town.id, c.town.code, c.town.name))
                    .orElseGet(() -> unlinked(username, roles));
        }
        return Person.findActiveByLogin(username)
                .map(p -> new Caller(username, roles, p.id, p.name, p.position, p.unit.id, p.unit.name, p.unit.kind,
                        p.unit.town.id, p.unit.town.code, p.unit.town.name))
                .orElseGet(() -> unlinked(username, roles));
    }

    private static Caller unlinked(String username, Set<String> roles) {
        return new Caller(username, roles, null, null, null, null, null, null, null, null, null);
    }
}
