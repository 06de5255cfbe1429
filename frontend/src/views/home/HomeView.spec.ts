import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { MyTasks, OwnLedgerTask, UnitKind } from '@/api/types'
import { createAppRouter } from '@/router'
import { settings } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HomeView from './HomeView.vue'

const server = useFakeApi()

const village = { id: 3, name: '白云寺村', kind: 'VILLAGE' as UnitKind }
const office = { id: 4, name: '经发办', kind: 'OFFICE' as UnitKind }

function ownLedger(overrides: Partial<OwnLedgerTask> = {}): OwnLedgerTask {
  return { unitId: 3, unitName: '白云寺村', period: '2026-11', state: 'DRAFT', dueOn: '2026-12-05', overdue: false, returnedReason: null, ...overrides }
}

/** What GET /api/v1/me/tasks answers for each role, as the server builds it. */
const TASKS: Record<string, MyTasks> = {
  'village-officer': {
    hazards: [
      { key: 'TO_RECTIFY', count: 2, filter: { status: 'RECTIFYING', responsibleUnitId: 3 } },
      { key: 'OVERDUE', count: 0, filter: { responsibleUnitId: 3, overdue: true } },
    ],
    ledger: ownLedger(),
    ledgersToReview: null,
    ledgersMissing: null,
  },
  'office-head': {
    hazards: [
      { key: 'TO_REGISTER', count: 3, filter: { status: 'FOUND' } },
      { key: 'TO_ORDER', count: 0, filter: { status: 'REGISTERED' } },
      { key: 'TO_RECTIFY', count: 1, filter: { status: 'RECTIFYING', responsibleUnitId: 4 } },
      { key: 'TO_VERIFY', count: 2, filter: { status: 'AWAITING_VERIFICATION' } },
      { key: 'TO_CLOSE', count: 0, filter: { status: 'VERIFIED' } },
      { key: 'OVERDUE', count: 4, filter: { overdue: true } },
    ],
    ledger: ownLedger({ unitId: 4, unitName: '经发办' }),
    ledgersToReview: null,
    ledgersMissing: null,
  },
  'town-admin': {
    hazards: [
      { key: 'TO_REGISTER', count: 0, filter: { status: 'FOUND' } },
      { key: 'TO_ORDER', count: 0, filter: { status: 'REGISTERED' } },
      { key: 'TO_RECTIFY', count: 5, filter: { status: 'RECTIFYING' } },
      { key: 'TO_VERIFY', count: 1, filter: { status: 'AWAITING_VERIFICATION' } },
      { key: 'TO_CLOSE', count: 2, filter: { status: 'VERIFIED' } },
      { key: 'OVERDUE', count: 0, filter: { overdue: true } },
      { key: 'AWAITS_DISTRICT_REPORT', count: 1, filter: { awaitsDistrictReport: true } },
    ],
    ledger: null,
    ledgersToReview: 6,
    ledgersMissing: 3,
  },
  leader: {
    hazards: [{ key: 'OVERDUE', count: 7, filter: { overdue: true } }],
    ledger: null,
    ledgersToReview: null,
    ledgersMissing: 0,
  },
}

async function render(role: string, unit: { id: number; name: string; kind: UnitKind } = village, position = '村安全员', tasks: MyTasks | null = TASKS[role]!) {
  server.on('GET', '/api/v1/me/tasks', () => tasks ?? problem(500, '系统内部错误'))
  server.on('GET', '/api/v1/enforcement/monitors', () => problem(404, '未找到')) // the monitors card: its own spec
  const { plugins } = signedIn(me({ roles: [role], unit, person: { id: 7, name: '赵大山', position } }), settings({ today: '2026-11-28', ledgerDueDay: 5 }))
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(HomeView, { global: { plugins: [...plugins, router] } })
  await flush()
  await flush()
  return { wrapper, router }
}

type Wrapper = Awaited<ReturnType<typeof render>>['wrapper']
const buttons = (wrapper: Wrapper) => wrapper.findAll('[data-testid="home-hints"] button').map((b) => b.text())
/** Each count as [label, number, tone], in the order shown. */
const counts = (wrapper: Wrapper) =>
  wrapper.findAll('[data-testid="home-counts"] .count').map((tile) => [
    tile.find('.count-label').text(),
    Number(tile.find('.count-value').text()),
    ['calm', 'primary', 'warning', 'danger'].find((tone) => tile.classes().includes(tone)),
  ])
const link = (wrapper: Wrapper, key: string) => wrapper.find(`[data-testid="home-count-${key}"]`).attributes('href')

describe('the home page shows each role what needs them today', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('tells a village officer what to rectify and where the village\'s ledger stands, in plain words', async () => {
    const { wrapper } = await render('village-officer')
    const text = wrapper.text()
    expect(text).toContain('白云寺村 · 东溪镇 · 村安全员')
    expect(counts(wrapper)).toEqual([
      ['待整改', 2, 'primary'],
      // nothing overdue is calm, not an alarm
      ['已逾期', 0, 'calm'],
    ])
    expect(wrapper.find('[data-testid="home-count-TO_RECTIFY"]').text()).toContain('交给白云寺村整改、还没做完的')
    const ledger = wrapper.find('[data-testid="home-ledger"]').text()
    expect(ledger).toContain('白云寺村2026年11月的台账')
    expect(ledger).toContain('未报送')
    expect(ledger).toContain('请在 2026年12月5日 前报送，还有 7 天。')
    expect(ledger).toContain('每月 5 日前报送上个月的隐患台账；当月没有隐患，也要报一份“零报告”。')
    expect(wrapper.find('[data-testid="home-ledger-open"]').text()).toBe('去报送')
    expect(text).toContain('用手机拍照')
    expect(buttons(wrapper)).toEqual(['上报隐患', '本村（居）隐患'])
    // no directory links, no stock phrases
    expect(text).not.toContain('查看单位')
    expect(text).not.toContain('查看人员')
    expect(text).not.toContain('您可以在这里')
  })

  it('links each count to the hazard list with exactly the filter the server counted', async () => {
    const { wrapper, router } = await render('village-officer')
    expect(link(wrapper, 'TO_RECTIFY')).toBe('/hazards?status=RECTIFYING&responsibleUnitId=3')
    expect(link(wrapper, 'OVERDUE')).toBe('/hazards?responsibleUnitId=3&overdue=true')
    await wrapper.find('[data-testid="home-count-TO_RECTIFY"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('hazards'), { timeout: 10_000 })
    expect(router.currentRoute.value.query).toEqual({ status: 'RECTIFYING', responsibleUnitId: '3' })
  })

  it('opens the own ledger of that month; a returned one says why and asks for a correction', async () => {
    const returned = { ...TASKS['village-officer']!, ledger: ownLedger({ period: '2026-10', state: 'RETURNED', dueOn: '2026-11-05', returnedReason: '缺少整改照片' }) }
    const { wrapper, router } = await render('village-officer', village, '村安全员', returned)
    const card = wrapper.find('[data-testid="home-ledger"]')
    expect(card.text()).toContain('白云寺村2026年10月的台账')
    expect(card.text()).toContain('镇应急办退回了这份台账，请按退回原因修改后重新报送。')
    expect(wrapper.find('[data-testid="home-ledger-reason"]').text()).toBe('退回原因：缺少整改照片')
    expect(card.classes()).toContain('warning')
    await wrapper.find('[data-testid="home-ledger-open"]').trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ledger'), { timeout: 10_000 })
    expect(router.currentRoute.value.fullPath).toBe('/ledger?period=2026-10')
  })

  it('says in red how long an own ledger is overdue, and calmly when it is done', async () => {
    const late = { ...TASKS['village-officer']!, ledger: ownLedger({ period: '2026-10', dueOn: '2026-11-05', overdue: true }) }
    let { wrapper } = await render('village-officer', village, '村安全员', late)
    expect(wrapper.find('[data-testid="home-ledger-line"]').text()).toBe('已超过报送期限（2026年11月5日）23 天，请尽快报送。')
    expect(wrapper.find('[data-testid="home-ledger"]').classes()).toContain('danger')

    const done = { ...TASKS['village-officer']!, ledger: ownLedger({ state: 'SUBMITTED' }) }
    ;({ wrapper } = await render('village-officer', village, '村安全员', done))
    expect(wrapper.find('[data-testid="home-ledger-line"]').text()).toBe('已报送，等待镇应急办验收。')
    expect(wrapper.find('[data-testid="home-ledger-open"]').text()).toBe('查看台账')
  })

  it('takes the officer straight to reporting', async () => {
    const { wrapper, router } = await render('village-officer')
    await wrapper.find('[data-testid="home-report"]').trigger('click')
    // the route loads the report page's code first
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('hazard-new'), { timeout: 10_000 })
  })

  it('gives an office head the hazards to register, order, rectify, verify and close, and the office\'s own close-out ledger', async () => {
    const { wrapper } = await render('office-head', office, '经发办主任')
    expect(counts(wrapper)).toEqual([
      ['待登记', 3, 'primary'],
      ['待下达整改指令', 0, 'calm'],
      ['待整改', 1, 'primary'],
      ['待验收', 2, 'primary'],
      ['待销号', 0, 'calm'],
      ['已逾期', 4, 'danger'],
    ])
    expect(link(wrapper, 'TO_VERIFY')).toBe('/hazards?status=AWAITING_VERIFICATION')
    expect(wrapper.find('[data-testid="home-count-TO_RECTIFY"]').text()).toContain('交给经发办整改')
    expect(wrapper.find('[data-testid="home-count-TO_REGISTER"]').text()).toContain('新上报的，要定等级、落实责任')
    expect(wrapper.find('[data-testid="home-ledger"]').text()).toContain('经发办2026年11月的台账')
    expect(wrapper.text()).toContain('本办公室监管的隐患验收通过后，由您销号，记入本办公室的销号台账。')
    expect(buttons(wrapper)).toEqual(['上报隐患', '销号台账'])
  })

  it('gives the emergency office the town\'s hazards, the ledgers to review and the units missing one', async () => {
    const { wrapper } = await render('town-admin', { id: 1, name: '应急办', kind: 'OFFICE' }, '应急办主任')
    expect(counts(wrapper)).toEqual([
      ['待登记', 0, 'calm'],
      ['待下达整改指令', 0, 'calm'],
      ['待整改', 5, 'primary'],
      ['待验收', 1, 'primary'],
      ['待销号', 2, 'primary'],
      ['已逾期', 0, 'calm'],
      ['重大隐患待上报区应急局', 1, 'warning'],
      ['待验收的台账', 6, 'primary'],
      ['未报送台账的单位', 3, 'danger'],
    ])
    expect(wrapper.find('[data-testid="home-count-TO_RECTIFY"]').text()).toContain('正在整改、还没报告完成的')
    expect(link(wrapper, 'AWAITS_DISTRICT_REPORT')).toBe('/hazards?awaitsDistrictReport=true')
    expect(link(wrapper, 'ledgersToReview')).toBe('/ledger-board')
    expect(link(wrapper, 'ledgersMissing')).toBe('/ledger-board')
    // on the 28th, October's ledgers are the latest past due
    expect(wrapper.find('[data-testid="home-count-ledgersMissing"]').text()).toContain('2026年10月的台账过了期限还没报送')
    expect(wrapper.find('[data-testid="home-ledger"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('镇应急办可以为任何验收通过的隐患销号')
    expect(buttons(wrapper)).toEqual(['销号台账', '单位管理', '人员和账号'])
  })

  it('shows a leader what to keep an eye on, and what to read', async () => {
    const { wrapper } = await render('leader', { id: 2, name: '党政办公室', kind: 'OFFICE' }, '副镇长')
    expect(wrapper.find('[data-testid="home-today"]').text()).toContain('需要关注')
    expect(counts(wrapper)).toEqual([
      ['已逾期', 7, 'danger'],
      ['未报送台账的单位', 0, 'calm'],
    ])
    expect(buttons(wrapper)).toEqual(['全镇隐患', '台账报送看板', '销号台账'])
    expect(wrapper.text()).not.toContain('上报隐患')
  })

  it('says so when the day\'s tasks cannot be read, and offers to try again', async () => {
    const { wrapper } = await render('village-officer', village, '村安全员', null)
    expect(wrapper.find('[data-testid="home-today-failed"]').text()).toContain('没有读取到待办事项。')
    server.on('GET', '/api/v1/me/tasks', () => TASKS['village-officer']!)
    await wrapper.find('[data-testid="home-today-failed"] button').trigger('click')
    await flush()
    await flush()
    expect(counts(wrapper)).toHaveLength(2)
    // the role's work is there either way
    expect(buttons(wrapper)).toContain('上报隐患')
  })

  it('asks nothing for a machine account', async () => {
    const { wrapper } = await render('integration')
    expect(server.calls('GET', '/api/v1/me/tasks')).toHaveLength(0)
    expect(wrapper.text()).toContain('此账号用于系统对接')
  })
})
