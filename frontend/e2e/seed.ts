// Data the browser tests need, made through the API as people would make it: a hazard every role
// can open, and one that went round the whole loop into the close-out ledger.
import { API_URL, passwordGrantToken } from './support'

// A real 8×8 JPEG (drawn and encoded by Chromium), so that the server accepts it as a photo and makes a thumbnail.
export const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh' +
  'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB' +
  'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA' +
  'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y' +
  'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM' +
  'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQ' +
  'FxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgo' +
  'KCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAIAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/' +
  'xAAaEAACAgMAAAAAAAAAAAAAAAAAEQQSFCJB/8QAFAEBAAAAAAAAAAAAAAAAAAAABv/EAB0RAAICAgMBAAAAAAAAAAAAAAEDBBEA' +
  'MQIhQaH/2gAMAwEAAhEDEQA/AK+DExb72suJIAAGZMdNcXvN8js9DQryhoYpjRlxVhKRXEaH33P/2Q==' +
  '',
  'base64',
)

/** Calls the API as a user; fails the test on any refusal. */
export async function api<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      'Accept-Language': 'zh-CN',
      ...(init.body instanceof FormData ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
  })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`)
  return (response.status === 204 ? undefined : await response.json()) as T
}

const post = <T>(path: string, token: string, body: unknown) => api<T>(path, token, { method: 'POST', body: JSON.stringify(body) })

interface HazardView {
  summary: { id: number; version: number; state: string }
}

const tokens = new Map<string, string>()
/** A token of a demo user (password demo), reused for the run. */
export async function tokenOf(username: string): Promise<string> {
  let token = tokens.get(username)
  if (!token) {
    token = await passwordGrantToken(username, 'demo')
    tokens.set(username, token)
  }
  return token
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/**
 * A hazard the village officer reported in their village, in the gas sector (supervised by the
 * office head's office), so that all four roles may open it: an existing one, or a new one.
 */
export async function hazardForEveryone(): Promise<number> {
  const officer = await tokenOf('officer')
  const found = await api<{ items: { id: number; sectorCode: string }[] }>('/api/v1/hazards?size=50&sector=GAS', officer)
  if (found.items[0]) return found.items[0].id
  return (await reportHazard('E2E 燃气隐患')).summary.id
}

async function reportHazard(text: string): Promise<HazardView> {
  const officer = await tokenOf('officer')
  const me = await api<{ unit: { id: number } }>('/api/v1/me', officer)
  const { today } = await api<{ today: string }>('/api/v1/settings', officer)
  return post<HazardView>('/api/v1/hazards', officer, {
    unitId: me.unit.id,
    place: `${text} 仓库`,
    description: `${text}：液化气钢瓶与杂物混放 ${Date.now().toString(36)}`,
    sectorCode: 'GAS',
    causeCategory: 'THINGS',
    grade: 'GENERAL',
    source: 'PATROL',
    foundOn: today,
  })
}

async function uploadPhoto(token: string): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([JPEG], { type: 'image/jpeg' }), 'after.jpg')
  return (await api<{ id: number }>('/api/v1/attachments', token, { method: 'POST', body: form })).id
}

/** At least one entry in the close-out ledger: a hazard taken round the loop if there is none. */
export async function closedHazard(): Promise<void> {
  const admin = await tokenOf('admin')
  const existing = await api<{ total: number }>('/api/v1/closeouts?size=1', admin)
  if (existing.total > 0) return
  const head = await tokenOf('officehead')
  const { today } = await api<{ today: string }>('/api/v1/settings', admin)
  let hazard = await reportHazard('E2E 已销号')
  const id = hazard.summary.id
  const step = async (token: string, action: string, body: Record<string, unknown>) => {
    hazard = await post<HazardView>(`/api/v1/hazards/${id}/${action}`, token, { version: hazard.summary.version, ...body })
  }
  const deadline = addDays(today, 7)
  await step(head, 'register', {
    grade: 'GENERAL',
    responsibleUnitId: (await api<{ summary: { unitId: number } }>(`/api/v1/hazards/${id}`, head)).summary.unitId,
    responsiblePerson: '张村长',
    measures: '钢瓶移出仓库，单独存放',
    funds: 300,
    deadline,
    contingencyPlan: '设置警示标志，禁止明火',
  })
  await step(head, 'order', { content: '限期移出钢瓶', deadline, attachmentIds: [] })
  await step(head, 'complete', { completedOn: today, attachmentIds: [] })
  await step(admin, 'verify', { passed: true, verifiedOn: today, attachmentIds: [await uploadPhoto(admin)] })
  await step(admin, 'close', {})
}

/**
 * An inspection all four roles may open: one the office head's office made of the village officer's
 * village (the demo year has some), or a new one.
 */
export async function inspectionForEveryone(): Promise<number> {
  const officer = await tokenOf('officer')
  const head = await tokenOf('officehead')
  const office = await api<{ unit: { id: number } }>('/api/v1/me', head)
  const found = await api<{ items: { id: number }[] }>(`/api/v1/inspections?size=1&inspectingUnitId=${office.unit.id}`, officer)
  if (found.items[0]) return found.items[0].id
  const village = await api<{ unit: { id: number } }>('/api/v1/me', officer)
  const { today } = await api<{ today: string }>('/api/v1/settings', head)
  const checklists = await api<{ items: { id: number }[] }>('/api/v1/checklists?active=true&size=1', head)
  const created = await post<{ id: number }>('/api/v1/inspections', head, {
    inspectingUnitId: office.unit.id,
    inspectedUnitId: village.unit.id,
    inspectedOn: today,
    inspectors: ['E2E 检查员'],
    checklistId: checklists.items[0]!.id,
  })
  return created.id
}

/**
 * An enforcement case every role may open: one the office head's office opened against the village
 * officer's village (the party may read it), or a new one from a finished inspection with a failed
 * violation item.
 */
export async function caseForEveryone(): Promise<number> {
  const officer = await tokenOf('officer')
  const head = await tokenOf('officehead')
  const office = await api<{ unit: { id: number } }>('/api/v1/me', head)
  const found = await api<{ items: { id: number }[] }>(`/api/v1/enforcement-cases?size=1&officeUnitId=${office.unit.id}`, officer)
  if (found.items[0]) return found.items[0].id
  const village = await api<{ unit: { id: number } }>('/api/v1/me', officer)
  const { today } = await api<{ today: string }>('/api/v1/settings', head)
  const checklists = await api<{ items: { id: number; sectorCode: string }[] }>('/api/v1/checklists?active=true&sector=GAS&size=1', head)
  const inspection = await post<{ id: number }>('/api/v1/inspections', head, {
    inspectingUnitId: office.unit.id,
    inspectedUnitId: village.unit.id,
    inspectedOn: today,
    inspectors: ['E2E 执法员甲', 'E2E 执法员乙'],
    checklistId: checklists.items[0]!.id,
  })
  type Result = { itemNo: number; violation: boolean; version: number }
  const detail = await api<{ results: Result[] }>(`/api/v1/inspections/${inspection.id}`, head)
  const failed = detail.results.find((r) => r.violation)!
  for (const result of detail.results) {
    await api(`/api/v1/inspections/${inspection.id}/results/${result.itemNo}`, head, {
      method: 'PUT',
      body: JSON.stringify({
        version: result.version,
        outcome: result === failed ? 'FAIL' : 'PASS',
        note: result === failed ? 'E2E 现场发现违法行为' : null,
        attachmentIds: [],
      }),
    })
  }
  const { version } = await api<{ version: number }>(`/api/v1/inspections/${inspection.id}`, head)
  await post(`/api/v1/inspections/${inspection.id}/finish`, head, { version, conclusion: 'E2E 存在违法行为，依法立案。' })
  return (
    await post<{ id: number }>('/api/v1/enforcement-cases', head, {
      inspectionId: inspection.id,
      facts: 'E2E 燃气设施未按规定检查维护',
      legalBasisViolated: '《城镇燃气管理条例》第十九条',
    })
  ).id
}

/** A special campaign every role may open (all of the town's people read campaigns): an existing one, or a new one. */
export async function campaignForEveryone(): Promise<number> {
  const admin = await tokenOf('admin')
  const found = await api<{ items: { id: number }[] }>('/api/v1/campaigns?size=1', admin)
  if (found.items[0]) return found.items[0].id
  const me = await api<{ unit: { id: number } }>('/api/v1/me', admin)
  const { today } = await api<{ today: string }>('/api/v1/settings', admin)
  return (
    await post<{ id: number }>('/api/v1/campaigns', admin, {
      title: 'E2E 燃气安全专项整治',
      sectorCode: 'GAS',
      startsOn: today,
      endsOn: addDays(today, 30),
      leadingUnitId: me.unit.id,
      participatingUnitIds: [],
      goal: null,
    })
  ).id
}
