import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_CONFIG, loadRuntimeConfig } from './config'

describe('runtime configuration', () => {
  it('reads /app-config.json', async () => {
    const body = { keycloakUrl: 'https://sso.example', realm: 'r', clientId: 'c' }
    const fetchFn = vi.fn(async () => new Response(JSON.stringify(body))) as unknown as typeof fetch
    await expect(loadRuntimeConfig(fetchFn)).resolves.toEqual(body)
    expect(fetchFn).toHaveBeenCalledWith('/app-config.json', expect.anything())
  })

  it('falls back to the defaults when the file is missing or unreadable', async () => {
    const missing = vi.fn(async () => new Response('nope', { status: 404 })) as unknown as typeof fetch
    await expect(loadRuntimeConfig(missing)).resolves.toEqual(DEFAULT_CONFIG)
    const broken = vi.fn(async () => {
      throw new TypeError('offline')
    }) as unknown as typeof fetch
    await expect(loadRuntimeConfig(broken)).resolves.toEqual(DEFAULT_CONFIG)
    const partial = vi.fn(async () => new Response(JSON.stringify({ realm: 'other' }))) as unknown as typeof fetch
    await expect(loadRuntimeConfig(partial)).resolves.toEqual({ ...DEFAULT_CONFIG, realm: 'other' })
  })
})
