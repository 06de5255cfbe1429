import { api, unwrap } from '@/api'
import type { HistoryPage, Page, Person, PersonCreate, PersonQuery, PersonUpdate } from '@/api/types'

/** People (人员); the server limits office heads and village officers to their own unit. */
export function usePeople() {
  return {
    list: (query: PersonQuery): Promise<Page<Person>> => unwrap(api.GET('/api/v1/people', { params: { query } })),
    get: (id: number): Promise<Person> => unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id } } })),
    create: (body: PersonCreate): Promise<Person> => unwrap(api.POST('/api/v1/people', { body })),
    update: (id: number, body: PersonUpdate): Promise<Person> =>
      unwrap(api.PUT('/api/v1/people/{id}', { params: { path: { id } }, body })),
    history: (id: number, page = 1, size = 20): Promise<HistoryPage> =>
      unwrap(api.GET('/api/v1/people/{id}/history', { params: { path: { id }, query: { page, size } } })),
  }
}
