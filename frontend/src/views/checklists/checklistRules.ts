import type { Unit } from '@/api/types'

/** Limits the server applies to a checklist (API8): 1..200 items, text and legal basis up to 500 characters. */
export const ITEMS_MAX = 200
export const ITEM_TEXT_MAX = 500
export const TITLE_MAX = 200

/** One item as the editor holds it; `key` keeps a row's inputs in place while rows move. */
export interface ItemDraft {
  key: number
  text: string
  legalBasis: string
  violation: boolean
}

let nextKey = 1
export function draftItem(item: Partial<Omit<ItemDraft, 'key'>> = {}): ItemDraft {
  return { key: nextKey++, text: item.text ?? '', legalBasis: item.legalBasis ?? '', violation: item.violation ?? false }
}

/** Moves the item at `index` one place up (-1) or down (+1); nothing at either end. */
export function moveItem(items: ItemDraft[], index: number, by: -1 | 1): void {
  const to = index + by
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return
  const [item] = items.splice(index, 1)
  items.splice(to, 0, item!)
}

/** Removes an item unless it is the last one (a checklist has at least one). */
export function removeItem(items: ItemDraft[], index: number): void {
  if (items.length <= 1) return
  items.splice(index, 1)
}

/** What is wrong with the items, as locale keys under checklist.validation: the list's and each row's. */
export interface ItemProblems {
  list?: 'itemsRequired' | 'itemsTooMany'
  /** by row index (0-based): the first problem of that row */
  rows: Record<number, 'textRequired' | 'textTooLong' | 'legalBasisRequired' | 'legalBasisTooLong'>
}

export function itemProblems(items: readonly ItemDraft[]): ItemProblems {
  const problems: ItemProblems = { rows: {} }
  if (items.length === 0) problems.list = 'itemsRequired'
  else if (items.length > ITEMS_MAX) problems.list = 'itemsTooMany'
  items.forEach((item, index) => {
    if (!item.text.trim()) problems.rows[index] = 'textRequired'
    else if (item.text.trim().length > ITEM_TEXT_MAX) problems.rows[index] = 'textTooLong'
    else if (!item.legalBasis.trim()) problems.rows[index] = 'legalBasisRequired'
    else if (item.legalBasis.trim().length > ITEM_TEXT_MAX) problems.rows[index] = 'legalBasisTooLong'
  })
  return problems
}

export const hasProblems = (p: ItemProblems) => p.list !== undefined || Object.keys(p.rows).length > 0

/** Who is asking, as far as the UI knows: the roles from /me and their own unit (its powers and sectors). */
export interface Editor {
  roles: readonly string[]
  unit: Pick<Unit, 'id' | 'enforcementPowers' | 'sectors'> | null
}

/** The sectors an office head may keep checklists of: those its office holds enforcement powers over. */
export function powerSectors(editor: Editor): string[] {
  if (!editor.roles.includes('office-head') || !editor.unit?.enforcementPowers) return []
  return [...editor.unit.sectors]
}

/** Town admins write checklists; an office head only when its office holds powers over some sector. */
export function mayCreateChecklist(editor: Editor): boolean {
  return editor.roles.includes('town-admin') || powerSectors(editor).length > 0
}

/**
 * Whether the edit, deactivate and activate buttons are shown: town admins keep any checklist; an
 * office head those its own office keeps, in a sector its office holds powers over (API8). The
 * server decides in the end; this only hides buttons that would be refused.
 */
export function mayEditChecklist(editor: Editor, checklist: { ownerUnitId: number | null; sectorCode: string }): boolean {
  if (editor.roles.includes('town-admin')) return true
  return checklist.ownerUnitId !== null && checklist.ownerUnitId === editor.unit?.id && powerSectors(editor).includes(checklist.sectorCode)
}
