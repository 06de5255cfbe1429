import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Settings } from '@/api/types'
import { createAppRouter } from '@/router'
import { ledger, ledgerLine, settings, unit } from '@/test/fixtures'
import { problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import LedgerView from './LedgerView.vue'

const server = useFakeApi()

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
const $$ = (testid: string) => Array.from(document.body.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`))
/** The months the page asked for, as [unit, period]. */
const asked = () => server.calls('GET', '/api/v1/units/{unitId}/ledgers/{period}').map((r) => [Number(r.params.unitId), r.params.period])
/** Answers every month with a ledger of that month. */
const answerEveryMonth = (dueOn: string) =>
  server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', ({ params }) => ledger({ unitId: Number(params.unitId), period: params.period, dueOn }))

async function chooseFile() {
  const input = $('ledger-file') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [new File(['x'], 'ledger.xlsx')], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flush()
  await flush()
}

describe('the monthly ledger page', () => {
  let wrapper: VueWrapper | undefined
  // no Excel imported into the month, unless a test says otherwise
  beforeEach(() => server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}/imports', () => []))
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
    vi.useRealTimers()
  })

  it('opens on last month while it is not yet due, by the town\'s date', async () => {
    answerEveryMonth('2026-12-05')
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-03' }))
    expect(asked()).toEqual([[3, '2026-11']])
    expect($('ledger-due')!.textContent).toContain('2026年11月的台账请在 2026年12月5日 前报送（还有 2 天）')
    expect($('ledger-page')!.textContent).toContain('每月的台账须在次月 5 日前')
  })

  it('opens on this month once last month\'s due day has passed, reading only that month', async () => {
    answerEveryMonth('2026-12-05')
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-11-28' }))
    expect(asked()).toEqual([[3, '2026-11']])
  })

  it('takes the due day from the server\'s settings', async () => {
    answerEveryMonth('2026-12-10')
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-08', ledgerDueDay: 10 }))
    expect(asked()).toEqual([[3, '2026-11']])
    wrapper.unmount()
    ;({ wrapper } = await render('/ledger', ['village-officer'], { today: '2026-12-11', ledgerDueDay: 10 }))
    expect(asked()).toEqual([
      [3, '2026-11'],
      [3, '2026-12'],
    ])
  })

  it('goes by the town\'s day, not the browser\'s: the 6th in the town is still the 5th in UTC', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-05T17:00:00Z'))
    answerEveryMonth('2027-01-05')
    ;({ wrapper } = await render('/ledger', ['village-officer'], { timeZone: 'Asia/Shanghai', today: '2026-12-06' }))
    expect(asked()).toEqual([[3, '2026-12']])
    expect($('ledger-due')!.textContent).toContain('还有 30 天')
  })

  it('opens the month a notification names, as the user\'s own ledger', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ unitId: 3, period: '2026-10', state: 'RETURNED', returnedReason: '缺少整改照片' }))
    ;({ wrapper } = await render('/ledger/3/2026-10'))
    expect(asked()).toEqual([[3, '2026-10']])
    expect($('ledger-page')!.querySelector('h1')!.textContent).toBe('我的台账')
    expect($('ledger-returned-reason')!.textContent).toContain('缺少整改照片')
  })

  it('shows the lines in the paper ledger\'s columns, money in yuan', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ lines: [ledgerLine()] }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    const table = $('ledger-lines')!.textContent!
    for (const column of ['序号', '单位', '发现日期', '隐患部位', '隐患描述', '隐患类别', '隐患等级', '整改措施', '责任人', '整改期限', '整改资金', '完成日期', '复查人', '复查日期', '销号日期', '备注']) {
      expect(table).toContain(column)
    }
    expect(table).toContain('液化气钢瓶与杂物混放')
    expect(table).toContain('¥1,234.00')
    expect(table).toContain('2026年11月20日')
  })

  it('shows a long ledger a page at a time, and finds a line by its description', async () => {
    const lines = Array.from({ length: 1062 }, (_, i) => ledgerLine({ lineNo: i + 1, hazardId: i + 1, description: `隐患 ${i + 1}` }))
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ lines }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    expect($$('ledger-line-description')).toHaveLength(20)
    expect($('ledger-lines-card')!.textContent).toContain('台账明细（1062 条）')
    expect($('ledger-lines-pager')!.textContent).toContain('1062')
    const search = $('ledger-line-search') as HTMLInputElement
    search.value = '隐患 1061'
    search.dispatchEvent(new Event('input'))
    await flush()
    expect($$('ledger-line-description').map((e) => e.textContent)).toEqual(['隐患 1061'])
  })

  it('on a phone: the submit button first, then the lines as cards, a page at a time', async () => {
    phoneScreen()
    const lines = Array.from({ length: 45 }, (_, i) => ledgerLine({ lineNo: i + 1, hazardId: i + 1, grade: i === 0 ? 'MAJOR' : 'GENERAL' }))
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ lines }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    expect($('ledger-lines')).toBeNull()
    const cards = $$('ledger-line-card')
    expect(cards).toHaveLength(20)
    expect(cards[0]!.textContent).toContain('重大')
    expect(cards[0]!.textContent).toContain('¥1,234.00')
    const buttons = $$('ledger-actions').flatMap((bar) => Array.from(bar.querySelectorAll('button')))
    expect(buttons[0]!.getAttribute('data-testid')).toBe('ledger-submit')
    // the button comes before the lines on the page
    expect($('ledger-submit')!.compareDocumentPosition(cards[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('asks for an explicit nil return when there is nothing to report', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger())
    server.on('POST', '/api/v1/units/{unitId}/ledgers/{period}/submit', ({ body }) => ledger({ state: 'SUBMITTED', nilReturn: body.nilReturn, allowedActions: [] }))
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    $('ledger-submit')!.click()
    await flush()
    expect($('ledger-nil-return')).not.toBeNull()
    $('ledger-submit-confirm')!.click()
    await flush()
    // Element Plus shows a field's message 100 ms after it is set
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(server.calls('POST', '/api/v1/units/{unitId}/ledgers/{period}/submit')).toHaveLength(0)
    expect($('ledger-submit-dialog')!.textContent).toContain('请勾选“本月无隐患（零报告）”')

    ;($('ledger-nil-return')!.querySelector('input') as HTMLInputElement).click()
    await flush()
    $('ledger-submit-confirm')!.click()
    await flush()
    await flush()
    const [sent] = server.calls('POST', '/api/v1/units/{unitId}/ledgers/{period}/submit')
    expect(sent).toMatchObject({ params: { unitId: '8', period: '2026-11' }, body: { version: 0, nilReturn: true, note: null } })
    expect($('ledger-state')!.textContent).toContain('已报送')
  })

  it('shows the latest ledger when someone else changed it first', async () => {
    let version = 0
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ version, lines: [ledgerLine()] }))
    server.on('POST', '/api/v1/units/{unitId}/ledgers/{period}/submit', () => {
      version = 1
      return problem(409, '记录已被修改', { detail: '该记录已被他人修改，请刷新后重试' })
    })
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    $('ledger-submit')!.click()
    await flush()
    $('ledger-submit-confirm')!.click()
    await flush()
    await flush()
    expect($('ledger-submit-dialog')!.textContent).toContain('该记录已被他人修改')
    expect(asked()).toHaveLength(2)
  })

  it('lists every row error of a refused Excel upload', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger())
    server.on('POST', '/api/v1/units/{unitId}/ledgers/{period}/import', () =>
      problem(400, '提交的内容有误', {
        detail: '共有 2 处错误，未导入任何内容。',
        errors: [
          { field: 'rows[3].隐患描述', message: '第 3 行「隐患描述」：必填' },
          { field: 'rows[5].隐患等级', message: '第 5 行「隐患等级」：“很大”不是隐患等级，只能填：一般、重大' },
        ],
      }),
    )
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    await chooseFile()
    const errors = $('ledger-import-errors')!.textContent!
    expect(errors).toContain('共有 2 处错误')
    expect(errors).toContain('第 3 行「隐患描述」：必填')
    expect(errors).toContain('只能填：一般、重大')
    expect($$('ledger-import-error')).toHaveLength(2)
  })

  it('imports a workbook and shows the ledger with its new lines', async () => {
    let lines = [] as ReturnType<typeof ledgerLine>[]
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger({ lines }))
    server.on('POST', '/api/v1/units/{unitId}/ledgers/{period}/import', ({ body }) => {
      expect(body).toBeInstanceOf(File)
      lines = [ledgerLine()]
      return { rowsTotal: 1, created: 1, alreadyImported: 0 }
    })
    ;({ wrapper } = await render('/ledger?period=2026-11'))
    await chooseFile()
    await flush()
    expect($('ledger-import-result')!.textContent).toContain('新增 1 条隐患')
    expect($('ledger-lines')!.textContent).toContain('液化气钢瓶与杂物混放')
  })

  it('gives the emergency office return and accept only where the server allows them', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () =>
      ledger({ state: 'SUBMITTED', late: true, submittedAt: '2026-12-06T02:00:00Z', allowedActions: ['RETURN', 'ACCEPT'] }),
    )
    ;({ wrapper } = await render('/ledger/8/2026-11', ['town-admin']))
    expect(asked()).toEqual([[8, '2026-11']])
    expect($('ledger-return')).not.toBeNull()
    expect($('ledger-accept')).not.toBeNull()
    expect($('ledger-submit')).toBeNull()
    expect($('ledger-import')).toBeNull()
    expect($('ledger-due')!.textContent).toContain('迟报')
  })

  it('says how large a workbook may be, and refuses a larger one without sending it', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger())
    ;({ wrapper } = await render('/ledger?period=2026-11', ['village-officer'], { maxExcelBytes: 5 * 1024 * 1024 }))
    expect($('ledger-import-limits')!.textContent).toContain('文件不超过 5 MB，最多 2000 行')
    const input = $('ledger-file') as HTMLInputElement
    const big = new File(['x'], 'ledger.xlsx')
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 })
    Object.defineProperty(input, 'files', { value: [big], configurable: true })
    input.dispatchEvent(new Event('change'))
    await flush()
    expect($('ledger-import-errors')!.textContent).toContain('Excel 文件超过 5 MB，请删去多余的内容后再上传')
    expect(server.calls('POST', '/api/v1/units/{unitId}/ledgers/{period}/import')).toHaveLength(0)
  })
  describe('its history', () => {
    // sent back once, corrected and submitted again: the second version is the one shown
    const resubmitted = () =>
      ledger({
        id: 5,
        state: 'SUBMITTED',
        submissionNo: 2,
        submittedAt: '2026-12-04T02:00:00Z',
        submittedBy: 'officer',
        snapshot: true,
        version: 4,
        lines: [ledgerLine({ description: '第二版的隐患' })],
        allowedActions: ['RETURN', 'ACCEPT'],
        history: [
          { action: 'IMPORT', at: '2026-12-01T01:00:00Z', actor: 'officer', actorName: '李安全', submissionNo: null, text: '十一月台账.xlsx', rows: 3 },
          { action: 'SUBMIT', at: '2026-12-02T02:00:00Z', actor: 'officer', actorName: '李安全', submissionNo: 1, text: null, rows: null },
          { action: 'RETURN', at: '2026-12-03T03:00:00Z', actor: 'admin', actorName: '王立新', submissionNo: 1, text: '缺少整改照片', rows: null },
          { action: 'SUBMIT', at: '2026-12-04T02:00:00Z', actor: 'officer', actorName: '李安全', submissionNo: 2, text: '已补照片', rows: null },
        ],
      })

    it('tells what happened, oldest first: who submitted, returned (and why) and imported, which version', async () => {
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => resubmitted())
      ;({ wrapper } = await render('/ledger/8/2026-11', ['town-admin']))
      const events = $$('ledger-event').map((e) => e.textContent!.replace(/\s+/g, ' '))
      expect(events).toHaveLength(4)
      expect(events[0]).toContain('李安全 导入了 Excel')
      expect(events[0]).toContain('文件：十一月台账.xlsx')
      expect(events[0]).toContain('新增 3 条隐患')
      expect(events[1]).toContain('李安全 报送了第 1 版')
      expect(events[2]).toContain('王立新 退回了第 1 版')
      expect(events[2]).toContain('退回原因：缺少整改照片')
      expect(events[3]).toContain('李安全 报送了第 2 版')
      expect(events[3]).toContain('报送说明：已补照片')
      // the reason belongs to the history now: no longer shown as the ledger's state
      expect($('ledger-returned-reason')).toBeNull()
      expect($('ledger-state')!.textContent).toContain('已报送')
    })

    it('lists the submitted versions, newest first, and opens an earlier one as it was submitted', async () => {
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => resubmitted())
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}/submissions/{no}', ({ params }) => ({
        no: Number(params.no),
        unitId: 8,
        unitName: '白云寺村',
        period: '2026-11',
        submittedAt: '2026-12-02T02:00:00Z',
        submittedBy: 'officer',
        submittedByName: '李安全',
        late: false,
        nilReturn: false,
        note: null,
        returnedAt: '2026-12-03T03:00:00Z',
        returnedBy: 'admin',
        returnedByName: '王立新',
        returnedReason: '缺少整改照片',
        acceptedAt: null,
        acceptedBy: null,
        acceptedByName: null,
        lines: [ledgerLine({ description: '第一版的隐患' })],
      }))
      ;({ wrapper } = await render('/ledger/8/2026-11', ['town-admin']))
      const versions = $$('ledger-version').map((v) => v.textContent!.replace(/\s+/g, ' '))
      expect(versions).toHaveLength(2)
      expect(versions[0]).toContain('第 2 版')
      expect(versions[0]).toContain('已报送')
      expect(versions[0]).toContain('当前显示')
      expect(versions[1]).toContain('第 1 版')
      expect(versions[1]).toContain('已退回')

      $('ledger-version-open-1')!.click()
      await flush()
      await flush()
      expect(server.calls('GET', '/api/v1/units/{unitId}/ledgers/{period}/submissions/{no}').map((r) => r.params)).toEqual([
        { unitId: '8', period: '2026-11', no: '1' },
      ])
      const dialog = $('ledger-version-dialog')!
      expect(dialog.textContent).toContain('白云寺村2026年11月台账 · 第 1 版')
      expect(dialog.textContent).toContain('缺少整改照片')
      expect(dialog.textContent).toContain('按时报送')
      const lines = Array.from(dialog.querySelectorAll('[data-testid="ledger-line-description"]')).map((e) => e.textContent)
      expect(lines).toEqual(['第一版的隐患'])
    })

    it('lists the Excel files imported into the month: file, who, when, hazards added', async () => {
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => resubmitted())
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}/imports', () => [
        { id: 1, filename: '十一月台账.xlsx', importedAt: '2026-12-01T01:00:00Z', importedBy: 'officer', importedByName: '李安全', rowsTotal: 5, rowsCreated: 3 },
      ])
      ;({ wrapper } = await render('/ledger/8/2026-11', ['town-admin']))
      expect(server.calls('GET', '/api/v1/units/{unitId}/ledgers/{period}/imports').map((r) => r.params)).toEqual([{ unitId: '8', period: '2026-11' }])
      const records = $$('ledger-import-record').map((r) => r.textContent!.replace(/\s+/g, ' '))
      expect(records).toHaveLength(1)
      expect(records[0]).toContain('十一月台账.xlsx')
      expect(records[0]).toContain('表格 5 行，新增 3 条隐患')
      expect(records[0]).toContain('李安全')
    })

    it('says when nothing has happened yet', async () => {
      server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () => ledger())
      ;({ wrapper } = await render('/ledger?period=2026-11'))
      expect($('ledger-no-records')!.textContent).toContain('这个月的台账还没有报送或导入过')
    })
  })

  it('says plainly that a month before the unit\'s first ledger month is not owed, and offers no submission', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', ({ params }) =>
      ledger({ unitId: 3, period: params.period, required: false, allowedActions: [] }),
    )
    server.on('GET', '/api/v1/units/{id}', () => unit({ id: 3, ledgersDueFrom: '2026-06' }))
    ;({ wrapper } = await render('/ledger?period=2026-03'))
    expect($('ledger-not-required')!.textContent).toContain('白云寺村2026年3月的台账不用报送：本单位从2026年6月起报送台账。')
    expect($('ledger-submit')).toBeNull()
    expect($('ledger-import')).toBeNull()
    expect($('ledger-due')).toBeNull()
    expect($('ledger-lines-card')).toBeNull()
    // nothing happened to it: no history to show, no imports asked for
    expect($('ledger-records')).toBeNull()
    expect(server.calls('GET', '/api/v1/units/{unitId}/ledgers/{period}/imports')).toHaveLength(0)
  })
})

