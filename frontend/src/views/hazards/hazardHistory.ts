import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { CauseCategory, Hazard, HazardAction, HazardGrade, HazardSource, HazardState } from '@/api/types'
import { useFormat } from '@/composables/useFormat'
import { useLabels } from '@/composables/useLabels'
import { useSectors } from '@/composables/useSectors'
import { useUnits } from '@/composables/useUnits'

/**
 * The words for a hazard's change history (GET /api/v1/hazards/{id}/history): the server names the
 * hazard's fields as the record keeps them (relations as `unitId`, `sectorCode`) and adds what the
 * same change did around it: the `step` taken, the `attachments` bound, the `closeoutNo`, and the
 * overdue check's `escalationLevel` and `daysOverdue`. A field not listed here shows by its name.
 */
export const HAZARD_HISTORY_FIELDS: Record<string, string> = {
  serial: 'hazard.field.serial',
  unitId: 'hazard.field.unit',
  reportingUnitId: 'hazard.field.reportingUnit',
  recurrenceOfId: 'hazard.field.recurrenceOf',
  place: 'hazard.field.place',
  description: 'hazard.field.description',
  sectorCode: 'hazard.field.sector',
  causeCategory: 'hazard.field.causeCategory',
  grade: 'hazard.field.grade',
  source: 'hazard.field.source',
  foundBy: 'hazard.field.foundBy',
  foundOn: 'hazard.field.foundOn',
  reportedBy: 'hazard.historyField.reportedBy',
  state: 'hazard.field.state',
  responsibleUnitId: 'hazard.field.responsibleUnit',
  responsiblePerson: 'hazard.field.responsiblePerson',
  measures: 'hazard.field.measures',
  funds: 'hazard.field.funds',
  deadline: 'hazard.field.deadline',
  contingencyPlan: 'hazard.field.contingencyPlan',
  treatmentPlan: 'hazard.field.treatmentPlan',
  districtReportedAt: 'hazard.historyField.districtReportedAt',
  districtReportedBy: 'hazard.historyField.districtReportedBy',
  orderContent: 'hazard.field.orderContent',
  orderDeadline: 'hazard.field.orderDeadline',
  orderIssuedBy: 'hazard.historyField.orderIssuedBy',
  completedOn: 'hazard.field.completedOn',
  rectifiedBy: 'hazard.historyField.rectifiedBy',
  verifiedBy: 'hazard.historyField.verifiedBy',
  verifierName: 'hazard.field.verifier',
  verifiedOn: 'hazard.field.verifiedOn',
  closedAt: 'hazard.field.closedAt',
  closedBy: 'hazard.historyField.closedBy',
  importKey: 'hazard.historyField.importKey',
  remarks: 'hazard.field.remarks',
  step: 'hazard.historyField.step',
  attachments: 'hazard.historyField.attachments',
  closeoutNo: 'hazard.field.closeoutNo',
  escalationLevel: 'hazard.historyField.escalationLevel',
  daysOverdue: 'hazard.historyField.daysOverdue',
}

const DATES = new Set(['foundOn', 'deadline', 'orderDeadline', 'completedOn', 'verifiedOn'])
const INSTANTS = new Set(['districtReportedAt', 'closedAt'])
const UNITS = new Set(['unitId', 'reportingUnitId', 'responsibleUnitId'])

/** Labels and value words for the history drawer of one hazard; units named by id are looked up once. */
export function useHazardHistory(hazard: () => Hazard | null) {
  const { t, te } = useI18n()
  const label = useLabels()
  const format = useFormat()
  const { sectorName } = useSectors()
  const units = useUnits()
  /** names of units the history mentions, by id: those the hazard names, and the others as they are read */
  const unitNames = reactive(new Map<number, string>())
  const asked = new Set<number>()

  function unitName(id: number): string {
    const h = hazard()
    if (h) {
      if (id === h.summary.unitId) return h.summary.unitName
      if (id === h.reportingUnitId) return h.reportingUnitName
      if (id === h.summary.responsibleUnitId && h.summary.responsibleUnitName) return h.summary.responsibleUnitName
    }
    const known = unitNames.get(id)
    if (known) return known
    if (!asked.has(id)) {
      asked.add(id)
      units.get(id).then(
        (unit) => unitNames.set(id, unit.name),
        () => undefined, // the toast has told the user; the id stays
      )
    }
    return String(id)
  }

  function fieldLabel(field: string): string {
    const key = HAZARD_HISTORY_FIELDS[field]
    return key && te(key) ? t(key) : field
  }

  function formatValue(field: string, value: unknown): string | undefined {
    if (value === null || value === undefined || value === '') return undefined
    const text = String(value)
    if (field === 'state') return label('HazardState', text as HazardState)
    if (field === 'grade') return label('HazardGrade', text as HazardGrade)
    if (field === 'causeCategory') return label('CauseCategory', text as CauseCategory)
    if (field === 'source') return label('HazardSource', text as HazardSource)
    if (field === 'step') return (Array.isArray(value) ? value : [value]).map((a) => label('HazardAction', String(a) as HazardAction)).join('、')
    if (field === 'sectorCode') return sectorName(text)
    if (UNITS.has(field) && typeof value === 'number') return unitName(value)
    if (field === 'recurrenceOfId') {
      const h = hazard()
      return h && h.recurrenceOfId === value && h.recurrenceOfSerial ? h.recurrenceOfSerial : text
    }
    if (DATES.has(field)) return format.date(text)
    if (INSTANTS.has(field)) return format.dateTime(text)
    if (field === 'funds' && typeof value === 'number') return format.money(value)
    if (field === 'escalationLevel') return value === 0 ? t('common.none') : t('hazard.history.level', { level: text })
    if (field === 'daysOverdue') return t('hazard.history.days', { days: text })
    return undefined
  }

  return { fieldLabel, formatValue }
}
