import type { FormItemRule, FormRules } from 'element-plus'
import type { Attachment, Hazard, HazardGrade } from '@/api/types'
import type { useHazards } from '@/composables/useHazards'
import type { StepAction } from './hazardFlow'

/** Every field any step of the loop asks for; each step uses its own. */
export interface StepForm {
  grade: HazardGrade
  responsibleUnitId: number | undefined
  responsiblePerson: string
  measures: string
  funds: number | undefined
  deadline: string
  contingencyPlan: string
  treatmentPlan: string
  content: string
  completedOn: string
  passed: boolean
  verifiedOn: string
  note: string
  photos: Attachment[]
}

export const TEXT_MAX = 1000
export const NOTE_MAX = 2000

/** Dates are the town's: `today` is the server's, not the device's. */
export function blankStep(today: string): StepForm {
  return {
    grade: 'GENERAL',
    responsibleUnitId: undefined,
    responsiblePerson: '',
    measures: '',
    funds: undefined,
    deadline: '',
    contingencyPlan: '',
    treatmentPlan: '',
    content: '',
    completedOn: today,
    passed: true,
    verifiedOn: today,
    note: '',
    photos: [],
  }
}

/** A step's form as the hazard stands: what registration settled is offered again. */
export function stepFormFor(hazard: Hazard, action: StepAction | null, today: string): StepForm {
  const s = hazard.summary
  return {
    ...blankStep(today),
    grade: s.grade,
    // never a guess: the village that reported a hazard is seldom the one that must fix it
    responsibleUnitId: s.responsibleUnitId ?? undefined,
    responsiblePerson: hazard.responsiblePerson ?? '',
    measures: hazard.measures ?? '',
    funds: hazard.funds ?? undefined,
    deadline: (action === 'ORDER' ? hazard.orderDeadline ?? hazard.registrationDeadline : hazard.registrationDeadline) ?? '',
    contingencyPlan: hazard.contingencyPlan ?? '',
    treatmentPlan: hazard.treatmentPlan ?? '',
    content: action === 'ORDER' ? hazard.orderContent ?? hazard.measures ?? '' : '',
  }
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/** The rules of a step's fields; they follow the grade (a major hazard needs a plan) and the verdict. */
export function stepRules(action: StepAction | null, form: StepForm, t: Translate, today: () => string): FormRules<StepForm> {
  const required = (key: string, trigger: 'blur' | 'change' = 'blur'): FormItemRule => ({
    required: true,
    whitespace: true,
    message: t(`hazard.validation.${key}`),
    trigger,
  })
  const notBeforeToday: FormItemRule = {
    trigger: 'change',
    validator: (_rule, value: string, callback) => callback(value && value < today() ? new Error(t('hazard.validation.deadlinePast')) : undefined),
  }
  const notAfterToday: FormItemRule = {
    trigger: 'change',
    validator: (_rule, value: string, callback) => callback(value && value > today() ? new Error(t('hazard.validation.dateFuture')) : undefined),
  }
  switch (action) {
    case 'REGISTER':
      return {
        grade: [required('gradeRequired', 'change')],
        responsibleUnitId: [{ required: true, message: t('hazard.validation.responsibleUnitRequired'), trigger: 'change' }],
        responsiblePerson: [required('responsiblePersonRequired')],
        measures: [required('measuresRequired')],
        funds: [
          { required: true, type: 'number', message: t('hazard.validation.fundsRequired'), trigger: 'blur' },
          { type: 'number', min: 0, message: t('hazard.validation.fundsNegative'), trigger: 'blur' },
        ],
        deadline: [required('deadlineRequired', 'change'), notBeforeToday],
        contingencyPlan: [required('contingencyPlanRequired')],
        treatmentPlan: form.grade === 'MAJOR' ? [required('treatmentPlanRequired')] : [],
      }
    case 'ORDER':
      return { content: [required('orderContentRequired')], deadline: [required('deadlineRequired', 'change'), notBeforeToday] }
    case 'PROGRESS':
      return { note: [required('progressNoteRequired')] }
    case 'COMPLETE':
      return { completedOn: [required('completedOnRequired', 'change'), notAfterToday] }
    case 'VERIFY':
      return {
        verifiedOn: [notAfterToday],
        note: form.passed ? [] : [required('failReasonRequired')],
        photos: form.passed
          ? [
              {
                trigger: 'change',
                validator: (_rule, value: Attachment[], callback) =>
                  callback(value.length === 0 ? new Error(t('hazard.validation.verifyPhotoRequired')) : undefined),
              },
            ]
          : [],
      }
    default:
      return {}
  }
}

const optional = (value: string) => value.trim() || null

/** Sends a step with the version of the hazard the user read. */
export function sendStep(hazards: ReturnType<typeof useHazards>, action: StepAction, hazard: Hazard, form: StepForm): Promise<Hazard> {
  const { id, version } = hazard.summary
  const attachmentIds = form.photos.map((p) => p.id)
  switch (action) {
    case 'REGISTER':
      return hazards.register(id, {
        version,
        grade: form.grade,
        responsibleUnitId: form.responsibleUnitId!,
        responsiblePerson: form.responsiblePerson.trim(),
        measures: form.measures.trim(),
        funds: form.funds!,
        deadline: form.deadline,
        contingencyPlan: form.contingencyPlan.trim(),
        treatmentPlan: form.grade === 'MAJOR' ? form.treatmentPlan.trim() : optional(form.treatmentPlan),
        note: optional(form.note),
      })
    case 'ORDER':
      return hazards.order(id, { version, content: form.content.trim(), deadline: form.deadline, attachmentIds })
    case 'PROGRESS':
      return hazards.progress(id, { version, note: form.note.trim(), attachmentIds })
    case 'COMPLETE':
      return hazards.complete(id, { version, completedOn: form.completedOn, note: optional(form.note), attachmentIds })
    case 'VERIFY':
      return hazards.verify(id, { version, passed: form.passed, verifiedOn: form.verifiedOn || null, note: optional(form.note), attachmentIds })
    case 'CLOSE':
      return hazards.close(id, { version, note: optional(form.note) })
    case 'REPORT_TO_DISTRICT':
      return hazards.reportToDistrict(id, { version, note: optional(form.note) })
  }
}
