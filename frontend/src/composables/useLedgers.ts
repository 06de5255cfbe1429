import { api, checkFileSize, download, unwrap, upload } from '@/api'
import type { LedgerBoard, LedgerImportRecord, LedgerImportResult, LedgerSubmission, LedgerSubmitInput, MonthlyLedger } from '@/api/types'
import { useSessionStore } from '@/stores/session'

const at = (unitId: number, period: string) => ({ params: { path: { unitId, period } } })

/** Monthly hazard ledgers (月度隐患排查整改台账) and the emergency office's board of returns. */
export function useLedgers() {
  const session = useSessionStore()
  return {
    get: (unitId: number, period: string): Promise<MonthlyLedger> =>
      unwrap(api.GET('/api/v1/units/{unitId}/ledgers/{period}', at(unitId, period))),
    /** One submitted version, as it was submitted (1 for the first). */
    submission: (unitId: number, period: string, no: number): Promise<LedgerSubmission> =>
      unwrap(api.GET('/api/v1/units/{unitId}/ledgers/{period}/submissions/{no}', { params: { path: { unitId, period, no } } })),
    /** The Excel uploads into the month's ledger, who and when. */
    imports: (unitId: number, period: string): Promise<LedgerImportRecord[]> =>
      unwrap(api.GET('/api/v1/units/{unitId}/ledgers/{period}/imports', at(unitId, period))),
    submit: (unitId: number, period: string, body: LedgerSubmitInput): Promise<MonthlyLedger> =>
      unwrap(api.POST('/api/v1/units/{unitId}/ledgers/{period}/submit', { ...at(unitId, period), body })),
    returnLedger: (unitId: number, period: string, version: number, reason: string): Promise<MonthlyLedger> =>
      unwrap(api.POST('/api/v1/units/{unitId}/ledgers/{period}/return', { ...at(unitId, period), body: { version, reason } })),
    accept: (unitId: number, period: string, version: number): Promise<MonthlyLedger> =>
      unwrap(api.POST('/api/v1/units/{unitId}/ledgers/{period}/accept', { ...at(unitId, period), body: { version } })),
    /** Refuses a workbook above the server's limit (FileTooLargeError) before sending anything. */
    importSheet: async (unitId: number, period: string, file: File, onProgress?: (percent: number) => void): Promise<LedgerImportResult> => {
      checkFileSize(file, 'excel', session.settings?.maxExcelBytes)
      return upload<LedgerImportResult>(
        `/api/v1/units/${encodeURIComponent(unitId)}/ledgers/${encodeURIComponent(period)}/import`,
        file,
        { onProgress },
      )
    },
    exportSheet: (unitId: number, period: string): Promise<string> =>
      download(api.GET('/api/v1/units/{unitId}/ledgers/{period}/export', { ...at(unitId, period), parseAs: 'blob' }), `ledger-${period}.xlsx`),
    template: (unitId: number | undefined, period: string | undefined): Promise<string> =>
      download(api.GET('/api/v1/ledgers/template', { params: { query: { unitId, period } }, parseAs: 'blob' }), 'ledger-template.xlsx'),
    board: (from: string, to: string): Promise<LedgerBoard> => unwrap(api.GET('/api/v1/ledgers/board', { params: { query: { from, to } } })),
  }
}
