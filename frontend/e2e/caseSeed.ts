// An enforcement case every role may open (for the walk over every route): one against the village
// officer's own unit, conducted by the office head's office (经发办, which holds powers over 燃气). An
// existing one is reused; otherwise the office inspects the village by its gas checklist, fails the
// violation items, finishes, and opens the case — all through the API, as people would.
import { api, tokenOf } from './seed'

interface Me {
  unit: { id: number }
}
interface Inspection {
  id: number
  version: number
  results: { itemNo: number; violation: boolean; version: number }[]
}

const post = <T>(path: string, token: string, body: unknown, method = 'POST') => api<T>(path, token, { method, body: JSON.stringify(body) })

export async function caseForEveryone(): Promise<number> {
  const officer = await tokenOf('officer')
  const existing = await api<{ items: { id: number }[] }>('/api/v1/enforcement-cases?size=1', officer)
  if (existing.items[0]) return existing.items[0].id

  const head = await tokenOf('officehead')
  const village = (await api<Me>('/api/v1/me', officer)).unit.id
  const office = (await api<Me>('/api/v1/me', head)).unit.id
  const { today } = await api<{ today: string }>('/api/v1/settings', head)
  const checklists = await api<{ items: { id: number }[] }>('/api/v1/checklists?sector=GAS&active=true&size=1', head)
  const checklistId = checklists.items[0]!.id
  let inspection = await post<Inspection>('/api/v1/inspections', head, {
    inspectingUnitId: office,
    inspectedUnitId: village,
    inspectedOn: today,
    inspectors: ['浏览器测试'],
    checklistId,
  })
  for (const result of inspection.results) {
    await post(`/api/v1/inspections/${inspection.id}/results/${result.itemNo}`, head, {
      version: result.version,
      outcome: result.violation ? 'FAIL' : 'PASS',
      note: result.violation ? '浏览器测试发现的问题' : null,
      attachmentIds: [],
    }, 'PUT')
  }
  inspection = await api<Inspection>(`/api/v1/inspections/${inspection.id}`, head)
  await post(`/api/v1/inspections/${inspection.id}/finish`, head, { version: inspection.version, conclusion: '存在违法行为' })
  const opened = await post<{ id: number }>('/api/v1/enforcement-cases', head, {
    inspectionId: inspection.id,
    facts: '浏览器测试：燃气设施存在违法行为',
    legalBasisViolated: '《城镇燃气管理条例》',
  })
  return opened.id
}
