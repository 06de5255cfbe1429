import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import { ApiError } from '@/api/problem'
import { FileTooLargeError } from '@/api/fileSize'
import type { MonthlyLedger, Settings } from '@/api/types'
import { createAppRouter } from '@/router'
import { ledger, settings } from '@/test/fixtures'
import { flush, me, signedIn } from '@/test/helpers'
import LedgerView from './LedgerView.vue'

const get = vi.fn<(unitId: number, period: string) => Promise<MonthlyLedger>>()
const submit = vi.fn()
const importSheet = vi.fn()
vi.mock('@/composables/useLedgers', () => ({
  useLedgers: () => ({ get, submit, importSheet, exportSheet: vi.fn(), template: vi.fn(), returnLedger: vi.fn(), accept: vi.fn() }),
}))
vi.mock('@/composables/useUnits', () => ({ useUnits: () => ({ list: vi.fn(async () => ({ items: [], page: 1, size: 20, total: 0 })) }) }))

const line = {
  lineNo: 1,
  hazardId: 42,
  hazardSerial: 'YH2026-0042',
  unitName: '白云寺村',
  state: 'RECTIFYING' as const,
  foundOn: '2026-11-20',
  place: '村委会仓库',
  description: '液化气钢瓶与杂物混放',
  causeCategory: 'THINGS' as const,
  grade: 'GENERAL' as const,
  measures: '钢瓶移出',
  responsiblePerson: '张村长',
  deadline: '2026-12-10',
  funds: 1234,
  completedOn: null,
  reviewer: null,
  reviewedOn: null,
  closedOn: null,
  remarks: null,
}

async function render(path = '/ledger', roles = ['village-officer'], rules: Partial<Settings> = {}) {
  const { plugins } = signedIn(me({ roles }), settings(rules))
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  const wrapper = mount(LedgerView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return { wrapper, router }
}

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)

describe('the monthly ledger page', () => {
  let wrapper: VueWrapper | undefined
  beforeEach(() => {
    get.mockReset()
    submit.mockReset()
    importSheet.mockReset()
  })
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('opens on last month while it is not yet due, by the town\'s date', async () => {
    get.mockImplementation(async (_unit, period) => ledger({ period, dueOn: '2026-12-05' }))
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-03' }))
    expect(get.mock.calls).toEqual([[3, '2026-11']])
    expect($('ledger-due')!.textContent).toContain('2026年11月的台账请在 2026年12月5日 前报送（还有 2 天）')
    expect($('ledger-page')!.textContent).toContain('每月的台账须在次月 5 日前')
  })

  it('opens on this month once last month\'s due day has passed, reading only that month', async () => {
    get.mockImplementation(async (_unit, period) => ledger({ period, dueOn: '2026-12-05' }))
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-11-28' }))
    expect(get.mock.calls).toEqual([[3, '2026-11']])
  })

  it('takes the due day from the server\'s settings', async () => {
    get.mockImplementation(async (_unit, period) => ledger({ period, dueOn: '2026-12-10' }))
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-08', ledgerDueDay: 10 }))
    expect(get.mock.calls).toEqual([[3, '2026-11']])
    wrapper.unmount()
    get.mockClear()
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-11', ledgerDueDay: 10 }))
    expect(get.mock.calls).toEqual([[3, '2026-12']])
  })

  it('goes by the town\'s day, not the browser\'s: the 6th in the town is still the 5th in UTC', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T17:00:00Z'))
    get.mockImplementation(async (_unit, period) => ledger({ period, dueOn: '2027-01-05' }))
    ;({ wrapper } = await render('/ledger', ['village-officer'], { timeZone: 'Asia/Shanghai', today: '2026-12-06' }))
    expect(get.mock.calls).toEqual([[3, '2026-12']])
    expect($('ledger-due')!.textContent).toContain('还有 30 天')
  })

  it('opens the month a notification names, as the user\'s own ledger', async () => {
    get.mockResolvedValue(ledger({ unitId: 3, period: '2026-10', state: 'RETURNED', returnedReason: '缺少整改照片' }))
    ;({ wrapper } = await render('/ledger/3/2026-10'))
    expect(get.mock.calls).toEqual([[3, '2026-10']])
    expect($('ledger-page')!.querySelector('h1')!.textContent).toBe('我的台账')
    expect($('ledger-returned-reason')!.textContent).toContain('缺少整改照片')
  })

  it('shows the lines in the paper ledger\'s columns, money in yuan', async () => {
    get.mockResolvedValue(ledger({ lines: [line] }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    const table = $('ledger-lines')!.textContent!
    for (const column of ['序号', '单位', '发现日期', '隐患部位', '隐患描述', '隐患类别', '隐患等级', '整改措施', '责任人', '整改期限', '整改资金', '完成日期', '复查人', '复查日期', '销号日期', '备注']) {
      expect(table).toContain(column)
    }
    expect(table).toContain('液化气钢瓶与杂物混放')
    expect(table).toContain('¥1,234.00')
    expect(table).toContain('2026年11月20日')
  })

  it('asks for an explicit nil return when there is nothing to report', async () => {
    get.mockResolvedValue(ledger())
    submit.mockResolvedValue(ledger({ state: 'SUBMITTED', nilReturn: true, allowedActions: [] }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    $('ledger-submit')!.click()
    await flush()
    expect($('ledger-nil-return')).not.toBeNull()
    $('ledger-submit-confirm')!.click()
    await flush()
    // Element Plus shows a field's message 100 ms after it is set
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(submit).not.toHaveBeenCalled()
    expect($('ledger-submit-dialog')!.textContent).toContain('请勾选“本月无隐患（零报告）”')

    ;($('ledger-nil-return')!.querySelector('input') as HTMLInputElement).click()
    await flush()
    $('ledger-submit-confirm')!.click()
    await flush()
    expect(submit).toHaveBeenCalledWith(8, '2026-11', { version: 0, nilReturn: true, note: null })
  })

  it('lists every row error of a refused Excel upload', async () => {
    get.mockResolvedValue(ledger())
    importSheet.mockRejectedValue(
      new ApiError(400, {
        status: 400,
        title: '提交的内容有误',
        detail: '共有 2 处错误，未导入任何内容。',
        errors: [
          { field: 'rows[3].隐患描述', message: '第 3 行「隐患描述」：必填' },
          { field: 'rows[5].隐患等级', message: '第 5 行「隐患等级」：“很大”不是隐患等级，只能填：一般、重大' },
        ],
      }),
    )
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    const input = $('ledger-file') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'ledger.xlsx')], configurable: true })
    input.dispatchEvent(new Event('change'))
    await flush()
    const errors = $('ledger-import-errors')!.textContent!
    expect(errors).toContain('共有 2 处错误')
    expect(errors).toContain('第 3 行「隐患描述」：必填')
    expect(errors).toContain('只能填：一般、重大')
    expect(document.body.querySelectorAll('[data-testid="ledger-import-error"]')).toHaveLength(2)
  })

  it('gives the emergency office return and accept only where the server allows them', async () => {
    get.mockResolvedValue(ledger({ state: 'SUBMITTED', late: true, submittedAt: '2026-12-06T02:00:00Z', allowedActions: ['RETURN', 'ACCEPT'] }))
    ;({ wrapper } = await render('/ledger/8/2026-11', ['town-admin']))
    expect(get).toHaveBeenCalledWith(8, '2026-11')
    expect($('ledger-return')).not.toBeNull()
    expect($('ledger-accept')).not.toBeNull()
    expect($('ledger-submit')).toBeNull()
    expect($('ledger-import')).toBeNull()
    expect($('ledger-due')!.textContent).toContain('迟报')
  })

  it('says how large a workbook may be, and when one is too large to send', async () => {
    get.mockResolvedValue(ledger())
    importSheet.mockRejectedValue(new FileTooLargeError('excel', 5 * 1024 * 1024, 'Excel 文件超过 5 MB，请删去多余的内容后再上传'))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    expect($('ledger-import-limits')!.textContent).toContain('文件不超过 5 MB，最多 2000 行')
    const input = $('ledger-file') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'ledger.xlsx')], configurable: true })
    input.dispatchEvent(new Event('change'))
    await flush()
    expect($('ledger-import-errors')!.textContent).toContain('Excel 文件超过 5 MB，请删去多余的内容后再上传')
  })
})
