import { describe, expect, it } from 'vitest'
import { creditCheckChar, normaliseCode, validateUnitCode } from './unitCode'

describe('unit code by kind', () => {
  it('villages and communities need a 12-digit statistical division code', () => {
    for (const kind of ['VILLAGE', 'COMMUNITY'] as const) {
      expect(validateUnitCode(kind, '110114001201')).toBeNull()
      expect(validateUnitCode(kind, ' 110114001201 ')).toBeNull()
      expect(validateUnitCode(kind, '')).toBe('codeRequired')
      expect(validateUnitCode(kind, null)).toBe('codeRequired')
      expect(validateUnitCode(kind, '11011400120')).toBe('divisionCode')
      expect(validateUnitCode(kind, '1101140012011')).toBe('divisionCode')
      expect(validateUnitCode(kind, '11011400120A')).toBe('divisionCode')
    }
  })

  it('enterprises and public institutions need a valid unified social credit code', () => {
    for (const kind of ['ENTERPRISE', 'PUBLIC_INSTITUTION'] as const) {
      expect(validateUnitCode(kind, '91350100M000100Y43')).toBeNull()
      expect(validateUnitCode(kind, '91110000600037341L')).toBeNull()
      expect(validateUnitCode(kind, '91110000600037341l')).toBeNull() // typed in lower case
      expect(validateUnitCode(kind, '')).toBe('codeRequired')
      expect(validateUnitCode(kind, '91110000600037341')).toBe('creditCode') // 17 characters
      expect(validateUnitCode(kind, '9111000060003734IL')).toBe('creditCode') // I is not used
      expect(validateUnitCode(kind, '911100006000373410')).toBe('creditCheckDigit')
    }
  })

  it('other kinds may have any short code or none', () => {
    for (const kind of ['OFFICE', 'STATION', 'INSTITUTE', 'CENTRE', 'DISTRICT_UNIT'] as const) {
      expect(validateUnitCode(kind, '')).toBeNull()
      expect(validateUnitCode(kind, 'PAB-01')).toBeNull()
      expect(validateUnitCode(kind, 'x'.repeat(18))).toBeNull()
      expect(validateUnitCode(kind, 'x'.repeat(19))).toBe('codeTooLong')
    }
  })

  it('computes the GB 32100 check character', () => {
    expect(creditCheckChar('91350100M000100Y4')).toBe('3')
    expect(creditCheckChar('91440300708461136')).toBe('T')
  })

  it('stores codes trimmed, credit codes in capitals, and an empty code as null', () => {
    expect(normaliseCode('ENTERPRISE', ' 91110000600037341l ')).toBe('91110000600037341L')
    expect(normaliseCode('OFFICE', ' ab ')).toBe('ab')
    expect(normaliseCode('OFFICE', '  ')).toBeNull()
  })
})

describe('the default document number prefix', () => {
  it('is the town without its last character and the unit without 办/所/站/中心', async () => {
    const { defaultDocumentPrefix } = await import('./unitCode')
    expect(defaultDocumentPrefix('东溪镇', '经发办')).toBe('东溪经发')
    expect(defaultDocumentPrefix('东溪镇', '规划自然资源所')).toBe('东溪规划自然资源')
    expect(defaultDocumentPrefix('东溪镇', '便民服务中心')).toBe('东溪便民服务')
    expect(defaultDocumentPrefix('东溪镇', '')).toBe('')
  })
})
