import { api, unwrap } from '@/api'
import type { EnforcementMonitors } from './monitorSections'

/** The enforcement monitors (执法监测) of a year; town-wide roles may narrow them to one office. */
export function useMonitors() {
  return {
    get: (year: number, officeUnitId?: number): Promise<EnforcementMonitors> =>
      unwrap(api.GET('/api/v1/enforcement/monitors', { params: { query: { year, ...(officeUnitId ? { officeUnitId } : {}) } } })),
  }
}
