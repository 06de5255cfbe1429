import { describe, expect, it } from 'vitest'
import { inspection } from '@/test/enforcementFixtures'
import { failedViolations, LEGAL_BASIS_MAX, openRefusal, prefillFacts, prefillLegalBasis } from './caseOpen'

const intro = (unit: string) => `经现场检查，${unit}存在以下违法行为：`
const itemWords = (text: string) => `检查项：${text}`

describe('opening a case from an inspection', () => {
  it('takes only the failed items that are violations (a failed hazard-only item and a passed one are left out)', () => {
    expect(failedViolations(inspection()).map((r) => r.itemNo)).toEqual([1])
  })

  it('prefills the facts with what the inspector noted at each of those items (the item beside it), numbered', () => {
    const subject = inspection()
    subject.results.push({ ...subject.results[0]!, itemNo: 4, text: '用户未安装燃气泄漏报警器', note: null, legalBasis: '《城镇燃气管理条例》第三十三条' })
    expect(prefillFacts(subject, intro, itemWords)).toBe(
      '经现场检查，一居存在以下违法行为：\n1. 调压箱旁堆放纸箱（检查项：燃气调压箱周边无杂物堆放）\n2. 用户未安装燃气泄漏报警器',
    )
    // the same clause twice is written once
    expect(prefillLegalBasis(subject)).toBe('《城镇燃气管理条例》第三十三条')
  })

  it('joins different clauses, and stops before the field\'s limit rather than cutting a clause', () => {
    const subject = inspection()
    const long = '《某某条例》'.padEnd(480, '款')
    subject.results.push({ ...subject.results[0]!, itemNo: 5, legalBasis: '《中华人民共和国安全生产法》第四十一条' })
    subject.results.push({ ...subject.results[0]!, itemNo: 6, legalBasis: long })
    expect(prefillLegalBasis(subject)).toBe('《城镇燃气管理条例》第三十三条；《中华人民共和国安全生产法》第四十一条')
    expect(prefillLegalBasis(subject).length).toBeLessThanOrEqual(LEGAL_BASIS_MAX)
  })

  it('says why no case can be opened: not finished, or no violation failed', () => {
    expect(openRefusal(inspection())).toBeNull()
    expect(openRefusal(inspection({ state: 'IN_PROGRESS' }))).toBe('notFinished')
    const clean = inspection()
    clean.results = clean.results.map((r) => (r.violation ? { ...r, outcome: 'PASS' as const } : r))
    expect(openRefusal(clean)).toBe('noViolation')
  })
})
