/**
 * Amounts of money as Chinese official forms write them, by the same rules as the backend's
 * `common/text/ChineseMoney` (so that the page shows what the .docx will print): capitals
 * (大写金额: every digit with its place, skipped places as one 零, 万 and 亿 closing their sections,
 * 元整 when there are no 角 and 分, 零X分 when there are 分 without 角), 万元 for bulletins and figures
 * with thousands separators.
 *
 * Amounts are handled as decimal text, never as binary fractions: 0.1 + 0.2 must not print 叁角零分.
 */
const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const PLACES = ['', '拾', '佰', '仟']
/** Up to 16 integer digits, as the backend. */
const MAX_INTEGER_DIGITS = 16

/** An amount split into its whole yuan (digits, no leading zeros) and its 分 (0..99). */
interface Amount {
  integer: string
  fen: number
}

/** The amount as text: a number is written out plainly (1e21 and the like are refused below). */
function decimalText(value: number | string): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not an amount: ${value}`)
    // the shortest text that reads back as this number: 10600.5, 0.05
    return String(value)
  }
  return value.trim()
}

function parse(value: number | string): Amount {
  const text = decimalText(value)
  const match = /^(\d+)(?:\.(\d*))?$/.exec(text)
  if (!match) {
    if (/^-/.test(text)) throw new RangeError(`an amount of money on a form is never negative: ${text}`)
    throw new RangeError(`not an amount: ${text}`)
  }
  const integer = match[1]!.replace(/^0+(?=\d)/, '')
  const decimals = (match[2] ?? '').replace(/0+$/, '')
  if (decimals.length > 2) throw new RangeError(`an amount of money has at most two decimals (角 and 分): ${text}`)
  if (integer.length > MAX_INTEGER_DIGITS) throw new RangeError(`amount too large to write in capitals: ${text}`)
  return { integer, fen: Number(decimals.padEnd(2, '0')) }
}

/** Whether a value is an amount the forms can write: not negative, at most two decimals. */
export function isAmount(value: number | string | null | undefined): boolean {
  if (value === null || value === undefined || value === '') return false
  try {
    parse(value)
    return true
  } catch {
    return false
  }
}

function integerCapitals(digits: string): string {
  let out = ''
  let zeroPending = false
  let groupHasDigit = false
  let yiHasDigit = false
  const length = digits.length
  for (let i = 0; i < length; i++) {
    const position = length - 1 - i
    const digit = digits.charCodeAt(i) - 48
    if (digit === 0) {
      // a zero after something written becomes one 零 before the next non-zero digit
      zeroPending = out.length > 0
    } else {
      if (zeroPending) {
        out += '零'
        zeroPending = false
      }
      out += DIGITS[digit]! + PLACES[position % 4]!
      groupHasDigit = true
      if (position >= 8) yiHasDigit = true
    }
    // 万 closes a group of four; 亿 closes everything above it, which counts 亿 (伍万亿, 伍万零叁亿)
    if (position === 8 && yiHasDigit) out += '亿'
    else if ((position === 4 || position === 12) && groupHasDigit) out += '万'
    if (position % 4 === 0) groupHasDigit = false
  }
  return out
}

/** 10600 → 壹万零陆佰元整, 10600.50 → 壹万零陆佰元伍角, 0.05 → 伍分, 0 → 零元整. Throws a RangeError for what no form can write. */
export function capitals(value: number | string): string {
  const { integer, fen: fenTotal } = parse(value)
  const jiao = Math.floor(fenTotal / 10)
  const fen = fenTotal % 10
  const wholeYuan = integer !== '0'
  let out = wholeYuan ? `${integerCapitals(integer)}元` : ''
  if (jiao === 0 && fen === 0) return wholeYuan ? `${out}整` : '零元整'
  if (jiao > 0) out += `${DIGITS[jiao]}角`
  else if (wholeYuan) out += '零'
  if (fen > 0) out += `${DIGITS[fen]}分`
  return out
}

/** The amount in whole 分, as a bigint (exact for every amount capitals() accepts). */
function fenOf(value: number | string): bigint {
  const { integer, fen } = parse(value)
  return BigInt(integer) * 100n + BigInt(fen)
}

/** 10600 → 1.06万元, 500 → 0.05万元, 15000 → 1.5万元, 0 → 0万元 (two decimals at most, half-up). */
export function wan(value: number | string): string {
  const fen = fenOf(value)
  // 万元 with two decimals = hundreds of yuan = units of 10 000 分, rounded half-up
  const hundreds = (fen + 5_000n) / 10_000n
  const whole = hundreds / 100n
  const cents = (hundreds % 100n).toString().padStart(2, '0').replace(/0+$/, '')
  return `${whole}${cents ? `.${cents}` : ''}万元`
}

/** 10600 → 10,600.00元. */
export function yuan(value: number | string): string {
  const fen = fenOf(value)
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${whole}.${(fen % 100n).toString().padStart(2, '0')}元`
}
