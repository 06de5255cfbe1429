// Names for the API's shapes, derived from the operations rather than from schema names, so that
// a renamed schema in the generated contract changes nothing here.
import type { paths } from './schema'

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never
type Ok<Op> = Op extends { responses: infer R } ? (R extends { 200: infer S } ? Json<S> : R extends { 201: infer S } ? Json<S> : never) : never
type Body<Op> = Op extends { requestBody?: infer B } ? Json<NonNullable<B>> : never
type Query<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never

export type Me = Ok<paths['/api/v1/me']['get']>
export type Sector = Ok<paths['/api/v1/sectors']['get']>[number]

export type Unit = Ok<paths['/api/v1/units/{id}']['get']>
export type UnitKind = Unit['kind']
export type UnitCreate = Body<paths['/api/v1/units']['post']>
export type UnitUpdate = Body<paths['/api/v1/units/{id}']['put']>
export type UnitQuery = Query<paths['/api/v1/units']['get']>

export type Person = Ok<paths['/api/v1/people/{id}']['get']>
export type PersonCreate = Body<paths['/api/v1/people']['post']>
export type PersonUpdate = Body<paths['/api/v1/people/{id}']['put']>
export type PersonQuery = Query<paths['/api/v1/people']['get']>

export type HistoryPage = Ok<paths['/api/v1/units/{id}/history']['get']>
export type HistoryEntry = HistoryPage['items'][number]

/** The paging envelope every list answers with. */
export interface Page<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export const UNIT_KINDS = [
  'OFFICE',
  'STATION',
  'INSTITUTE',
  'CENTRE',
  'VILLAGE',
  'COMMUNITY',
  'ENTERPRISE',
  'PUBLIC_INSTITUTION',
  'DISTRICT_UNIT',
] as const satisfies readonly UnitKind[]

export const ROLES = ['town-admin', 'leader', 'office-head', 'village-officer', 'integration'] as const
export type Role = (typeof ROLES)[number]
