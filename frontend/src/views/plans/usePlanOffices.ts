import { shallowRef } from 'vue'
import type { Unit, UnitKind } from '@/api/types'
import { useUnits } from '@/composables/useUnits'

/** The kinds of unit that plan inspections: the town's offices, stations, institutes and centres. */
const PLANNING_KINDS: readonly UnitKind[] = ['OFFICE', 'STATION', 'INSTITUTE', 'CENTRE']

/** The town's offices that may have a plan, read when asked (town admins choose among them). */
export function usePlanOffices() {
  const units = useUnits()
  const offices = shallowRef<Unit[]>([])
  async function load() {
    try {
      const page = await units.list({ active: true, size: 100, sort: 'name' })
      offices.value = page.items.filter((u) => PLANNING_KINDS.includes(u.kind))
    } catch {
      // the toast has told the user
    }
  }
  return { offices, load }
}
