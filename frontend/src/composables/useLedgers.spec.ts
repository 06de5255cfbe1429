import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileTooLargeError } from '@/api'
import { settings } from '@/test/fixtures'
import { useFakeApi } from '@/test/fakeApi'
import { me, signedIn } from '@/test/helpers'
import { useLedgers } from './useLedgers'

const server = useFakeApi()
const imports = () => server.calls('POST', '/api/v1/units/{unitId}/ledgers/{period}/import')

const MB = 1024 * 1024
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
function workbook(size: number): File {
  const file = new File(['x'], '台账.xlsx', { type: XLSX })
  Object.defineProperty(file, 'size', { value: size })
  return file
}

describe('importing a ledger from Excel', () => {
  beforeEach(() => {
    server.on('POST', '/api/v1/units/{unitId}/ledgers/{period}/import', () => ({ rowsTotal: 1, created: 1, alreadyImported: 0 }))
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
    expect(imports()).toEqual([])
  })

  it('sends one within the limit to the unit\'s month', async () => {
    const file = workbook(5 * MB)
    await expect(useLedgers().importSheet(3, '2026-11', file)).resolves.toEqual({ rowsTotal: 1, created: 1, alreadyImported: 0 })
    expect(imports()).toEqual([expect.objectContaining({ params: { unitId: '3', period: '2026-11' }, body: expect.objectContaining({ name: '台账.xlsx' }) })])
  })
})
