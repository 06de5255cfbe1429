import { api, quiet, unwrap } from '@/api'
import type { NotificationPage } from '@/api/types'

/** How often the bell asks for the unread count, besides on every page change. */
export const POLL_MS = 60_000

/** In-app notifications of the signed-in user. */
export function useNotifications() {
  return {
    list: (page = 1, size = 20, unreadOnly = false): Promise<NotificationPage> =>
      unwrap(api.GET('/api/v1/notifications', { params: { query: { page, size, unreadOnly: unreadOnly || undefined } } })),
    /** The unread count, polled in the background: a failure is not shown, the bell keeps its last count. */
    unreadCount: (): Promise<number> =>
      unwrap(api.GET('/api/v1/notifications', { params: { query: { page: 1, size: 1 } }, ...quiet })).then((p) => p.unread),
    markRead: (id: number): Promise<void> =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })).then(() => undefined),
    markAllRead: (): Promise<number> => unwrap(api.POST('/api/v1/notifications/read-all')).then((r) => r.marked),
  }
}
