// Issue 8's walk, as the office with enforcement powers does it: a plan item → an inspection by
// checklist on a phone that creates a hazard → a case through the whole chain, downloading the
// penalty decision → the campaign page and the monitors show the new figures.
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { creditCheckChar } from '../src/views/units/unitCode'
import { api, tokenOf } from './seed'
import { launch, screenshotOnFailure, signIn, testid, type Browser } from './support'

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const stamp = Date.now().toString(36)
const partyName = `E2E 五金制品厂 ${stamp}`
const campaignTitle = `E2E 工贸企业专项整治 ${stamp}`
const FINE = '10600'
/** A unified social credit code (GB 32100) of its own for the new enterprise, with its check character. */
const first17 = `91330100${String(Date.now()).slice(-9)}`
const creditCode = first17 + creditCheckChar(first17)
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const post = <T>(path: string, token: string, body: unknown) => api<T>(path, token, { method: 'POST', body: JSON.stringify(body) })

interface Figures {
  personsDispatched: number
  inspections: number
  hazardsFound: number
  violationsPenalised: number
  finesYuan: string
  finesWan: string
}

let today = ''
let officeId = 0
let partyId = 0
let campaignId = 0
let planId = 0
let planItemId = 0
let inspectionId = 0
let serial = ''
let caseId = 0

/**
 * A new enterprise (so that this is its first inspection of the year), a campaign of the office's
 * sector it takes part in, and a plan item of this month for it: what the office would have set up.
 */
beforeAll(async () => {
  const admin = await tokenOf('admin')
  const head = await tokenOf('officehead')
  ;({ today } = await api<{ today: string }>('/api/v1/settings', admin))
  officeId = (await api<{ unit: { id: number } }>('/api/v1/me', head)).unit.id
  partyId = (await post<{ id: number }>('/api/v1/units', admin, { kind: 'ENTERPRISE', code: creditCode, name: partyName, sectors: ['INDUSTRY_TRADE'] })).id
  campaignId = (
    await post<{ id: number }>('/api/v1/campaigns', admin, {
      title: campaignTitle,
      sectorCode: 'INDUSTRY_TRADE',
      startsOn: today,
      endsOn: addDays(today, 60),
      leadingUnitId: officeId,
      participatingUnitIds: [partyId],
      goal: '排查工贸企业粉尘、有限空间和用电隐患，依法查处违法行为。',
    })
  ).id
  const checklists = await api<{ items: { id: number }[] }>('/api/v1/checklists?active=true&sector=INDUSTRY_TRADE&size=1', head)
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const item = {
    targetUnitId: partyId,
    plannedMonth: today.slice(0, 7),
    checklistId: checklists.items[0]!.id,
    inspectors: ['王执法', '李执法'],
    note: 'E2E 月度计划检查',
  }
  const plans = await api<{ items: { id: number }[] }>(`/api/v1/inspection-plans?unitId=${officeId}&year=${year}&kind=MONTHLY&month=${month}`, head)
  if (plans.items[0]) {
    planId = plans.items[0].id
    await post(`/api/v1/inspection-plans/${planId}/items`, head, item)
  } else {
    planId = (await post<{ id: number }>('/api/v1/inspection-plans', head, { unitId: officeId, year, kind: 'MONTHLY', month, title: `${month}月检查计划`, items: [item] })).id
  }
  const plan = await api<{ items: { id: number; targetUnitId: number }[] }>(`/api/v1/inspection-plans/${planId}`, head)
  planItemId = plan.items.find((i) => i.targetUnitId === partyId)!.id
})

let browser: Browser | undefined
async function as(username: string, path: string, device = {}): Promise<Page> {
  await browser?.close()
  browser = await launch(device)
  screenshotOnFailure(browser.page, `enforcement-${username}`)
  await signIn(browser.page, username, 'demo', path)
  return browser.page
}
afterAll(async () => {
  await browser?.close()
})

async function pickDate(page: Page, id: string, value: string) {
  const input = page.locator(`input${testid(id)}, ${testid(id)} input`).first()
  await input.fill(value)
  await input.press('Enter')
}

/** Clicks an allowed step of the case, fills its dialog, and waits for the state it leads to. */
async function step(page: Page, action: string, fill: () => Promise<void>, state: string) {
  await page.click(testid(`case-step-${action}`))
  // the dialog's form (Element Plus puts the dialog's own attributes on its overlay)
  const dialog = page.locator(testid('case-form'))
  await dialog.waitFor({ state: 'visible' })
  await fill()
  await page.click(testid('case-form-submit'))
  await dialog.waitFor({ state: 'hidden' })
  await expect.poll(() => page.textContent(testid('case-state'))).toContain(state)
}

/** The text of a .docx's body. */
function docxText(bytes: Buffer): string {
  const files = unzipSync(new Uint8Array(bytes), { filter: (f) => f.name === 'word/document.xml' })
  const xml = strFromU8(files['word/document.xml']!)
  return xml.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '')
}

async function monitors(): Promise<{ firstInspectionUnpunished: { inspectionId: number; caseId: number | null }[] }> {
  return api(`/api/v1/enforcement/monitors?year=${today.slice(0, 4)}`, await tokenOf('admin'))
}

describe('a planned inspection on a phone, a hazard from it, a case through its chain, and the figures that follow', () => {
  it('the office head inspects the planned unit by checklist on a phone and registers a hazard from a failed item', async () => {
    const page = await as('officehead', `/inspection-plans/${planId}`, PHONE)
    await page.click(testid(`plan-item-${planItemId}-inspect`))
    await page.waitForSelector(testid('inspection-new-plan'))
    // the plan item brings the unit, the checklist and the inspectors; the campaign is chosen here
    await expect.poll(() => page.locator(testid('inspection-form-inspector-count')).textContent()).toContain('2')
    await page.click(testid('inspection-form-campaign'))
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: campaignTitle }).click()
    await page.fill(testid('inspection-form-place'), '一号车间')
    await page.fill(testid('inspection-form-on-site-person'), '赵厂长')
    await page.click(testid('inspection-form-submit'))
    await page.waitForSelector(testid('inspection-serial'))
    inspectionId = Number(new URL(page.url()).pathname.split('/').pop())
    serial = (await page.textContent(testid('inspection-serial')))!.trim()
    expect(serial).toMatch(/^JC\d{4}-\d{4}$/)

    // item by item: the first violation item fails, every other passes
    const detail = await api<{ results: { itemNo: number; violation: boolean }[] }>(`/api/v1/inspections/${inspectionId}`, await tokenOf('officehead'))
    const failed = detail.results.find((r) => r.violation)!.itemNo
    for (const result of detail.results) {
      const outcome = result.itemNo === failed ? 'fail' : 'pass'
      const saved = page.waitForResponse((r) => r.url().includes(`/results/${result.itemNo}`) && r.request().method() === 'PUT')
      await page.click(testid(`inspection-item-${result.itemNo}-${outcome}`))
      expect((await saved).status()).toBe(200)
      if (result.itemNo === failed) {
        await page.click(testid(`inspection-item-${failed}-hazard`))
        const dialog = page.locator(testid('inspection-hazard-dialog'))
        await dialog.waitFor({ state: 'visible' })
        await page.click(testid('inspection-hazard-grade-GENERAL'))
        await page.click(testid('inspection-hazard-cause-THINGS'))
        await page.fill(testid('inspection-hazard-responsible-person'), '赵厂长')
        await page.fill(testid('inspection-hazard-measures'), '立即停用并维修，恢复防护装置')
        await pickDate(page, 'inspection-hazard-deadline', addDays(today, 15))
        await page.fill(testid('inspection-hazard-contingency'), '停用设备，设置警示标志')
        await page.click(testid('inspection-hazard-submit'))
        await dialog.waitFor({ state: 'hidden' })
        await page.waitForSelector(testid(`inspection-item-${failed}-hazard-link`))
      }
      if (result !== detail.results[detail.results.length - 1]) await page.click(testid('inspection-next'))
    }
    await page.fill(testid('inspection-conclusion'), '存在违法行为一项，已登记隐患，建议立案查处。')
    await page.click(testid('inspection-finish'))
    await expect.poll(() => page.textContent(testid('inspection-state'))).toContain('已完成')

    // the hazard entered the five-step loop, registered by the office, and links back
    const after = await api<{ results: { itemNo: number; hazardId: number | null }[] }>(`/api/v1/inspections/${inspectionId}`, await tokenOf('officehead'))
    const hazardIds = after.results.map((r) => r.hazardId).filter((id) => id !== null)
    expect(hazardIds).toHaveLength(1)
    const hazard = await api<{ summary: { state: string; unitId: number }; inspectionId: number | null }>(`/api/v1/hazards/${hazardIds[0]}`, await tokenOf('officehead'))
    expect(hazard.inspectionId).toBe(inspectionId)
    expect(hazard.summary.state).toBe('REGISTERED')

    // the first inspection of the year with an unpunished violation: the monitor lists it
    expect((await monitors()).firstInspectionUnpunished.map((v) => v.inspectionId)).toContain(inspectionId)
  })

  it('a case opened from the inspection goes through the whole chain, and the penalty decision downloads and opens', async () => {
    const page = browser!.page
    screenshotOnFailure(page, 'enforcement-case')
    await page.click(testid('inspection-open-case'))
    await page.waitForSelector(testid('case-open-page'))
    await expect.poll(() => page.inputValue(testid('case-open-facts'))).not.toBe('')
    await page.click(testid('case-open-submit'))
    await page.waitForSelector(testid('case-page'))
    caseId = Number(new URL(page.url()).pathname.split('/').pop())
    await expect.poll(() => page.textContent(testid('case-party'))).toContain(partyName)

    // only the allowed next step is offered: no penalty before an order
    expect(await page.locator(testid('case-step-DECIDE_PENALTY')).count()).toBe(0)
    await step(page, 'ORDER', async () => {
      await page.fill(testid('case-form-content'), '责令你单位于期限内恢复设备防护装置并组织全员安全培训。')
      await pickDate(page, 'case-form-deadline', addDays(today, 10))
    }, '已责令限期整改')
    await step(page, 'REINSPECT', async () => {
      await pickDate(page, 'case-form-reinspectedOn', today)
      await page.click(testid('case-form-corrected-no'))
      await page.fill(testid('case-form-finding'), '防护装置仍未恢复。')
    }, '已复查')
    await step(page, 'NOTIFY_PENALTY', async () => {
      await page.fill(testid('case-form-penaltyBasis'), '《中华人民共和国安全生产法》第九十九条')
      await page.fill(`${testid('case-form-fineAmount')} input, input${testid('case-form-fineAmount')}`, FINE)
      await expect.poll(() => page.textContent(testid('case-form-fine-words'))).toContain('壹万零陆佰元整')
    }, '已告知拟处罚')
    await step(page, 'DECIDE_PENALTY', async () => {
      await page.fill(`${testid('case-form-fineAmount')} input, input${testid('case-form-fineAmount')}`, FINE)
      await pickDate(page, 'case-form-decidedOn', today)
    }, '已作出处罚决定')

    const number = (await page.textContent(testid('case-doc-number-PENALTY_DECISION')))!.trim()
    expect(number).toMatch(/罚决〔\d{4}〕\d+号$/)
    const downloading = page.waitForEvent('download')
    await page.click(testid('case-doc-PENALTY_DECISION'))
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const text = docxText(readFileSync((await download.path())!))
    expect(text).toContain('行政处罚决定书')
    expect(text).toContain(number)
    expect(text).toContain(partyName)
    expect(text).toContain('壹万零陆佰元整')

    await step(page, 'RECORD_PAYMENT', async () => {
      await pickDate(page, 'case-form-paidOn', today)
      await page.fill(testid('case-form-receiptNo'), `E2E-${stamp}`)
    }, '罚款已缴纳')
    await step(page, 'CLOSE', async () => {}, '已结案')
    expect(await page.locator(`${testid('case-actions')} button`).count()).toBe(0)
    // the whole chain is on record: five documents, each numbered once
    const closed = await api<{ state: string; allowedActions: string[]; documents: { kind: string; number: string }[] }>(
      `/api/v1/enforcement-cases/${caseId}`,
      await tokenOf('admin'),
    )
    expect(closed.state).toBe('CLOSED')
    expect(closed.allowedActions).toEqual([])
    expect(closed.documents.map((d) => d.kind).sort()).toEqual(
      ['ON_SITE_RECORD', 'PENALTY_DECISION', 'PENALTY_NOTICE', 'RECTIFICATION_ORDER', 'REINSPECTION_OPINION'].sort(),
    )
  })

  it('the campaign page and the monitors show the new figures', async () => {
    const figures = (await api<{ figures: Figures }>(`/api/v1/campaigns/${campaignId}`, await tokenOf('admin'))).figures
    expect(figures).toMatchObject({ personsDispatched: 2, inspections: 1, hazardsFound: 1, violationsPenalised: 1, finesWan: '1.06万元' })

    const page = await as('admin', `/campaigns/${campaignId}`)
    await expect.poll(() => page.textContent(testid('campaign-figure-personsDispatched'))).toContain('2')
    await expect.poll(() => page.textContent(testid('campaign-figure-violationsPenalised'))).toContain('1')
    await expect.poll(() => page.textContent(testid('campaign-figure-fines'))).toContain('1.06万元')
    expect(await page.locator(testid('campaign-no-records')).count()).toBe(0)
    await expect.poll(() => page.locator(testid('campaign-inspection-row')).allTextContents()).toEqual([expect.stringContaining(serial)])

    // punished now: the first-inspection monitor no longer lists it, on the page or in the API
    expect((await monitors()).firstInspectionUnpunished.map((v) => v.inspectionId)).not.toContain(inspectionId)
    await page.goto(page.url().replace(/\/campaigns\/\d+$/, '/enforcement/monitors'))
    await page.waitForSelector(testid('monitors-page'))
    await page.waitForSelector(testid('monitor-firstInspectionUnpunished'))
    await expect.poll(() => page.locator(testid('monitor-firstInspectionUnpunished')).textContent()).not.toContain(serial)
    // and the enforcement ledger lists the case with its fine
    await page.goto(page.url().replace('/enforcement/monitors', `/enforcement-cases?partyUnitId=${partyId}`))
    await page.waitForSelector(testid('cases-page'))
    await expect.poll(() => page.textContent(testid('cases-page'))).toContain(partyName)
    await expect.poll(() => page.textContent(testid('cases-total-fines'))).toContain('1.06')
  })
})
