/** Settings that differ per installation, read at startup from /app-config.json. */
export interface RuntimeConfig {
  keycloakUrl: string
  realm: string
  clientId: string
}

export const DEFAULT_CONFIG: RuntimeConfig = {
  keycloakUrl: 'http://127.0.0.1:8180',
  realm: 'anjian',
  clientId: 'anjian-web',
}

export async function loadRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  try {
    const response = await fetchFn('/app-config.json', { cache: 'no-store' })
    if (!response.ok) return { ...DEFAULT_CONFIG }
    const body = (await response.json()) as Partial<Record<keyof RuntimeConfig, unknown>>
    const pick = (key: keyof RuntimeConfig) =>
      typeof body[key] === 'string' && body[key] ? (body[key] as string) : DEFAULT_CONFIG[key]
    return { keycloakUrl: pick('keycloakUrl'), realm: pick('realm'), clientId: pick('clientId') }
  } catch {
    return { ...DEFAULT_CONFIG }
  }
}
