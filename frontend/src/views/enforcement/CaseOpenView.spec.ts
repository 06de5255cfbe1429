import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Inspection } from '@/composables/useEnforcementCases'
import { createAppRouter } from '@/router'
import { enforcementCase, inspection } from '@/test/enforcementFixtures'
import { unit } from '@/test/fixtures'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CaseOpenView from './CaseOpenView.vue'

const server = useFakeApi()

let router: ReturnType<typeof createAppRouter>

const BOTH_OFFICES = [unit({ id: 4, name: '经发办', kind: 'OFFICE', enforcementPowers: true }), unit({ id: 1, name: '应急办', kind: 'OFFICE', enforcementPowers: true })]

async function render(subject: Inspection, roles: string[], offices = BOTH_OFFICES) {
  server.on('GET', '/api/v1/inspections/{id}', () => subject)
  server.on('GET', '/api/v1/checklists/{id}', () => ({
    id: 2,
    sectorCode: 'GAS',
    title: '燃气安全检查表',
    ownerUnitId: 4,
    ownerUnitName: '经发办',
    active: true,
    version: 1,
    currentVersionNo: 1,
    versionNo: 1,
    items: [],
  }))
  server.on('GET', '/api/v1/units', () => page(offices))
  const { plugins } = signedIn(me({ roles, unit: { id: 4, name: '经发办', kind: 'OFFICE' } }))
  router = createAppRouter(createMemoryHistory())
  await router.push(`/enforcement-cases/new?inspectionId=${subject.id}`)
  const wrapper = mount(CaseOpenView, { global: { plugins: [...plugins, router] }, attachTo: document.body })
  for (let i = 0; i < 5; i++) await flush()
  return wrapper
}

const opened = () => server.calls('POST', '/api/v1/enforcement-cases').map((c) => c.body)

describe('opening a case', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('shows the inspection and its failed violation items, and prefills the facts and the clauses from them', async () => {
    const wrapper = await render(inspection(), ['office-head'])
    expect(wrapper.find('[data-testid="case-open-inspection"]').text()).toContain('JC2026-0020')
    expect(wrapper.findAll('[data-testid^="case-open-item-"]').map((i) => i.attributes('data-testid'))).toEqual(['case-open-item-1'])
    expect((wrapper.find('[data-testid="case-open-facts"]').element as HTMLTextAreaElement).value).toBe(
      '经现场检查，一居存在以下违法行为：\n1. 调压箱旁堆放纸箱（检查项：燃气调压箱周边无杂物堆放）',
    )
    expect((wrapper.find('[data-testid="case-open-legal-basis"]').element as HTMLTextAreaElement).value).toBe('《城镇燃气管理条例》第三十三条')
    // the offices with powers over the inspection's sector
    expect(server.calls('GET', '/api/v1/units').map((c) => Object.fromEntries(c.query))).toContainEqual(
      expect.objectContaining({ enforcementPowers: 'true', sector: 'GAS' }),
    )
  })

  it('an office head opens it for its own office and lands on the case', async () => {
    server.on('POST', '/api/v1/enforcement-cases', () => enforcementCase({ id: 12 }))
    const wrapper = await render(inspection(), ['office-head'])
    const replace = vi.spyOn(router, 'replace')
    expect(wrapper.find('[data-testid="case-open-office"]').exists()).toBe(false)
    await wrapper.find('[data-testid="case-open-submit"]').trigger('click')
    for (let i = 0; i < 4; i++) await flush()
    expect(opened()).toEqual([
      expect.objectContaining({ inspectionId: 20, officeUnitId: null, legalBasisViolated: '《城镇燃气管理条例》第三十三条' }),
    ])
    expect(replace).toHaveBeenCalledWith({ name: 'enforcement-case', params: { id: 12 } })
  })

  it('a town admin opens it on behalf of the office that made the inspection; the others cannot be chosen', async () => {
    server.on('POST', '/api/v1/enforcement-cases', () => enforcementCase({ id: 13 }))
    const wrapper = await render(inspection(), ['town-admin'])
    const select = wrapper.findComponent({ name: 'ElSelect' })
    expect(select.props('modelValue')).toBe(4)
    const options = wrapper.findAllComponents({ name: 'ElOption' })
    expect(options.map((o) => [o.props('label'), o.props('disabled')])).toEqual([
      ['经发办', false],
      ['应急办', true],
    ])
    await wrapper.find('[data-testid="case-open-submit"]').trigger('click')
    for (let i = 0; i < 4; i++) await flush()
    expect(opened()).toEqual([expect.objectContaining({ inspectionId: 20, officeUnitId: 4 })])
  })

  it('shows the server\'s refusal in its own words', async () => {
    server.on('POST', '/api/v1/enforcement-cases', () =>
      problem(403, '没有权限', { detail: '只有作出该检查、且对该行业领域具有执法权的办（所）才能立案' }),
    )
    const wrapper = await render(inspection(), ['office-head'])
    await wrapper.find('[data-testid="case-open-submit"]').trigger('click')
    for (let i = 0; i < 4; i++) await flush()
    expect(wrapper.find('[data-testid="case-open-server-refusal"]').text()).toContain('只有作出该检查、且对该行业领域具有执法权的办（所）才能立案')
    expect(router.currentRoute.value.name).toBe('enforcement-case-new')
  })

  it('says plainly why an unfinished inspection cannot become a case, and does not offer to try', async () => {
    const wrapper = await render(inspection({ state: 'IN_PROGRESS' }), ['office-head'])
    expect(wrapper.find('[data-testid="case-open-refusal"]').text()).toContain('这次检查还没有完成，完成后才能立案。')
    expect(wrapper.find('[data-testid="case-open-submit"]').attributes('disabled')).toBeDefined()
  })

  it('says so when the inspecting office holds no powers over the sector', async () => {
    const wrapper = await render(inspection(), ['office-head'], [unit({ id: 1, name: '应急办', kind: 'OFFICE', enforcementPowers: true })])
    expect(wrapper.find('[data-testid="case-open-refusal"]').text()).toContain('作出本次检查的单位对“燃气”领域没有执法权，不能立案。')
  })
})
