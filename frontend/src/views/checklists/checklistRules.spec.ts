import { describe, expect, it } from 'vitest'
import { draftItem, hasProblems, itemProblems, ITEMS_MAX, mayCreateChecklist, mayEditChecklist, moveItem, removeItem, type Editor } from './checklistRules'

const items = (...texts: string[]) => texts.map((text) => draftItem({ text, legalBasis: `《安全生产法》${text}` }))
const texts = (list: { text: string }[]) => list.map((i) => i.text)

describe('the checklist item editor', () => {
  it('moves an item up and down, and nothing past either end', () => {
    const list = items('一', '二', '三')
    moveItem(list, 2, -1)
    expect(texts(list)).toEqual(['一', '三', '二'])
    moveItem(list, 0, 1)
    expect(texts(list)).toEqual(['三', '一', '二'])
    moveItem(list, 0, -1)
    moveItem(list, 2, 1)
    expect(texts(list)).toEqual(['三', '一', '二'])
  })

  it('keeps each row\'s key when it moves, so that its inputs move with it', () => {
    const list = items('一', '二')
    const keys = list.map((i) => i.key)
    moveItem(list, 1, -1)
    expect(list.map((i) => i.key)).toEqual([keys[1], keys[0]])
  })

  it('removes an item but never the last one', () => {
    const list = items('一', '二')
    removeItem(list, 0)
    expect(texts(list)).toEqual(['二'])
    removeItem(list, 0)
    expect(texts(list)).toEqual(['二'])
  })

  it('names the first problem of each row: text, then legal basis, by their limits', () => {
    const list = [
      draftItem({ text: '  ', legalBasis: '第一条' }),
      draftItem({ text: '是否持证上岗', legalBasis: '' }),
      draftItem({ text: 'x'.repeat(501), legalBasis: '第三条' }),
      draftItem({ text: '是否有预案', legalBasis: 'y'.repeat(501) }),
      draftItem({ text: '是否有台账', legalBasis: '第五条' }),
    ]
    expect(itemProblems(list)).toEqual({
      rows: { 0: 'textRequired', 1: 'legalBasisRequired', 2: 'textTooLong', 3: 'legalBasisTooLong' },
    })
    expect(hasProblems(itemProblems(list.slice(4)))).toBe(false)
  })

  it('needs one item at least and at most 200', () => {
    expect(itemProblems([]).list).toBe('itemsRequired')
    const many = Array.from({ length: ITEMS_MAX + 1 }, () => draftItem({ text: 'a', legalBasis: 'b' }))
    expect(itemProblems(many).list).toBe('itemsTooMany')
    expect(itemProblems(many.slice(1)).list).toBeUndefined()
  })
})

describe('who sees the checklist buttons', () => {
  const powers: Editor = { roles: ['office-head'], unit: { id: 4, enforcementPowers: true, sectors: ['GAS', 'INDUSTRY_TRADE'] } }
  const noPowers: Editor = { roles: ['office-head'], unit: { id: 6, enforcementPowers: false, sectors: ['GAS'] } }
  const admin: Editor = { roles: ['town-admin'], unit: { id: 2, enforcementPowers: true, sectors: ['FIRE'] } }
  const leader: Editor = { roles: ['leader'], unit: null }

  it('the emergency office edits every checklist', () => {
    expect(mayCreateChecklist(admin)).toBe(true)
    expect(mayEditChecklist(admin, { ownerUnitId: 4, sectorCode: 'GAS' })).toBe(true)
    expect(mayEditChecklist(admin, { ownerUnitId: null, sectorCode: 'FIRE' })).toBe(true)
  })

  it('an office head only its own office\'s, in a sector its office holds powers over', () => {
    expect(mayCreateChecklist(powers)).toBe(true)
    expect(mayEditChecklist(powers, { ownerUnitId: 4, sectorCode: 'GAS' })).toBe(true)
    expect(mayEditChecklist(powers, { ownerUnitId: 4, sectorCode: 'FIRE' })).toBe(false)
    expect(mayEditChecklist(powers, { ownerUnitId: 5, sectorCode: 'GAS' })).toBe(false)
    expect(mayEditChecklist(powers, { ownerUnitId: null, sectorCode: 'GAS' })).toBe(false)
  })

  it('an office without powers, a leader, or an office head whose unit is not read yet: none', () => {
    expect(mayCreateChecklist(noPowers)).toBe(false)
    expect(mayEditChecklist(noPowers, { ownerUnitId: 6, sectorCode: 'GAS' })).toBe(false)
    expect(mayCreateChecklist(leader)).toBe(false)
    expect(mayEditChecklist(leader, { ownerUnitId: null, sectorCode: 'FIRE' })).toBe(false)
    expect(mayCreateChecklist({ roles: ['office-head'], unit: null })).toBe(false)
  })
})
