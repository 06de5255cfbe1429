package com.anjian.common.security;

import com.anjian.common.AnjianConfig;
import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bounds every call the backend makes to Keycloak (discovery, key set). quarkus.oidc.connection-timeout
 * only bounds opening the connection; a Keycloak that accepts and then never answers (frozen, or
 * stuck behind a proxy) would otherwise hold a request with a token of an unknown key id for as long
 * as the caller waits. Timed out, the token cannot be verified: 401, or 503 while Keycloak is down.
 */
@ApplicationScoped
@Unremovable // looked up by quarkus-oidc, never injected
@OidcEndpoint(OidcEndpoint.Type.ALL)
public class OidcRequestTimeout implements OidcRequestFilter {

    @Inject
    AnjianConfig config;

    @Override
    public void filter(OidcRequestContext context) {
        context.request().timeout(config.identity().requestTimeout().toMillis());
    }
}
