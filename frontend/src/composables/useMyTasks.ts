import { api, unwrap } from '@/api'
import type { MyTasks } from '@/api/types'

/** What needs the signed-in person today (GET /api/v1/me/tasks), for the home page. */
export function useMyTasks() {
  return {
    get: (): Promise<MyTasks> => unwrap(api.GET('/api/v1/me/tasks')),
  }
}
