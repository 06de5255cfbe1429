// Shared set-up for the browser tests: a headless Chromium from the system (playwright-core never
// downloads one), the addresses of the running stack, signing in through the real Keycloak page,
// and a screenshot in e2e/artifacts/ whenever a test fails.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { onTestFailed } from 'vitest'

export const WEB_URL = (process.env.ANJIAN_WEB_URL || 'http://127.0.0.1:4173').replace(/\/$/, '')
export const KEYCLOAK_URL = (process.env.ANJIAN_KEYCLOAK_URL || 'http://127.0.0.1:8180').replace(/\/$/, '')
export const REALM = process.env.ANJIAN_REALM || 'anjian'
/** Where the API answers directly; the SPA's origin proxies it too. */
export const API_URL = (process.env.ANJIAN_API_URL || WEB_URL).replace(/\/$/, '')

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), 'artifacts')

export interface Browser {
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

/** A fresh browser profile; a phone is `{ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }`. */
export async function launch(device: { viewport?: { width: number; height: number }; isMobile?: boolean; hasTouch?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'anjian-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
    ...device,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  context.setDefaultTimeout(20_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** Registers a screenshot of the page, taken if the current test fails. */
export function screenshotOnFailure(page: Page, name: string) {
  onTestFailed(async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const file = join(ARTIFACTS, `${name}-${Date.now()}.png`)
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
    console.error(`screenshot saved: ${file} (page was ${page.url()})`)
  })
}

/** Opens the SPA, which sends us to the Keycloak login page, and signs in as a person would. */
export async function signIn(page: Page, username: string, password: string, path = '/') {
  await page.goto(`${WEB_URL}${path}`)
  await page.waitForSelector('#username', { timeout: 60_000 })
  await page.fill('#username', username)
  await page.fill('#password', password)
  await page.click('#kc-login')
  await page.waitForSelector('[data-testid="app-header"]', { timeout: 60_000 })
}

/** An access token by the password grant of the public test client (direct access grants). */
export async function passwordGrantToken(username: string, password: string): Promise<string> {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${REALM}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'anjian-cli', username, password, scope: 'openid' }),
  })
  if (!response.ok) throw new Error(`token request for ${username} failed: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { access_token: string }
  return body.access_token
}

export const testid = (id: string) => `[data-testid="${id}"]`
