import { ref } from 'vue'
import { ApiError, fieldErrors, type Problem } from '@/api'

/**
 * What a create/edit form does with a refused save: field messages from a 400 go under the
 * fields, a 409 (someone else saved first) offers to reload. The toast has already been shown.
 */
export function useServerForm() {
  const serverErrors = ref<Record<string, string>>({})
  const conflict = ref<Problem | null>(null)
  const saving = ref(false)

  function reset() {
    serverErrors.value = {}
    conflict.value = null
  }

  function clearField(field: string) {
    if (field in serverErrors.value) {
      const { [field]: _removed, ...rest } = serverErrors.value
      serverErrors.value = rest
    }
  }

  /** Runs a save; returns its result, or undefined when the server refused it. */
  async function submit<T>(save: () => Promise<T>): Promise<T | undefined> {
    reset()
    saving.value = true
    try {
      return await save()
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.status === 400) serverErrors.value = fieldErrors(error.problem)
        if (error.status === 409) conflict.value = error.problem
      }
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { serverErrors, conflict, saving, reset, clearField, submit }
}
