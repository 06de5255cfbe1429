import Keycloak from 'keycloak-js'
import type { RuntimeConfig } from '@/config'

let keycloak: Keycloak | null = null

/**
 * Signs the user in before the app mounts: an unauthenticated visitor is sent to the Keycloak
 * login page and comes back with a code (PKCE, public client).
 */
export async function initAuth(config: RuntimeConfig): Promise<Keycloak> {
  const instance = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await instance.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
  })
  keycloak = instance
  return instance
}

/** A token valid for at least 30 more seconds, or undefined when not signed in. */
export async function freshToken(): Promise<string | undefined> {
  if (!keycloak?.authenticated) return undefined
  try {
    await keycloak.updateToken(30)
  } catch {
    // the refresh token has expired too: the only way on is to sign in again
    await keycloak.login()
    return undefined
  }
  return keycloak.token
}

export function login(): void {
  void keycloak?.login()
}

export function logout(): void {
  void keycloak?.logout({ redirectUri: `${window.location.origin}/` })
}

/** Realm roles from the token; the UI prefers the roles of GET /api/v1/me. */
export function tokenRoles(): string[] {
  return keycloak?.tokenParsed?.realm_access?.roles ?? []
}
