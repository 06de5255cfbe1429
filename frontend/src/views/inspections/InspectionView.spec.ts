import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter } from '@/router'
import { hazard, unit } from '@/test/fixtures'
import { FakeResponse, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import { phoneScreen } from '@/test/screen'
import InspectionView from './InspectionView.vue'
import { inspection, result } from './fixtures'
import type { Inspection } from './useInspections'

const server = useFakeApi()

const OFFICE_HEAD = { roles: ['office-head'], unit: { id: 4, name: '经发办', kind: 'OFFICE' as const } }
const LEADER = { roles: ['leader'], unit: { id: 1, name: '镇领导', kind: 'OFFICE' as const } }
const VILLAGE = { roles: ['village-officer'], unit: { id: 8, name: '白云寺村', kind: 'VILLAGE' as const } }

let router: ReturnType<typeof createAppRouter>

async function render(subject: Inspection, who: Partial<Parameters<typeof me>[0]> = OFFICE_HEAD) {
  server.on('GET', '/api/v1/inspections/{id}', () => subject)
  const { plugins } = signedIn(me(who))
  router = createAppRouter(createMemoryHistory())
  // a stand-in for the case page: the link needs only the route's name, not the page's code
  router.removeRoute('enforcement-case-new')
  router.addRoute({ name: 'enforcement-case-new', path: '/enforcement-cases/new', component: { template: '<div />' } })
  await router.push(`/inspections/${subject.id}`)
  const wrapper = mount(InspectionView, { props: { id: subject.id }, global: { plugins: [...plugins, router] }, attachTo: document.body })
  await flush()
  await flush()
  return wrapper
}

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
const ids = (prefix: string) => Array.from(document.body.querySelectorAll(`[data-testid^="${prefix}"]`)).map((e) => e.getAttribute('data-testid'))
async function click(testid: string) {
  $(testid)!.click()
  await flush()
  await flush()
}

describe('an inspection on a desktop', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows its header, the progress, and every item with its legal basis and 违法行为 mark', async () => {
    await render(inspection())
    expect($('inspection-serial')!.textContent).toBe('JC2026-0022')
    expect($('inspection-state')!.textContent!.trim()).toBe('进行中')
    expect($('inspection-progress')!.textContent).toContain('已检查 1/3 项')
    const facts = $('inspection-facts')!.textContent!
    for (const words of ['2026年11月28日', '经发办', '王建国、李明', '2 人次', '燃气安全检查表（第 1 版）', '张村长']) expect(facts).toContain(words)
    expect(ids('inspection-item-').filter((id) => /^inspection-item-\d+$/.test(id!))).toEqual(['inspection-item-1', 'inspection-item-2', 'inspection-item-3'])
    expect($('inspection-item-2-violation')!.textContent!.trim()).toBe('违法行为')
    expect($('inspection-item-1-violation')).toBeNull()
    expect($('inspection-item-2')!.textContent).toContain('《城镇燃气管理条例》第二十八条')
  })

  it('saves an item on its own with the result\'s version and note, and counts it', async () => {
    server.on('PUT', '/api/v1/inspections/{id}/results/{itemNo}', (request) => result(2, { ...request.body, outcome: request.body.outcome, version: 21, attachments: [] }))
    await render(inspection())
    const note = $('inspection-item-2-note') as HTMLTextAreaElement
    note.value = '三只钢瓶倒放在灶台下'
    note.dispatchEvent(new Event('input'))
    await nextTick()
    await click('inspection-item-2-fail')
    const [put] = server.calls('PUT', '/api/v1/inspections/{id}/results/{itemNo}')
    expect(put!.params).toEqual({ id: '22', itemNo: '2' })
    expect(put!.body).toEqual({ version: 20, outcome: 'FAIL', note: '三只钢瓶倒放在灶台下', attachmentIds: [] })
    expect($('inspection-progress')!.textContent).toContain('已检查 2/3 项')
    expect($('inspection-item-2')!.classList).toContain('is-fail')
    // a failed item offers 登记隐患
    expect($('inspection-item-2-hazard')).not.toBeNull()
  })

  it('reloads an item someone else changed first (409) and says so on that item', async () => {
    let reads = 0
    server.on('PUT', '/api/v1/inspections/{id}/results/{itemNo}', () => problem(409, '数据已被他人修改'))
    const stale = inspection()
    await render(stale)
    server.on('GET', '/api/v1/inspections/{id}', () => {
      reads++
      return inspection({ results: [result(1, { outcome: 'PASS' }), result(2, { violation: true }), result(3, { outcome: 'NOT_APPLICABLE', note: '无燃气', version: 31 })] })
    })
    await click('inspection-item-3-pass')
    expect(reads).toBe(1)
    expect($('inspection-item-3-conflict')!.textContent).toContain('第 3 项刚被别人修改过，已重新加载')
    expect($('inspection-item-3')!.classList).toContain('is-na')
    expect(($('inspection-item-3-note') as HTMLTextAreaElement).value).toBe('无燃气')
  })

  it('names the items the server says are unfilled when finishing, and jumps to them', async () => {
    server.on('POST', '/api/v1/inspections/{id}/finish', () =>
      problem(400, '请求数据有误', { errors: [{ field: 'results', message: '以下检查项尚未填写结果：第 2、3 项' }] }),
    )
    await render(inspection())
    const conclusion = $('inspection-conclusion') as HTMLTextAreaElement
    conclusion.value = '共检查 3 项'
    conclusion.dispatchEvent(new Event('input'))
    await nextTick()
    await click('inspection-finish')
    expect(server.calls('POST', '/api/v1/inspections/{id}/finish')[0]!.body).toEqual({ version: 5, conclusion: '共检查 3 项' })
    expect($('inspection-unfilled')!.textContent).toContain('以下检查项尚未填写结果：第 2、3 项')
    expect(ids('inspection-unfilled-')).toEqual(['inspection-unfilled-2', 'inspection-unfilled-3'])
  })

  it('opens the hazard form of a failed item with place and description filled in, and shows the hazard\'s number once registered', async () => {
    const failed = inspection({ results: [result(1, { outcome: 'PASS' }), result(2, { violation: true, outcome: 'FAIL', note: '钢瓶倒放', version: 21 }), result(3)] })
    await render(failed)
    await click('inspection-item-2-hazard')
    expect(($('inspection-hazard-place') as HTMLInputElement).value).toBe('村委会食堂')
    expect(($('inspection-hazard-description') as HTMLTextAreaElement).value).toBe('检查表第 2 项“检查项 2：液化气钢瓶是否直立放置”不合格：钢瓶倒放')

    server.on('POST', '/api/v1/inspections/{id}/results/{itemNo}/hazard', () => new FakeResponse(201, hazard({}, { id: 77, serial: 'YH2026-0077' }), { 'Content-Type': 'application/json' }))
    server.on('GET', '/api/v1/inspections/{id}', () =>
      inspection({ results: [result(1, { outcome: 'PASS' }), result(2, { violation: true, outcome: 'FAIL', hazardId: 77, hazardSerial: 'YH2026-0077', version: 22 }), result(3)] }),
    )
    // the required fields of the registration
    const wrapper = document.body
    ;(wrapper.querySelector('[data-testid="inspection-hazard-cause-THINGS"] input') as HTMLInputElement).click()
    for (const [testid, value] of [
      ['inspection-hazard-responsible-person', '张村长'],
      ['inspection-hazard-measures', '钢瓶直立放置并固定'],
      ['inspection-hazard-contingency', '禁止明火'],
    ] as const) {
      const field = $(testid) as HTMLInputElement
      field.value = value
      field.dispatchEvent(new Event('input'))
    }
    const deadline = document.querySelector<HTMLInputElement>('[data-testid="inspection-hazard-deadline"] input')!
    deadline.value = '2026-12-10'
    deadline.dispatchEvent(new Event('input'))
    deadline.dispatchEvent(new Event('change'))
    await flush()
    await click('inspection-hazard-submit')
    await new Promise((resolve) => setTimeout(resolve, 150))
    const [sent] = server.calls('POST', '/api/v1/inspections/{id}/results/{itemNo}/hazard')
    expect(sent!.params.itemNo).toBe('2')
    expect(sent!.body).toMatchObject({ version: 21, place: '村委会食堂', causeCategory: 'THINGS', grade: 'GENERAL', responsiblePerson: '张村长', deadline: '2026-12-10' })
    await flush()
    expect($('inspection-item-2-hazard-link')!.textContent).toContain('已登记隐患 YH2026-0077')
    expect($('inspection-item-2-hazard')).toBeNull()
  })
})

describe('a finished inspection', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })
  const finished = () =>
    inspection({
      state: 'FINISHED',
      conclusion: '发现问题 1 处，已责令整改',
      finishedAt: '2026-11-28T08:00:00Z',
      results: [result(1, { outcome: 'PASS' }), result(2, { violation: true, outcome: 'FAIL', note: '钢瓶倒放' }), result(3, { outcome: 'NOT_APPLICABLE' })],
    })

  it('is read-only, offers the record and, to an office with powers over the sector, 立案', async () => {
    server.on('GET', '/api/v1/units/{id}', () => unit({ id: 4, name: '经发办', enforcementPowers: true, sectors: ['GAS'] }))
    server.on('GET', '/api/v1/checklists/{id}', () => ({ id: 2, sectorCode: 'GAS', title: '燃气安全检查表', ownerUnitId: 4, ownerUnitName: '经发办', active: true, version: 1, currentVersionNo: 1, versionNo: 1, items: [] }))
    await render(finished())
    await flush()
    expect(ids('inspection-item-').filter((id) => /-(pass|fail|na|note)$/.test(id!))).toEqual([])
    expect($('inspection-finish')).toBeNull()
    expect($('inspection-record-docx')).not.toBeNull()
    expect($('inspection-conclusion-text')!.textContent).toBe('发现问题 1 处，已责令整改')
    await click('inspection-open-case')
    expect(router.currentRoute.value.name).toBe('enforcement-case-new')
    expect(router.currentRoute.value.query).toEqual({ inspectionId: '22' })
  })

  it('offers no 立案 when the office holds no powers over the checklist\'s sector', async () => {
    server.on('GET', '/api/v1/units/{id}', () => unit({ id: 4, name: '经发办', enforcementPowers: true, sectors: ['INDUSTRY_TRADE'] }))
    server.on('GET', '/api/v1/checklists/{id}', () => ({ id: 2, sectorCode: 'GAS', title: '燃气安全检查表', ownerUnitId: 4, ownerUnitName: '经发办', active: true, version: 1, currentVersionNo: 1, versionNo: 1, items: [] }))
    await render(finished())
    await flush()
    expect($('inspection-record-docx')).not.toBeNull()
    expect($('inspection-open-case')).toBeNull()
  })

  it('downloads the 现场检查记录 as a .docx', async () => {
    server.on('GET', '/api/v1/inspections/{id}/record.docx', () => new FakeResponse(200, new Blob(['docx']), { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('现场检查记录-JC2026-0022.docx')}` }))
    URL.createObjectURL = () => 'blob:docx'
    URL.revokeObjectURL = () => undefined
    await render(finished(), LEADER)
    await click('inspection-record-docx')
    expect(server.calls('GET', '/api/v1/inspections/{id}/record.docx')[0]!.params.id).toBe('22')
  })
})

describe('who only reads an inspection', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('a leader sees the results without buttons, and no 登记隐患 or 完成检查', async () => {
    await render(inspection({ results: [result(1, { outcome: 'FAIL', note: '灭火器过期' }), result(2)] }), LEADER)
    expect(ids('inspection-item-').filter((id) => /-(pass|fail|na|note|hazard)$/.test(id!))).toEqual([])
    expect($('inspection-item-1-outcome')!.textContent!.trim()).toBe('不合格')
    expect($('inspection-item-1-note-text')!.textContent).toBe('灭火器过期')
    expect($('inspection-finish')).toBeNull()
    expect($('inspection-read-only')!.textContent).toContain('经发办')
  })

  it('the inspected village\'s officer reads it as an inspection of its own unit', async () => {
    await render(inspection({ state: 'FINISHED', results: [result(1, { outcome: 'FAIL', hazardId: 9, hazardSerial: 'YH2026-0009' })] }), VILLAGE)
    expect($('inspection-own-unit')!.textContent).toContain('这是经发办到本单位开展的检查')
    expect($('inspection-item-1-hazard-link')!.textContent).toContain('YH2026-0009')
    expect($('inspection-open-case')).toBeNull()
    expect(server.log.some((line) => line.includes('/api/v1/units/'))).toBe(false)
  })

  it('an office head of another office cannot fill it in', async () => {
    await render(inspection(), { roles: ['office-head'], unit: { id: 5, name: '规划自然资源所', kind: 'INSTITUTE' } })
    expect($('inspection-item-2-pass')).toBeNull()
    expect($('inspection-finish')).toBeNull()
  })
})

describe('an inspection on a phone', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows one item at a time, starting at the first unfilled, with 上一项 / 下一项 and a jump list', async () => {
    phoneScreen()
    await render(inspection())
    const shown = () => ids('inspection-item-').filter((id) => /^inspection-item-\d+$/.test(id!))
    expect(shown()).toEqual(['inspection-item-2'])
    await click('inspection-next')
    expect(shown()).toEqual(['inspection-item-3'])
    expect(($('inspection-next') as HTMLButtonElement).disabled).toBe(true)
    await click('inspection-previous')
    await click('inspection-previous')
    expect(shown()).toEqual(['inspection-item-1'])
    expect(($('inspection-previous') as HTMLButtonElement).disabled).toBe(true)
    await click('inspection-jump')
    await click('inspection-jump-3')
    expect(shown()).toEqual(['inspection-item-3'])
  })

  it('saves what was typed on an item before moving on, and stays on an item without a result', async () => {
    phoneScreen()
    server.on('PUT', '/api/v1/inspections/{id}/results/{itemNo}', (request) =>
      result(Number(request.params.itemNo), { outcome: request.body.outcome, note: request.body.note ?? null, version: 99 }),
    )
    await render(inspection({ results: [result(1, { outcome: 'PASS' }), result(2, { outcome: 'FAIL' }), result(3)] }))
    const type = async (testid: string, value: string) => {
      const field = $(testid) as HTMLTextAreaElement
      field.value = value
      field.dispatchEvent(new Event('input'))
      await nextTick()
    }
    const puts = () => server.calls('PUT', '/api/v1/inspections/{id}/results/{itemNo}').map((r) => [r.params.itemNo, r.body])
    // item 3 has no result yet: its note cannot be saved, and the walk stays on it
    await type('inspection-item-3-note', '未见灭火器')
    await click('inspection-previous')
    expect(puts()).toEqual([])
    expect(($('inspection-item-3-note') as HTMLTextAreaElement).value).toBe('未见灭火器')
    // item 2 has its result: a changed note is saved with it on the way to the next item
    await click('inspection-item-3-fail')
    await click('inspection-previous')
    await type('inspection-item-2-note', '钢瓶倒放')
    await click('inspection-next')
    expect(puts()).toEqual([
      ['3', { version: 30, outcome: 'FAIL', note: '未见灭火器', attachmentIds: [] }],
      ['2', { version: 20, outcome: 'FAIL', note: '钢瓶倒放', attachmentIds: [] }],
    ])
    expect($('inspection-item-3')).not.toBeNull()
  })

  it('lists every item to someone who only reads it', async () => {
    phoneScreen()
    await render(inspection({ state: 'FINISHED', results: [result(1, { outcome: 'PASS' }), result(2, { outcome: 'FAIL' })] }), VILLAGE)
    expect(ids('inspection-item-').filter((id) => /^inspection-item-\d+$/.test(id!))).toEqual(['inspection-item-1', 'inspection-item-2'])
    expect($('inspection-walk')).toBeNull()
  })
})
