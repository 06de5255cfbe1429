package com.anjian.common.security;

import com.anjian.common.error.ProblemException;
import com.anjian.common.error.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * The caller of the current request. A person's unit is a server-side mapping (person.login equals
 * the token's preferred_username), so the emergency office links accounts in the app, not in Keycloak.
 * Roles come from the token of each request; the link (person, unit, sectors, town) from
 * {@link CallerLinks}, which keeps it for a few seconds.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    CallerLinks links;

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
     * The sectors the caller's unit supervises: every hazard query of the request adds them to its
     * scope (the home page's task counts are six such queries). Read with the caller's link.
     */
    public List<String> unitSectors() {
        scoped();
        return unitSectors;
    }

    public String actor() {
        return identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }

    private Caller resolve() {
        String username = identity.getPrincipal().getName();
        Set<String> roles = Set.copyOf(identity.getRoles());
        CallerLinks.Link link = roles.contains(Roles.INTEGRATION) ? links.apiClient(username) : links.person(username);
        unitSectors = link.unitSectors();
        if (link.townId() == null) {
            return unlinked(username, roles);
        }
        return new Caller(username, roles, link.personId(), link.name(), link.position(), link.unitId(), link.unitName(),
                link.unitKind(), link.townId(), link.townCode(), link.townName());
    }

    private static Caller unlinked(String username, Set<String> roles) {
        return new Caller(username, roles, null, null, null, null, null, null, null, null, null);
    }
}
