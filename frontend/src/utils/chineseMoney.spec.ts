import { describe, expect, it } from 'vitest'
import { capitals, isAmount, wan, yuan } from './chineseMoney'

// The backend's own table (backend/src/test/java/com/anjian/common/text/ChineseMoneyTest.java), copied,
// so that the page shows the capitals the .docx prints. (The backend also reads "1E+3"; a form never sends that.)
const CAPITALS: [string, string][] = [
  ['0', '零元整'],
  ['0.00', '零元整'],
  ['0.01', '壹分'],
  ['0.05', '伍分'],
  ['0.1', '壹角'],
  ['0.50', '伍角'],
  ['0.55', '伍角伍分'],
  ['1', '壹元整'],
  ['10', '壹拾元整'],
  ['11', '壹拾壹元整'],
  ['20', '贰拾元整'],
  ['99', '玖拾玖元整'],
  ['100', '壹佰元整'],
  ['101', '壹佰零壹元整'],
  ['110', '壹佰壹拾元整'],
  ['1000', '壹仟元整'],
  ['1001', '壹仟零壹元整'],
  ['1010', '壹仟零壹拾元整'],
  ['1100', '壹仟壹佰元整'],
  ['2008', '贰仟零捌元整'],
  ['10000', '壹万元整'],
  ['10001', '壹万零壹元整'],
  ['10600', '壹万零陆佰元整'],
  ['10600.50', '壹万零陆佰元伍角'],
  ['10600.05', '壹万零陆佰元零伍分'],
  ['10600.55', '壹万零陆佰元伍角伍分'],
  ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
  ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
  ['107000.53', '壹拾万零柒仟元伍角叁分'],
  ['325.04', '叁佰贰拾伍元零肆分'],
  ['30000.00', '叁万元整'],
  ['100010', '壹拾万零壹拾元整'],
  ['110000', '壹拾壹万元整'],
  ['200000', '贰拾万元整'],
  ['1000000', '壹佰万元整'],
  ['1050000', '壹佰零伍万元整'],
  ['10000000', '壹仟万元整'],
  ['20000000', '贰仟万元整'],
  ['10010000', '壹仟零壹万元整'],
  ['100000000', '壹亿元整'],
  ['100000001', '壹亿零壹元整'],
  ['100010000', '壹亿零壹万元整'],
  ['110000000', '壹亿壹仟万元整'],
  ['101000000', '壹亿零壹佰万元整'],
  ['1000000010', '壹拾亿零壹拾元整'],
  ['1000000000000', '壹万亿元整'],
  ['5000300000000', '伍万零叁亿元整'],
  ['1000000010000', '壹万亿零壹万元整'],
  ['1200000000000', '壹万贰仟亿元整'],
  ['9999999999999999.99', '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ['10.500', '壹拾元伍角'],
]

const WAN: [string, string][] = [
  ['10600', '1.06万元'],
  ['500', '0.05万元'],
  ['0', '0万元'],
  ['0.00', '0万元'],
  ['49', '0万元'],
  ['50', '0.01万元'],
  ['10000', '1万元'],
  ['15000', '1.5万元'],
  ['10650', '1.07万元'],
  ['10649.99', '1.06万元'],
  ['123456789', '12345.68万元'],
  ['100000000', '10000万元'],
]

const YUAN: [string, string][] = [
  ['10600', '10,600.00元'],
  ['0', '0.00元'],
  ['0.5', '0.50元'],
  ['999', '999.00元'],
  ['1000', '1,000.00元'],
  ['10600.05', '10,600.05元'],
  ['1234567.89', '1,234,567.89元'],
]

describe('Chinese money, as the backend writes it', () => {
  it.each(CAPITALS)('%s → %s', (amount, expected) => {
    expect(capitals(amount)).toBe(expected)
  })

  it('reads numbers as the form sends them, without binary fractions creeping in', () => {
    expect(capitals(10600)).toBe('壹万零陆佰元整')
    expect(capitals(10600.5)).toBe('壹万零陆佰元伍角')
    // a sum with binary noise (0.30000000000000004) is refused, not rounded into an amount nobody typed
    expect(() => capitals(0.1 + 0.2)).toThrow(RangeError)
    expect(capitals(1680.32)).toBe('壹仟陆佰捌拾元叁角贰分')
  })

  it.each(['-1', '-0.01', '0.001', '1.005', '10600.501', '10000000000000000', 'abc', ''])('refuses %s', (amount) => {
    expect(() => capitals(amount)).toThrow(RangeError)
    expect(isAmount(amount)).toBe(false)
  })

  it.each(WAN)('%s → %s', (amount, expected) => {
    expect(wan(amount)).toBe(expected)
  })

  it.each(YUAN)('%s → %s', (amount, expected) => {
    expect(yuan(amount)).toBe(expected)
  })
})
