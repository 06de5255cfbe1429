import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createMemoryHistory } from 'vue-router'
import type { Component } from 'vue'
import { createAppRouter } from '@/router'
import { board, ledger, ledgerLine, summary, unit } from '@/test/fixtures'
import { page, useFakeApi } from '@/test/fakeApi'
import { flush, me, signedIn } from '@/test/helpers'
import HazardsView from './hazards/HazardsView.vue'
import LedgerView from './ledger/LedgerView.vue'
import LedgerBoardView from './ledger/LedgerBoardView.vue'
import UnitsView from './units/UnitsView.vue'

const server = useFakeApi()
// ECharts draws on a canvas jsdom does not have; the chart has no words to check
vi.mock('./ledger/LedgerBoardChart.vue', () => ({ __esModule: true, default: { template: '<div data-testid="board-chart" />' } }))

/**
 * Element Plus renders each table column's template once with an empty row to find nested
 * columns; a label looked up from that row's (missing) value warned "hazard.grade.undefined".
 */
describe('tables with enum values in words', () => {
  afterEach(() => {
    document.body.innerHTML = ''
  })

  async function warningsOf(view: Component, path: string) {
    const warn = vi.spyOn(console, 'warn')
    const { plugins } = signedIn(me({ roles: ['town-admin'] }))
    const router = createAppRouter(createMemoryHistory())
    await router.push(path)
    const wrapper = mount(view, { global: { plugins: [...plugins, router] }, attachTo: document.body })
    await flush()
    await flush()
    const text = wrapper.text()
    wrapper.unmount()
    return { text, warnings: warn.mock.calls.map((args) => String(args[0])).filter((w) => w.includes('intlify') || w.includes('Not found')) }
  }

  it('the hazards list asks for no missing label', async () => {
    server.on('GET', '/api/v1/hazards', () => page([summary({ grade: 'MAJOR', causeCategory: 'PEOPLE', state: 'RECTIFYING' })]))
    const { text, warnings } = await warningsOf(HazardsView, '/hazards')
    expect(text).toContain('重大')
    expect(warnings).toEqual([])
  })

  it('the ledger asks for no missing label', async () => {
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}/imports', () => [])
    server.on('GET', '/api/v1/units/{unitId}/ledgers/{period}', () =>
      ledger({
        lines: [ledgerLine({ causeCategory: 'MANAGEMENT' })],
        history: [{ action: 'SUBMIT', at: '2026-12-02T02:00:00Z', actor: 'officer', actorName: '李安全', submissionNo: 1, text: null, rows: null }],
      }),
    )
    const { text, warnings } = await warningsOf(LedgerView, '/ledger/8/2026-11')
    expect(text).toContain('管理')
    expect(warnings).toEqual([])
  })

  it('the board asks for no missing label', async () => {
    server.on('GET', '/api/v1/ledgers/board', () => board())
    const { text, warnings } = await warningsOf(LedgerBoardView, '/ledger-board')
    expect(text).toContain('居（社区）')
    expect(warnings).toEqual([])
  })

  it('the units list asks for no missing label', async () => {
    server.on('GET', '/api/v1/units', () => page([unit({ kind: 'ENTERPRISE', code: null })]))
    const { text, warnings } = await warningsOf(UnitsView, '/units')
    expect(text).toContain('企业')
    expect(warnings).toEqual([])
  })
})
