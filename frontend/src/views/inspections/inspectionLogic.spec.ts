import { describe, expect, it } from 'vitest'
import type { Me } from '@/api/types'
import { inspection, result } from './fixtures'
import {
  canOpenCase,
  canRegisterHazard,
  canStartInspections,
  canWrite,
  cleanInspectors,
  firstOpenIndex,
  hasFailedViolation,
  hazardPrefill,
  namedItems,
  neighbours,
  progressOf,
  unfilledItems,
} from './inspectionLogic'

const person = (roles: string[], unitId = 4): Pick<Me, 'roles' | 'unit'> => ({ roles, unit: { id: unitId, name: '经发办', kind: 'OFFICE' } })
const admin = person(['town-admin'], 1)
const head = person(['office-head'], 4)
const otherHead = person(['office-head'], 5)
const leader = person(['leader'], 1)
const officer = person(['village-officer'], 8)

describe('an inspection\'s progress', () => {
  it('counts the items that have a result, of all', () => {
    const results = [result(1, { outcome: 'PASS' }), result(2, { outcome: 'NOT_APPLICABLE' }), result(3, { outcome: 'FAIL' }), result(4), result(5)]
    expect(progressOf(results)).toEqual({ done: 3, total: 5, percent: 60 })
    expect(progressOf([])).toEqual({ done: 0, total: 0, percent: 0 })
    expect(unfilledItems(results)).toEqual([4, 5])
  })

  it('takes the unfilled items from the server\'s message, and the page\'s own when it names none', () => {
    const results = [result(1, { outcome: 'PASS' }), result(3), result(5), result(12)]
    expect(namedItems('以下检查项尚未填写结果：第 3、12 项', results)).toEqual([3, 12])
    // a number that is no item of this inspection is not offered as one
    expect(namedItems('These items have no result yet: 5, 99', results)).toEqual([5])
    expect(namedItems('请完成所有检查项', results)).toEqual([3, 5, 12])
    expect(namedItems(undefined, results)).toEqual([3, 5, 12])
  })
})

describe('walking the items on a phone', () => {
  it('goes back and forth, and not beyond either end', () => {
    expect(neighbours(0, 3)).toEqual({ previous: null, next: 1 })
    expect(neighbours(1, 3)).toEqual({ previous: 0, next: 2 })
    expect(neighbours(2, 3)).toEqual({ previous: 1, next: null })
    expect(neighbours(0, 1)).toEqual({ previous: null, next: null })
  })

  it('starts at the first item without a result', () => {
    expect(firstOpenIndex([result(1, { outcome: 'PASS' }), result(2, { outcome: 'FAIL' }), result(3), result(4)])).toBe(2)
    expect(firstOpenIndex([result(1, { outcome: 'PASS' })])).toBe(0)
  })
})

describe('who may do what', () => {
  it('town admins and office heads start inspections; leaders and village officers do not', () => {
    expect([admin, head, leader, officer, null].map(canStartInspections)).toEqual([true, true, false, false, false])
  })

  it('the inspecting office\'s head and town admins fill it in; another office, leaders and the inspected village read', () => {
    const subject = inspection()
    expect([admin, head, otherHead, leader, officer].map((who) => canWrite(who, subject))).toEqual([true, true, false, false, false])
  })

  it('offers 登记隐患 on a failed item without a hazard, to a writer only', () => {
    expect(canRegisterHazard(true, result(2, { outcome: 'FAIL' }))).toBe(true)
    expect(canRegisterHazard(true, result(2, { outcome: 'FAIL', hazardId: 9, hazardSerial: 'YH2026-0009' }))).toBe(false)
    expect(canRegisterHazard(true, result(2, { outcome: 'PASS' }))).toBe(false)
    expect(canRegisterHazard(true, result(2))).toBe(false)
    expect(canRegisterHazard(false, result(2, { outcome: 'FAIL' }))).toBe(false)
  })

  it('offers 立案 on a finished inspection with a failed violation item, when the inspecting office holds powers over the sector', () => {
    const finished = inspection({ state: 'FINISHED', results: [result(1, { outcome: 'PASS' }), result(2, { violation: true, outcome: 'FAIL' })] })
    const powers = { enforcementPowers: true, sectors: ['GAS', 'INDUSTRY_TRADE'] }
    expect(hasFailedViolation(finished)).toBe(true)
    expect(canOpenCase(head, finished, powers, 'GAS')).toBe(true)
    expect(canOpenCase(admin, finished, powers, 'GAS')).toBe(true)
    // not an office with powers over this sector, or none at all
    expect(canOpenCase(head, finished, powers, 'FIRE')).toBe(false)
    expect(canOpenCase(head, finished, { enforcementPowers: false, sectors: ['GAS'] }, 'GAS')).toBe(false)
    expect(canOpenCase(head, finished, null, null)).toBe(false)
    // not the office that inspected, or people who only read
    expect(canOpenCase(otherHead, finished, powers, 'GAS')).toBe(false)
    expect(canOpenCase(leader, finished, powers, 'GAS')).toBe(false)
    expect(canOpenCase(officer, finished, powers, 'GAS')).toBe(false)
    // still in progress; or the failed item is no violation
    expect(canOpenCase(head, { ...finished, state: 'IN_PROGRESS' }, powers, 'GAS')).toBe(false)
    const hazardOnly = inspection({ state: 'FINISHED', results: [result(1, { outcome: 'FAIL' }), result(2, { violation: true, outcome: 'PASS' })] })
    expect(canOpenCase(head, hazardOnly, powers, 'GAS')).toBe(false)
  })
})

describe('the hazard form of a failed item', () => {
  const describe_ = (v: { no: number; text: string; note: string }) => `第${v.no}项「${v.text}」${v.note ? `：${v.note}` : ''}`

  it('takes the place from the inspection and the description from the item and its note, with the result\'s version', () => {
    const form = hazardPrefill(inspection(), result(2, { text: '钢瓶是否直立', note: ' 三只钢瓶倒放在灶台下 ', version: 21 }), describe_)
    expect(form).toMatchObject({ version: 21, place: '村委会食堂', description: '第2项「钢瓶是否直立」：三只钢瓶倒放在灶台下', grade: 'GENERAL' })
    expect(form.causeCategory).toBeUndefined()
    expect(form.deadline).toBe('')
  })

  it('falls back to the inspected unit for the place, and leaves the note out when there is none', () => {
    const form = hazardPrefill(inspection({ place: null }), result(3, { text: '是否配备灭火器' }), describe_)
    expect(form.place).toBe('白云寺村')
    expect(form.description).toBe('第3项「是否配备灭火器」')
  })
})

describe('inspectors as typed', () => {
  it('are trimmed, without empty or repeated names, at most 20', () => {
    expect(cleanInspectors([' 王建国 ', '李明', '', '王建国'])).toEqual(['王建国', '李明'])
    expect(cleanInspectors(Array.from({ length: 25 }, (_, i) => `人${i}`))).toHaveLength(20)
  })
})
