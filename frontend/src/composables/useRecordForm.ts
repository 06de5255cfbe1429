import { computed, reactive, ref, shallowRef, watch, type Ref } from 'vue'
import type { Problem } from '@/api'
import { useServerForm } from './useServerForm'

export interface RecordFormOptions<R, F, B> {
  /** the form of a new record */
  blank: () => F
  /** the form of an existing record */
  fromRecord: (record: R) => F
  /** what is sent; an update sends it with the version the user edited */
  toBody: (form: F) => B
  create: (body: B) => Promise<R>
  update: (id: number, body: B & { version: number }) => Promise<R>
  /** the record as it is now (after someone else saved it) */
  get: (id: number) => Promise<R>
}

/**
 * Creating or editing one record (a unit, a person…), the same for every feature: the server's
 * field messages under the fields, and when someone else saved first (409) the choice between
 * their version ("reload": the form shows it) and the user's edits ("keep mine": the form keeps
 * them and the next save is made against the latest version, overwriting the other change).
 */
export function useRecordForm<R extends { id: number; version: number }, F extends object, B>(options: RecordFormOptions<R, F, B>): RecordForm<R> & { form: F; current: Ref<R | null> } {
  const form = reactive(options.blank()) as F
  const current = shallowRef(null) as Ref<R | null>
  const editing = computed(() => current.value !== null)
  /** the user chose to keep their edits over someone else's: said beside the save button */
  const keptMine = ref(false)
  const server = useServerForm()

  function fill(record: R | null) {
    current.value = record
    Object.assign(form, record ? options.fromRecord(record) : options.blank())
    server.reset()
    keptMine.value = false
  }

  // a field's server message goes when the user changes that field
  for (const key of Object.keys(form) as (keyof F & string)[]) {
    watch(
      () => form[key],
      () => server.clearField(key),
    )
  }

  /** Saves; the record and whether it was created, or undefined when the server refused it. */
  async function save(): Promise<{ record: R; created: boolean } | undefined> {
    const existing = current.value
    const body = options.toBody(form)
    const record = await server.submit(() => (existing ? options.update(existing.id, { ...body, version: existing.version }) : options.create(body)))
    return record ? { record, created: !existing } : undefined
  }

  async function latest(): Promise<R | undefined> {
    if (!current.value) return undefined
    try {
      return await options.get(current.value.id)
    } catch {
      return undefined // the toast has told the user; the form keeps their input
    }
  }

  /** Shows the other person's version instead of the user's edits. */
  async function reloadLatest() {
    const record = await latest()
    if (record) fill(record)
  }

  /** Keeps the user's edits, to be saved over the latest version. */
  async function keepMine() {
    const record = await latest()
    if (!record) return
    current.value = record
    server.conflict.value = null
    keptMine.value = true
  }

  return {
    form,
    current,
    editing,
    keptMine,
    serverErrors: server.serverErrors,
    conflict: server.conflict,
    saving: server.saving,
    fill,
    save,
    reloadLatest,
    keepMine,
  }
}

/** What a FormDialog drives: one record's form, however the feature fills and sends it. */
export interface RecordForm<R> {
  form: object
  editing: Readonly<Ref<boolean>>
  keptMine: Ref<boolean>
  conflict: Ref<Problem | null>
  saving: Ref<boolean>
  serverErrors: Ref<Record<string, string>>
  fill: (record: R | null) => void
  save: () => Promise<{ record: R; created: boolean } | undefined>
  reloadLatest: () => Promise<void>
  keepMine: () => Promise<void>
}
