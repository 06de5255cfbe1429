import { computed, shallowRef } from 'vue'
import type { Unit } from '@/api/types'
import { api, quiet, unwrap } from '@/api'
import { useSessionStore } from '@/stores/session'
import { mayCreateChecklist, mayEditChecklist, powerSectors, type Editor } from './checklistRules'

/**
 * What the signed-in person may do with checklists, as far as /me and their own unit tell: an
 * office head's rights depend on its office's enforcement powers and sectors, read once.
 */
export function useChecklistRights() {
  const session = useSessionStore()
  const unit = shallowRef<Unit | null>(null)
  const unitId = session.me?.unit?.id
  if (unitId && session.hasRole('office-head')) {
    // quietly: without it the buttons stay hidden and the server still decides
    void unwrap(api.GET('/api/v1/units/{id}', { params: { path: { id: unitId } }, ...quiet }))
      .then((value) => (unit.value = value))
      .catch(() => undefined)
  }
  const editor = computed<Editor>(() => ({ roles: session.roles, unit: unit.value }))
  return {
    editor,
    isTownAdmin: computed(() => session.isTownAdmin),
    ownUnit: unit,
    powerSectors: computed(() => powerSectors(editor.value)),
    mayCreate: computed(() => mayCreateChecklist(editor.value)),
    mayEdit: (checklist: { ownerUnitId: number | null; sectorCode: string }) => mayEditChecklist(editor.value, checklist),
  }
}
