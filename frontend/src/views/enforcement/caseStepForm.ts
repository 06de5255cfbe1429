import type { FormItemRule, FormRules } from 'element-plus'
import type { CaseAction, EnforcementCase, NoPenaltyReason, useEnforcementCases } from '@/composables/useEnforcementCases'
import { isAmount } from '@/utils/chineseMoney'

/** Every field any step of the chain asks for; each step uses its own. */
export interface CaseStepForm {
  content: string
  deadline: string
  reinspectedOn: string
  finding: string
  corrected: boolean | undefined
  penaltyBasis: string
  fineAmount: number | undefined
  decidedOn: string
  paidOn: string
  receiptNo: string
  reason: NoPenaltyReason | undefined
  note: string
  withdrawReason: string
}

export const TEXT_MAX = 2000
export const BASIS_MAX = 500
export const RECEIPT_MAX = 100

/** The fields each step shows, in order: what the dialog draws and what the spec checks. */
export const STEP_FIELDS: Record<CaseAction, (keyof CaseStepForm)[]> = {
  ORDER: ['content', 'deadline'],
  REINSPECT: ['reinspectedOn', 'finding', 'corrected'],
  NOTIFY_PENALTY: ['penaltyBasis', 'fineAmount'],
  DECIDE_PENALTY: ['penaltyBasis', 'fineAmount', 'decidedOn'],
  RECORD_PAYMENT: ['paidOn', 'receiptNo'],
  CLOSE: [],
  CLOSE_WITHOUT_PENALTY: ['reason', 'note'],
  WITHDRAW: ['withdrawReason'],
}

/** A step's form as the case stands: a decision starts from what was notified. Dates are the town's today. */
export function caseStepFormFor(c: EnforcementCase, today: string): CaseStepForm {
  return {
    content: c.orderContent ?? '',
    deadline: '',
    reinspectedOn: today,
    finding: '',
    corrected: undefined,
    penaltyBasis: c.penaltyBasis ?? '',
    fineAmount: c.fineAmount ?? undefined,
    decidedOn: today,
    paidOn: today,
    receiptNo: '',
    reason: undefined,
    note: '',
    withdrawReason: '',
  }
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The first day a step's date may take: a re-inspection not before the order, a decision not before the notice… */
export function earliestDate(action: CaseAction | null, c: EnforcementCase): string | null {
  switch (action) {
    case 'REINSPECT':
      return c.orderedOn ?? null
    case 'DECIDE_PENALTY':
      return c.penaltyNotifiedOn ?? null
    case 'RECORD_PAYMENT':
      return c.penaltyDecidedOn ?? null
    default:
      return null
  }
}

/**
 * The rules of a step's fields, as the server checks them, so that most mistakes are told before
 * sending: an order's deadline after today, dates of a step not in the future nor before the step
 * they follow, a fine of at least 0 with at most two decimals (0: a warning), 不予处罚 on OTHER with its words.
 */
export function caseStepRules(
  action: CaseAction | null,
  form: CaseStepForm,
  c: EnforcementCase,
  t: Translate,
  today: () => string,
  formatDate: (value: string) => string,
): FormRules<CaseStepForm> {
  const required = (key: string, trigger: 'blur' | 'change' = 'blur'): FormItemRule => ({
    required: true,
    whitespace: true,
    message: t(`enforcement.validation.${key}`),
    trigger,
  })
  const earliest = earliestDate(action, c)
  const pastDate: FormItemRule = {
    trigger: 'change',
    validator: (_rule, value: string, callback) => {
      if (value && value > today()) return callback(new Error(t('enforcement.validation.dateFuture')))
      if (value && earliest && value < earliest) return callback(new Error(t('enforcement.validation.dateBefore', { date: formatDate(earliest) })))
      callback()
    },
  }
  const fine = (): FormItemRule[] => [
    { required: true, type: 'number', message: t('enforcement.validation.fineRequired'), trigger: 'blur' },
    {
      trigger: 'blur',
      validator: (_rule, value: number | undefined, callback) => {
        if (value === undefined || value === null) return callback()
        if (!isAmount(value)) return callback(new Error(t('enforcement.moneyInvalid')))
        callback()
      },
    },
  ]
  switch (action) {
    case 'ORDER':
      return {
        content: [required('contentRequired')],
        deadline: [
          required('deadlineRequired', 'change'),
          {
            trigger: 'change',
            validator: (_rule, value: string, callback) => callback(value && value <= today() ? new Error(t('enforcement.validation.deadlineAfterToday')) : undefined),
          },
        ],
      }
    case 'REINSPECT':
      return {
        reinspectedOn: [required('dateRequired', 'change'), pastDate],
        finding: [required('findingRequired')],
        corrected: [{ required: true, type: 'boolean', message: t('enforcement.validation.correctedRequired'), trigger: 'change' }],
      }
    case 'NOTIFY_PENALTY':
      // 0 is a warning only (警告), notified and decided like a fine
      return { penaltyBasis: [required('basisRequired')], fineAmount: fine() }
    case 'DECIDE_PENALTY':
      return { penaltyBasis: [required('basisRequired')], fineAmount: fine(), decidedOn: [required('dateRequired', 'change'), pastDate] }
    case 'RECORD_PAYMENT':
      return { paidOn: [required('dateRequired', 'change'), pastDate], receiptNo: [required('receiptRequired')] }
    case 'CLOSE_WITHOUT_PENALTY':
      return {
        reason: [required('reasonRequired', 'change')],
        note: form.reason === 'OTHER' ? [required('noteRequired')] : [],
      }
    case 'WITHDRAW':
      return { withdrawReason: [required('withdrawRequired')] }
    default:
      return {}
  }
}

const optional = (value: string) => value.trim() || null

/** Sends a step with the version of the case the user read. */
export function sendCaseStep(cases: ReturnType<typeof useEnforcementCases>, action: CaseAction, c: EnforcementCase, form: CaseStepForm): Promise<EnforcementCase> {
  const { id, version } = c
  switch (action) {
    case 'ORDER':
      return cases.order(id, { version, content: form.content.trim(), deadline: form.deadline })
    case 'REINSPECT':
      return cases.reinspect(id, { version, reinspectedOn: form.reinspectedOn, finding: form.finding.trim(), corrected: form.corrected === true })
    case 'NOTIFY_PENALTY':
      return cases.notifyPenalty(id, { version, penaltyBasis: form.penaltyBasis.trim(), fineAmount: form.fineAmount! })
    case 'DECIDE_PENALTY':
      return cases.decidePenalty(id, { version, penaltyBasis: form.penaltyBasis.trim(), fineAmount: form.fineAmount!, decidedOn: form.decidedOn })
    case 'RECORD_PAYMENT':
      return cases.recordPayment(id, { version, paidOn: form.paidOn, receiptNo: form.receiptNo.trim() })
    case 'CLOSE':
      return cases.close(id, { version })
    case 'CLOSE_WITHOUT_PENALTY':
      return cases.closeWithoutPenalty(id, { version, reason: form.reason!, note: optional(form.note) })
    case 'WITHDRAW':
      return cases.withdraw(id, { version, reason: form.withdrawReason.trim() })
  }
}

/** The body field the server names for a form field, where they differ (withdraw sends `reason`). */
export function serverField(field: keyof CaseStepForm, action: CaseAction | null): string {
  if (field === 'withdrawReason' && action === 'WITHDRAW') return 'reason'
  return field
}
