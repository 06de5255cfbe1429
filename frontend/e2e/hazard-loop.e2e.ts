import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JPEG } from './seed'
import { API_URL, launch, passwordGrantToken, screenshotOnFailure, signIn, testid, WEB_URL, type Browser } from './support'

const photoFile = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: JPEG })

/** The server's rules; dates are the town's (the SPA goes by them too), not this machine's. */
interface Settings {
  today: string
  maxPhotoBytes: number
}
let settings: Settings
let period = ''
let inAWeek = ''
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const stamp = `${Date.now().toString(36)}`
const place = `E2E 仓库 ${stamp}`
const description = `E2E 液化气钢瓶与杂物混放 ${stamp}`

/** Runs in a fresh browser, as one person; a failure leaves a screenshot. */
let browser: Browser | undefined
async function as(username: string, path: string): Promise<Page> {
  await browser?.close()
  browser = await launch()
  screenshotOnFailure(browser.page, `hazard-loop-${username}`)
  await signIn(browser.page, username, 'demo', path)
  return browser.page
}

async function api(path: string, token: string, init: RequestInit = {}) {
  const response = await fetch(`${API_URL}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN', ...init.headers },
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return response
}

/**
 * The dev database is kept between runs: an earlier run's return of this month is sent back (as the
 * emergency office would) so that the officer can return it again. Returns the officer's unit.
 */
async function reopenOfficerLedger(): Promise<number> {
  const officer = await passwordGrantToken('officer', 'demo')
  const me = (await (await api('/api/v1/me', officer)).json()) as { unit: { id: number } }
  const token = await passwordGrantToken('admin', 'demo')
  const path = `/api/v1/units/${me.unit.id}/ledgers/${period}`
  const ledger = (await (await api(path, token)).json()) as { state: string; version: number }
  if (ledger.state === 'SUBMITTED') {
    await api(`${path}/return`, token, { method: 'POST', body: JSON.stringify({ version: ledger.version, reason: 'E2E 重跑' }) })
  } else if (ledger.state === 'ACCEPTED') {
    throw new Error(`the officer's ledger for ${period} was accepted; the test cannot return it again this month`)
  }
  return me.unit.id
}

/** Clicks a step, fills its dialog and waits for the hazard page to show the new state. */
async function step(page: Page, action: string, fill: () => Promise<void>, state: string) {
  await page.click(testid(`action-${action}`))
  const dialog = page.locator(testid('step-dialog'))
  await dialog.waitFor({ state: 'visible' })
  await fill()
  await page.click(testid('step-submit'))
  await dialog.waitFor({ state: 'hidden' })
  await expect.poll(() => page.textContent(testid('hazard-state'))).toContain(state)
}

async function attachPhoto(page: Page, input: string, name: string) {
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST')
  await page.setInputFiles(testid(input), photoFile(name))
  expect((await uploaded).status()).toBe(201)
  await page.locator(`${testid('photo-tile')} img`).first().waitFor()
}

/** A photo above the server's limit never leaves the browser: its tile says why, and it can be removed. */
async function refusesOversizedPhoto(page: Page, input: string) {
  const dir = mkdtempSync(join(tmpdir(), 'anjian-e2e-big-'))
  const file = join(dir, 'huge.jpg')
  writeFileSync(file, Buffer.alloc(settings.maxPhotoBytes + 1))
  let posted = 0
  const count = (request: { url: () => string; method: () => string }) => {
    if (request.url().endsWith('/api/v1/attachments') && request.method() === 'POST') posted++
  }
  page.on('request', count)
  try {
    await page.setInputFiles(testid(input), file)
    await expect.poll(() => page.locator(testid('photo-error')).allTextContents()).toEqual([
      expect.stringMatching(/^照片超过 [\d.]+ MB，请压缩后再上传$/),
    ])
    expect(posted).toBe(0)
    await page.click(testid('photo-remove'))
    await expect.poll(() => page.locator(testid('photo-tile')).count()).toBe(0)
  } finally {
    page.off('request', count)
    rmSync(dir, { recursive: true, force: true })
  }
}

async function pickDate(page: Page, id: string, value: string) {
  const input = page.locator(`input${testid(id)}, ${testid(id)} input`).first()
  await input.fill(value)
  await input.press('Enter')
}

describe('a hazard goes round the five-step loop and into the close-out ledger', () => {
  let hazardUrl = ''
  let serial = ''

  beforeAll(async () => {
    const token = await passwordGrantToken('officer', 'demo')
    settings = (await (await api('/api/v1/settings', token)).json()) as Settings
    period = settings.today.slice(0, 7)
    inAWeek = addDays(settings.today, 7)
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('a village officer reports a hazard with a photo and returns the month\'s ledger with it', async () => {
    let page = await as('officer', '/')

    await page.click(testid('nav-hazard-new'))
    await page.waitForSelector(testid('hazard-form'))
    await expect(page.textContent(testid('hazard-form-unit-fixed'))).resolves.toBe('白云寺村')
    await page.fill(testid('hazard-form-place'), place)
    await page.fill(testid('hazard-form-description'), description)
    await refusesOversizedPhoto(page, 'hazard-form-photos-input')
    await attachPhoto(page, 'hazard-form-photos-input', 'before.jpg')
    await page.click(testid('hazard-form-sector'))
    await page.click(testid('sector-option-GAS'))
    await page.click(testid('cause-THINGS'))
    await page.click(testid('hazard-form-submit'))

    await page.waitForURL(/\/hazards\/\d+$/)
    hazardUrl = new URL(page.url()).pathname
    serial = (await page.textContent(testid('hazard-serial')))!.trim()
    expect(serial).toMatch(/^YH\d{4}-\d+$/)
    await expect(page.textContent(testid('hazard-state'))).resolves.toContain('已发现')
    // the photo is shown through the API with the officer's token
    await page.locator(`${testid('timeline-event')} img`).first().waitFor()

    await page.click(testid('nav-hazards'))
    await page.fill(testid('hazard-search'), serial)
    await expect.poll(() => page.locator(testid('hazard-serial')).allTextContents(), { timeout: 15_000 }).toEqual([serial])

    const unitId = await reopenOfficerLedger()
    await page.click(testid('nav-ledger'))
    await page.waitForSelector(testid('ledger-status'))
    const heading = (await page.textContent(`${testid('ledger-status')} h2`)) ?? ''
    if (!heading.includes(`${Number(period.slice(0, 4))}年${Number(period.slice(5))}月`)) {
      page = browser!.page
      await page.goto(`${WEB_URL}/ledger?period=${period}`)
      await page.waitForSelector(testid('ledger-status'))
    }
    await page.locator(testid('ledger-line-description')).first().waitFor()
    // a ledger of many lines shows a page at a time, with a search
    if (await page.locator(testid('ledger-line-search')).count()) await page.fill(testid('ledger-line-search'), description)
    await expect
      .poll(() => page.locator(testid('ledger-line-description')).allTextContents(), { timeout: 15_000 })
      .toContain(description)
    await page.click(testid('ledger-submit'))
    await page.locator(testid('ledger-submit-dialog')).waitFor({ state: 'visible' })
    await page.click(testid('ledger-submit-confirm'))
    await expect.poll(() => page.textContent(testid('ledger-state'))).toContain('已报送')
    await expect(page.locator(testid('ledger-submit')).count()).resolves.toBe(0)

    // the emergency office sends it back; the officer's notification opens that very ledger
    const reason = `E2E 退回 ${stamp}`
    const admin = await passwordGrantToken('admin', 'demo')
    const ledgerPath = `/api/v1/units/${unitId}/ledgers/${period}`
    const submitted = (await (await api(ledgerPath, admin)).json()) as { version: number }
    await api(`${ledgerPath}/return`, admin, { method: 'POST', body: JSON.stringify({ version: submitted.version, reason }) })
    await page.click(testid('nav-home'))
    await page.click(testid('notification-bell'))
    await page.locator(testid('notification-item'), { hasText: reason }).first().click()
    await page.waitForURL(new RegExp(`/ledger/${unitId}/${period}$`))
    await expect.poll(() => page.textContent(testid('ledger-state'))).toContain('已退回')
    await expect(page.textContent(testid('ledger-returned-reason'))).resolves.toContain(reason)
    await expect(page.textContent(`${testid('ledger-status')} h2`)).resolves.toContain(`${Number(period.slice(0, 4))}年${Number(period.slice(5))}月`)
  })

  it('the office head of the supervising office registers it, orders the rectification and reports it done', async () => {
    expect(hazardUrl).not.toBe('')
    const page = await as('officehead', hazardUrl)
    await page.waitForSelector(testid('hazard-actions'))
    expect(await page.locator('[data-testid^="action-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
      'action-REGISTER',
    ])

    await step(
      page,
      'REGISTER',
      async () => {
        await expect(page.textContent(`${testid('step-dialog')} .el-select`)).resolves.toContain('白云寺村')
        await page.fill(testid('step-responsible-person'), '张村长')
        await page.fill(testid('step-measures'), '钢瓶移出仓库，单独存放并配备灭火器')
        await page.fill(`${testid('step-funds')} input`, '300')
        await pickDate(page, 'step-deadline', inAWeek)
        await page.fill(testid('step-contingency'), '设置警示标志，禁止明火')
      },
      '已登记',
    )
    await step(page, 'ORDER', async () => undefined, '整改中')
    await step(page, 'COMPLETE', () => attachPhoto(page, 'step-photos-input', 'after.jpg'), '整改中')
    // whoever reported the work done may not verify it
    await expect.poll(() => page.locator(testid('action-VERIFY')).count()).toBe(0)
  })

  it('the emergency office verifies it with a photo and closes it out', async () => {
    const page = await as('admin', hazardUrl)
    await page.waitForSelector(testid('action-VERIFY'))
    await step(page, 'VERIFY', () => attachPhoto(page, 'step-photos-input', 'verified.jpg'), '已验收')
    await step(page, 'CLOSE', async () => undefined, '已销号')
    const closeoutNo = (await page.textContent(testid('hazard-closeout-no')))!.trim()
    expect(closeoutNo).toMatch(/^XH\d{4}-\d+$/)
    // reported, registered, ordered, reported done, verified, closed: one event each
    await expect(page.locator(testid('timeline-event')).count()).resolves.toBe(6)
  })

  it('the close-out ledger the emergency office downloads lists the hazard', async () => {
    const page = browser!.page
    await page.click(testid('nav-closeouts'))
    await expect.poll(() => page.locator(testid('closeout-serial')).allTextContents(), { timeout: 15_000 }).toContain(serial)
    // who closed it out, by name rather than login
    const admin = (await (await api('/api/v1/me', await passwordGrantToken('admin', 'demo'))).json()) as { displayName: string }
    const row = page.locator(`${testid('closeout-table')} tr`, { hasText: serial }).first()
    await expect(row.locator(testid('closeout-closed-by')).textContent()).resolves.toBe(admin.displayName)

    const downloading = page.waitForEvent('download')
    await page.click(testid('closeout-export'))
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const fromUi = readFileSync((await download.path())!)
    expect(sheetText(fromUi)).toContain(serial)

    // and the same through the API, as another system would fetch it
    const token = await passwordGrantToken('admin', 'demo')
    const response = await api('/api/v1/closeouts/export', token)
    expect(sheetText(Buffer.from(await response.arrayBuffer()))).toContain(serial)
  })
})

/** The text of an .xlsx: every worksheet's XML (strings are inline) and the shared strings, if any. */
function sheetText(xlsx: Buffer): string {
  const files = unzipSync(new Uint8Array(xlsx), { filter: (f) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(f.name) })
  expect(Object.keys(files)).toContain('xl/worksheets/sheet1.xml')
  return Object.values(files).map((bytes) => strFromU8(bytes)).join('\n')
}
