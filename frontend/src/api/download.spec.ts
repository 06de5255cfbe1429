import { describe, expect, it } from 'vitest'
import { filenameFromDisposition } from './download'

describe('the file name of a download', () => {
  it('prefers the UTF-8 name the server sends for Chinese names', () => {
    const header = `attachment; filename="___.xlsx"; filename*=UTF-8''${encodeURIComponent('隐患清单.xlsx')}`
    expect(filenameFromDisposition(header)).toBe('隐患清单.xlsx')
  })

  it('falls back to the plain name, quoted or not', () => {
    expect(filenameFromDisposition('attachment; filename="ledger.xlsx"')).toBe('ledger.xlsx')
    expect(filenameFromDisposition('attachment; filename=ledger.xlsx')).toBe('ledger.xlsx')
  })

  it('has no name without the header', () => {
    expect(filenameFromDisposition(null)).toBeUndefined()
    expect(filenameFromDisposition('attachment')).toBeUndefined()
  })
})
