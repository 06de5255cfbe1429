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
let officerUnitId = 0
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
    officerUnitId = ((await (await api('/api/v1/me', token)).json()) as { unit: { id: number } }).unit.id
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

    // corrected and submitted again: the return stays in the ledger's history, the reason leaves its state
    const events = page.locator(testid('ledger-event'))
    await expect.poll(async () => (await events.allTextContents()).at(-1)).toContain(`退回原因：${reason}`)
    await page.click(testid('ledger-submit'))
    await page.locator(testid('ledger-submit-dialog')).waitFor({ state: 'visible' })
    await page.click(testid('ledger-submit-confirm'))
    await expect.poll(() => page.textContent(testid('ledger-state'))).toContain('已报送')
    await expect(page.locator(testid('ledger-returned-reason')).count()).resolves.toBe(0)
    const history = await events.allTextContents()
    expect(history.at(-2)).toContain(`退回原因：${reason}`)
    expect(history.at(-1)).toMatch(/报送了第 \d+ 版/)
    const returnedNo = Number(/退回了第 (\d+) 版/.exec(history.at(-2)!)![1])
    await expect(page.locator(testid('ledger-version')).first().textContent()).resolves.toContain(`第 ${returnedNo + 1} 版`)
    // the returned version opens as it was submitted, with its reason
    await page.click(testid(`ledger-version-open-${returnedNo}`))
    await expect.poll(() => page.locator(testid('ledger-version-dialog')).textContent()).toContain(reason)
  })

  it('the office head of the supervising office registers it, choosing the responsible village, and orders the rectification', async () => {
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
        // nothing is chosen for the office head: the reporting village is offered first, among the suggestions
        const select = page.locator(`${testid('step-dialog')} ${testid('step-responsible-unit')}`)
        await expect(select.textContent()).resolves.not.toContain('白云寺村')
        await select.click()
        await page.locator(`${testid('unit-suggested')} ${testid(`unit-option-${officerUnitId}`)}`).click()
        await expect.poll(() => select.textContent()).toContain('白云寺村')
        await page.fill(testid('step-responsible-person'), '张村长')
        await page.fill(testid('step-measures'), '钢瓶移出仓库，单独存放并配备灭火器')
        await page.fill(`${testid('step-funds')} input`, '300')
        await pickDate(page, 'step-deadline', inAWeek)
        await page.fill(testid('step-contingency'), '设置警示标志，禁止明火')
      },
      '已登记',
    )
    await step(page, 'ORDER', async () => undefined, '整改中')
  })

  it('the village officer\'s home counts it among the hazards to rectify, and the count opens exactly those', async () => {
    const token = await passwordGrantToken('officer', 'demo')
    const total = async (query: string) => ((await (await api(`/api/v1/hazards?${query}&size=1`, token)).json()) as { total: number }).total
    const expected = await total(`status=RECTIFYING&responsibleUnitId=${officerUnitId}`)
    expect(expected).toBeGreaterThan(0)

    const page = await as('officer', '/')
    const tile = page.locator(testid('home-count-TO_RECTIFY'))
    await expect.poll(() => tile.locator(testid('home-count-value')).textContent()).toBe(String(expected))
    await expect(tile.textContent()).resolves.toContain('待整改')
    await tile.click()
    await page.waitForURL(/\/hazards\?/)
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ status: 'RECTIFYING', responsibleUnitId: String(officerUnitId) })
    await expect.poll(() => page.locator(testid('hazard-status')).allTextContents()).toEqual(Array(Math.min(expected, 20)).fill('整改中'))
    await expect(page.textContent(testid('hazard-pager'))).resolves.toContain(String(expected))
    await page.fill(testid('hazard-search'), serial)
    await expect.poll(() => page.locator(testid('hazard-serial')).allTextContents(), { timeout: 15_000 }).toEqual([serial])
  })

  it('the office head reports the rectification done: it shows 待验收, and they may not verify it themselves', async () => {
    const page = await as('officehead', hazardUrl)
    await page.waitForSelector(testid('hazard-actions'))
    await step(page, 'COMPLETE', () => attachPhoto(page, 'step-photos-input', 'after.jpg'), '待验收')
    // whoever reported the work done may not verify it
    await expect.poll(() => page.locator(testid('action-VERIFY')).count()).toBe(0)
  })

  it('the emergency office finds it under 待验收 from its home page, verifies it with a photo and closes it out', async () => {
    const page = await as('admin', '/')
    await page.click(testid('home-count-TO_VERIFY'))
    await page.waitForURL(/\/hazards\?status=AWAITING_VERIFICATION$/)
    await page.fill(testid('hazard-search'), serial)
    await expect.poll(() => page.locator(testid('hazard-status')).allTextContents(), { timeout: 15_000 }).toEqual(['待验收'])
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ status: 'AWAITING_VERIFICATION', q: serial })
    await page.click(testid('hazard-serial'))
    await page.waitForURL(new RegExp(`${hazardUrl}$`))
    await page.waitForSelector(testid('action-VERIFY'))
    await step(page, 'VERIFY', () => attachPhoto(page, 'step-photos-input', 'verified.jpg'), '已验收')
    await step(page, 'CLOSE', async () => undefined, '已销号')
    const closeoutNo = (await page.textContent(testid('hazard-closeout-no')))!.trim()
    expect(closeoutNo).toMatch(/^XH\d{4}-\d+$/)
    // reported, registered, ordered, reported done, verified, closed: one event each
    await expect(page.locator(testid('timeline-event')).count()).resolves.toBe(6)

    // the change history names each step and field in words
    await page.click(testid('hazard-history'))
    const entries = page.locator(testid('history-entry'))
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(6)
    const history = (await entries.allTextContents()).join('\n')
    for (const words of ['处理步骤', '销号', '验收', '责任单位', '白云寺村', '销号编号', closeoutNo, '照片和附件']) expect(history).toContain(words)
    for (const code of ['responsibleUnitId', 'closeoutNo', 'step', 'attachments']) expect(history).not.toContain(code)
    await page.keyboard.press('Escape')
    await page.locator(testid('history-drawer')).waitFor({ state: 'hidden' })
  })

  it('the close-out ledger the emergency office downloads lists the hazard', async () => {
    const page = browser!.page
    await page.click(testid('nav-closeouts'))
    await expect.poll(() => page.locator(testid('closeout-serial')).allTextContents(), { timeout: 15_000 }).toContain(serial)
    // who closed it out, by name rather than login
    const admin = (await (await api('/api/v1/me', await passwordGrantToken('admin', 'demo'))).json()) as { displayName: string; unit: { id: number } }
    const adminUnitId = admin.unit.id
    const row = page.locator(`${testid('closeout-table')} tr`, { hasText: serial }).first()
    await expect(row.locator(testid('closeout-closed-by')).textContent()).resolves.toBe(admin.displayName)
    // closed by the emergency office: in its own close-out ledger
    await expect(row.locator(testid('closeout-closing-unit')).textContent()).resolves.toBe('应急办')
    await page.fill(testid('closeout-search'), serial)
    await page.click(testid('closeout-filter-closing-unit'))
    await page.locator(`.el-select-dropdown:visible ${testid(`unit-option-${adminUnitId}`)}`).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('closingUnitId')).toBe(String(adminUnitId))
    await expect.poll(() => page.locator(testid('closeout-serial')).allTextContents(), { timeout: 15_000 }).toEqual([serial])

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
