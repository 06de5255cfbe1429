import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FileTooLargeError } from '@/api'
import { settings } from '@/test/fixtures'
import { me, signedIn } from '@/test/helpers'
import { useLedgers } from './useLedgers'

const upload = vi.fn(async () => ({ rowsTotal: 1, created: 1, alreadyImported: 0 }))
vi.mock('@/auth/keycloak', () => ({ freshToken: async () => 'tok', login: vi.fn() }))
vi.mock('@/api', async (original) => ({ ...(await original<typeof import('@/api')>()), upload: (...args: unknown[]) => upload(...(args as [])) }))

const MB = 1024 * 1024
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
function workbook(size: number): File {
  const file = new File(['x'], '台账.xlsx', { type: XLSX })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

describe('importing a ledger from Excel', () => {
  beforeEach(() => {
    upload.mockClear()
    signedIn(me(), settings({ maxExcelBytes: 5 * MB }))
  })
  afterEach(() => {
    document.body.innerHTML = ''
  })

  it('refuses a workbook above the server\'s limit before sending anything', async () => {
    const error = await useLedgers()
      .importSheet(3, '2026-11', workbook(5 * MB + 1))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileTooLargeError)
    expect((error as FileTooLargeError).message).toBe('Excel 文件超过 5 MB，请删去多余的内容后再上传')
    expect(upload).not.toHaveBeenCalled()
  })

  it('sends one within the limit to the unit\'s month', async () => {
    const file = workbook(5 * MB)
    await useLedgers().importSheet(3, '2026-11', file)
    expect(upload).toHaveBeenCalledWith('/api/v1/units/3/ledgers/2026-11/import', file, { onProgress: undefined })
  })
})
