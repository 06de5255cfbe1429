import type { UnitKind } from '@/api/types'

/** Which code a kind of unit is identified by. */
export type CodeScheme = 'division' | 'credit' | 'free'

export function codeScheme(kind: UnitKind | '' | undefined): CodeScheme {
  switch (kind) {
    case 'VILLAGE':
    case 'COMMUNITY':
      return 'division' // 统计用区划代码, 12 digits
    case 'ENTERPRISE':
    case 'PUBLIC_INSTITUTION':
      return 'credit' // 统一社会信用代码 (GB 32100), 18 characters
    default:
      return 'free'
  }
}

/** The server keeps at most 18 characters of any code (the length of a credit code). */
export const FREE_CODE_MAX = 18

// GB 32100-2015: digits and capital letters except I, O, Z, S, V; the 18th is a check character.
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const CREDIT_FORMAT = /^[0-9A-HJ-NP-RTUWXY]{18}$/

export function creditCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i]!
  return CREDIT_CHARS.charAt((31 - (sum % 31)) % 31)
}

/** Codes are stored trimmed; credit codes in capitals, as printed on business licences. */
export function normaliseCode(kind: UnitKind | '' | undefined, code: string | null | undefined): string | null {
  const trimmed = (code ?? '').trim()
  if (!trimmed) return null
  return codeScheme(kind) === 'credit' ? trimmed.toUpperCase() : trimmed
}

export type CodeProblem =
  | 'codeRequired'
  | 'divisionCode'
  | 'creditCode'
  | 'creditCheckDigit'
  | 'codeTooLong'

/**
 * The same rules the server applies: villages and communities need a 12-digit statistical
 * division code, enterprises and public institutions an 18-character unified social credit
 * code with a valid check character; other kinds may leave the code empty.
 * Returns the message key under unit.validation, or null when the code is acceptable.
 */
export function validateUnitCode(kind: UnitKind | '' | undefined, raw: string | null | undefined): CodeProblem | null {
  const code = normaliseCode(kind, raw)
  const scheme = codeScheme(kind)
  if (code === null) return scheme === 'free' ? null : 'codeRequired'
  if (scheme === 'division') return /^\d{12}$/.test(code) ? null : 'divisionCode'
  if (scheme === 'credit') {
    if (!CREDIT_FORMAT.test(code)) return 'creditCode'
    return creditCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'creditCheckDigit'
  }
  return code.length > FREE_CODE_MAX ? 'codeTooLong' : null
}

/**
 * The document number prefix the server uses for a unit without its own (API8): the town's name
 * without its last character (东溪镇 → 东溪) and the unit's without a trailing 办/所/站/中心 (经发办 → 经发).
 */
export function defaultDocumentPrefix(townName: string, unitName: string): string {
  const town = townName.trim().slice(0, -1)
  const unit = unitName.trim().replace(/(办|所|站|中心)$/, '')
  return unit ? `${town}${unit}` : ''
}
