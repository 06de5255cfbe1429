package com.anjian.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a piece of the demo history as one of the demo people, the way a request of theirs runs: in
 * a request context of its own whose security identity is their login with their realm roles (as
 * keycloak/anjian-realm.json gives them). The services then resolve the caller, check roles and
 * add the data scope exactly as for a signed-in user, and audit revisions name that person. Only the
 * demo history uses this; it never runs inside a request.
 */
@ApplicationScoped
public class Acting {

    @Inject
    CurrentIdentityAssociation identities;

    public <T> T as(String login, Set<String> roles, Supplier<T> work) {
        ManagedContext requests = Arc.container().requestContext();
        // A test method may run inside a request context already: set it aside, and restore it after.
        InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
        if (outer != null) {
            requests.deactivate();
        }
        requests.activate();
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(login))
                    .addRoles(roles)
                    .build());
            return work.get();
        } finally {
            requests.terminate();
            if (outer != null) {
                requests.activate(outer);
            }
        }
    }

    public void as(String login, Set<String> roles, Runnable work) {
        as(login, roles, () -> {
            work.run();
            return null;
        });
    }
}
