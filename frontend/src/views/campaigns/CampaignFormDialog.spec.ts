import { afterEach, describe, expect, it } from 'vitest'
import { mount, type VueWrapper } from '@vue/test-utils'
import { nextTick } from 'vue'
import type { Unit } from '@/api/types'
import { unit } from '@/test/fixtures'
import { page, problem, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import CampaignFormDialog from './CampaignFormDialog.vue'
import type { Campaign, CampaignInput } from './campaignApi'
import { campaign } from './campaignFixtures'

const server = useFakeApi()

const OFFICE = { id: 4, name: '经发办', kind: 'OFFICE' as const }

function render(roles: string[], record: Campaign | null = null) {
  const { plugins } = signedIn(me({ roles, unit: OFFICE }))
  return mount(CampaignFormDialog, { props: { modelValue: true, campaign: record }, global: { plugins }, attachTo: document.body })
}

const $ = (testid: string) => document.body.querySelector<HTMLElement>(`[data-testid="${testid}"]`)!
const formText = () => $('campaign-form').textContent ?? ''

async function type(testid: string, value: string) {
  const input = $(testid) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await nextTick()
}

/** Sets a select or date picker (by its order in the form) as a choice would. */
async function choose(wrapper: VueWrapper, component: 'ElSelect' | 'ElDatePicker', index: number, value: unknown) {
  wrapper.findAllComponents({ name: component })[index]!.vm.$emit('update:modelValue', value)
  await nextTick()
}

async function submit() {
  $('campaign-form-submit').click()
  await flush()
  await flush()
  await new Promise((resolve) => setTimeout(resolve, 150))
}

const saved = (body: CampaignInput, version = 0): Campaign => ({
  ...campaign(),
  ...body,
  goal: body.goal ?? null,
  participatingUnits: [],
  version,
})

describe('the campaign form', () => {
  let wrapper: VueWrapper
  afterEach(() => {
    wrapper?.unmount()
    document.body.innerHTML = ''
  })

  it('an office head starts a campaign its own office leads: no choice of leader, its office sent', async () => {
    server.on('POST', '/api/v1/campaigns', (request) => saved(request.body as CampaignInput))
    wrapper = render(['office-head'])
    await flush()
    expect($('campaign-form-leading-unit').textContent).toBe('经发办')
    await type('campaign-form-title', '燃气安全专项整治')
    await choose(wrapper, 'ElSelect', 0, 'GAS')
    await choose(wrapper, 'ElDatePicker', 1, '2026-12-31')
    await submit()
    const body = server.calls('POST', '/api/v1/campaigns')[0]!.body as CampaignInput
    expect(body).toMatchObject({ title: '燃气安全专项整治', sectorCode: 'GAS', startsOn: '2026-11-28', endsOn: '2026-12-31', leadingUnitId: 4, participatingUnitIds: [], goal: null })
    expect(wrapper.emitted('saved')![0]![1]).toBe(true)
  })

  it('a town admin chooses the leading office among the town\'s offices, stations and institutes; any unit may take part', async () => {
    const units: Unit[] = [
      unit({ id: 1, name: '应急办', kind: 'OFFICE' }),
      unit({ id: 5, name: '规划自然资源所', kind: 'INSTITUTE' }),
      unit({ id: 8, name: '白云寺村', kind: 'VILLAGE' }),
      unit({ id: 13, name: '东溪镇供销合作社', kind: 'ENTERPRISE' }),
    ]
    server.on('GET', '/api/v1/units', () => page(units))
    wrapper = render(['town-admin'])
    await flush()
    await flush()
    const [, leader, participants] = wrapper.findAllComponents({ name: 'ElSelect' })
    expect(leader!.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual(['应急办', '规划自然资源所'])
    expect(participants!.findAllComponents({ name: 'ElOption' }).map((o) => o.props('label'))).toEqual(['应急办', '规划自然资源所', '白云寺村', '东溪镇供销合作社'])
  })

  it('refuses an end before the start without asking the server', async () => {
    wrapper = render(['office-head'])
    await flush()
    await type('campaign-form-title', '燃气安全专项整治')
    await choose(wrapper, 'ElSelect', 0, 'GAS')
    await choose(wrapper, 'ElDatePicker', 1, '2026-11-01')
    await submit()
    expect(server.calls('POST', '/api/v1/campaigns')).toHaveLength(0)
    expect(formText()).toContain('结束日期不能早于开始日期')
  })

  it('an edit sends the version read; when someone saved first it offers theirs or one\'s own', async () => {
    const record = campaign({ version: 2 })
    server.on('PUT', '/api/v1/campaigns/{id}', () => problem(409, '数据已被他人修改', { detail: '这个专项行动已被他人修改，请刷新后再改。' }))
    server.on('GET', '/api/v1/campaigns/{id}', () => campaign({ version: 3, title: '别人改过的名称' }))
    wrapper = render(['town-admin'], record)
    await flush()
    await type('campaign-form-title', '我的名称')
    await submit()
    expect((server.calls('PUT', '/api/v1/campaigns/{id}')[0]!.body as { version: number; participatingUnitIds: number[] }).version).toBe(2)
    expect((server.calls('PUT', '/api/v1/campaigns/{id}')[0]!.body as { participatingUnitIds: number[] }).participatingUnitIds).toEqual([8, 11])
    expect($('campaign-form-conflict').textContent).toContain('这个专项行动已被他人修改')
    $('campaign-form-reload').click()
    await flush()
    await flush()
    expect(($('campaign-form-title') as HTMLInputElement).value).toBe('别人改过的名称')
  })
})
