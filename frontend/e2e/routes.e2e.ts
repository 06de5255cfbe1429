// Every page of the router, opened as each role (and on a phone as the village officer), must
// load without a console error, an uncaught page error or a failed request. The pages come from
// the router's own table, so a new route is visited as soon as it exists; a route parameter this
// test cannot fill fails it until a value is added below.
import type { ConsoleMessage, Page, Request, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROUTE_TABLE, type RouteSpec } from '../src/router/routeTable'
import { canSee } from '../src/router/nav'
import { api, campaignForEveryone, caseForEveryone, closedHazard, hazardForEveryone, inspectionForEveryone, tokenOf } from './seed'
import { launch, screenshotOnFailure, signIn, WEB_URL, type Browser } from './support'

interface Person {
  /** the demo login */
  login: string
  roles: string[]
  viewport?: { width: number; height: number }
}

const PEOPLE: Record<string, Person> = {
  'town admin': { login: 'admin', roles: ['town-admin'] },
  leader: { login: 'leader', roles: ['leader'] },
  'office head': { login: 'officehead', roles: ['office-head'] },
  'village officer': { login: 'officer', roles: ['village-officer'] },
  'village officer on a phone': { login: 'officer', roles: ['village-officer'], viewport: { width: 390, height: 844 } },
}

/**
 * Values for the routes' parameters, as the signed-in person would reach them: by the parameter's
 * name, or for one route only by "<route>.<parameter>" (each record page's own `id`).
 */
type ParamValues = Record<string, string>

async function paramsFor(login: string, hazardId: number): Promise<ParamValues> {
  const token = await tokenOf(login)
  const me = await api<{ unit: { id: number } }>('/api/v1/me', token)
  const { today } = await api<{ today: string }>('/api/v1/settings', token)
  // a person's own unit's ledger of this month, and a hazard every role may open
  const values: ParamValues = { id: String(hazardId), unitId: String(me.unit.id), period: today.slice(0, 7) }
  // issue 8: a checklist and a plan the person may read (the admin's for those who may not open the page)
  const admin = await tokenOf('admin')
  const firstId = async (path: string) => {
    const page = await api<{ items: { id: number }[] }>(path, token).catch(() => api<{ items: { id: number }[] }>(path, admin))
    return String(page.items[0]?.id ?? 1)
  }
  values['checklist.id'] = await firstId('/api/v1/checklists?size=1')
  values['inspection-plan.id'] = await firstId('/api/v1/inspection-plans?size=1')
  return values
}

/** The address of a route, its parameters filled in: `/hazards/:id(\\d+)` → `/hazards/42`. */
function addressOf(spec: RouteSpec, values: ParamValues): string {
  return spec.path.replace(/:(\w+)(\([^)]*\))?/g, (_match, name: string) => {
    // a route's own value (`checklist.id`) before the shared one (`id`)
    const value = values[`${spec.name}.${name}`] ?? values[name]
    if (value === undefined) throw new Error(`route ${spec.name}: no value for its parameter "${name}"; add one in paramsFor()`)
    return value
  })
}

/** Everything that went wrong on a page while it was being watched. */
function watch(page: Page) {
  const problems: string[] = []
  // a request the page we leave had in flight is cancelled by the browser: not this page's failure
  const ours = new Set<Request>()
  const onRequest = (request: Request) => void ours.add(request)
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
  }
  const onPageError = (error: Error) => problems.push(`page error: ${error.message}`)
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname.startsWith('/api/')) {
      problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`)
    }
  }
  const onRequestFailed = (request: Request) => {
    if (ours.has(request)) problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`)
  }
  page.on('request', onRequest)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('response', onResponse)
  page.on('requestfailed', onRequestFailed)
  return {
    problems,
    stop() {
      page.off('request', onRequest)
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
      page.off('response', onResponse)
      page.off('requestfailed', onRequestFailed)
    },
  }
}

/** In the page: its code loaded and shown, and no part of it still loading. */
const SHOWN = `(() => {
  const main = document.querySelector('main')
  const loading = Array.from(document.querySelectorAll('.el-loading-mask')).some((mask) => mask.offsetParent !== null)
  return !!main && main.innerText.trim() !== '' && !loading
})()`

/** Waits until the page has settled: shown, nothing loading, no request open. */
async function settle(page: Page) {
  await page.waitForSelector('[data-testid="app-header"]')
  await page.waitForFunction(SHOWN)
  await page.waitForLoadState('networkidle')
  // a toast or a late render after the last answer
  await page.waitForTimeout(300)
}

async function open(page: Page, address: string) {
  await page.goto(`${WEB_URL}${address}`)
  await settle(page)
}

let hazardId = 0
/** each record page's own id, as "<route>.id" */
const recordIds: ParamValues = {}
beforeAll(async () => {
  await closedHazard()
  hazardId = await hazardForEveryone()
  recordIds['inspection.id'] = String(await inspectionForEveryone())
  recordIds['enforcement-case.id'] = String(await caseForEveryone())
  recordIds['campaign.id'] = String(await campaignForEveryone())
})

describe.each(Object.entries(PEOPLE))('every page as the %s', (_who, person) => {
  let browser: Browser
  let values: ParamValues

  beforeAll(async () => {
    browser = await launch(person.viewport ? { viewport: person.viewport, isMobile: true, hasTouch: true } : {})
    values = { ...(await paramsFor(person.login, hazardId)), ...recordIds }
    await signIn(browser.page, person.login, 'demo')
    await settle(browser.page)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(ROUTE_TABLE.map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    const { page } = browser
    screenshotOnFailure(page, `route-${person.login}${person.viewport ? '-phone' : ''}-${spec.name}`)
    const address = addressOf(spec, values)
    const watching = watch(page)
    try {
      await open(page, address)
      // a page the role may not use is not shown: the address leads home
      const expected = canSee(person.roles, spec.roles) ? new URL(address, WEB_URL).pathname : '/'
      expect(new URL(page.url()).pathname).toBe(expected)
    } finally {
      watching.stop()
    }
    expect(watching.problems).toEqual([])
  })

  it('an unknown address leads home', async () => {
    const { page } = browser
    const watching = watch(page)
    try {
      await open(page, '/no-such-page')
      expect(new URL(page.url()).pathname).toBe('/')
    } finally {
      watching.stop()
    }
    expect(watching.problems).toEqual([])
  })
})

describe('the watch over a page', () => {
  it('sees a console error, a page error and a refused API request', async () => {
    const browser = await launch()
    try {
      await signIn(browser.page, 'officer', 'demo')
      await settle(browser.page)
      const watching = watch(browser.page)
      await browser.page.evaluate(`(async () => {
        console.error('a console error')
        setTimeout(() => { throw new Error('a page error') })
        await fetch('/api/v1/units/999999999')
      })()`)
      await browser.page.waitForTimeout(500)
      watching.stop()
      // (Chromium also logs the refused request as a console error)
      expect(watching.problems).toEqual(
        expect.arrayContaining([
          'console.error: a console error',
          'page error: a page error',
          expect.stringMatching(/^HTTP 401 GET .*\/api\/v1\/units\/999999999$/),
        ]),
      )
    } finally {
      await browser.close()
    }
  })
})
