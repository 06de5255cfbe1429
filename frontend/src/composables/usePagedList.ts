import { reactive, ref, shallowRef, watch, type UnwrapRef } from 'vue'
import type { Page } from '@/api/types'

export interface PageQuery {
  page: number
  size: number
  sort?: string
}

export type SortOrder = 'ascending' | 'descending' | null

/** "name" / "-name" from an el-table sort-change event. */
export function sortParam(prop: string | null | undefined, order: SortOrder): string | undefined {
  if (!prop || !order) return undefined
  return order === 'descending' ? `-${prop}` : prop
}

/** Drops empty filters so that the query string only carries what the user chose. */
export function compactQuery<T extends Record<string, unknown>>(query: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    ;(out as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() || undefined : value
    if ((out as Record<string, unknown>)[key] === undefined) delete (out as Record<string, unknown>)[key]
  }
  return out
}

/**
 * A server-side paged, sorted and filtered list, the same for every feature: changing a filter
 * goes back to page 1; an answer that arrives after a newer request was sent is ignored.
 */
export function usePagedList<T, F extends Record<string, unknown>>(
  fetchPage: (query: PageQuery & Partial<F>) => Promise<Page<T>>,
  initialFilters: F,
  options: { size?: number; sort?: string; debounceMs?: number } = {},
) {
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)
  const size = ref(options.size ?? 20)
  const sort = ref<string | undefined>(options.sort)
  const filters = reactive({ ...initialFilters })
  const loading = ref(false)
  const failed = ref(false)
  let requestId = 0

  async function reload() {
    const id = ++requestId
    loading.value = true
    failed.value = false
    try {
      const query = {
        ...compactQuery(filters as Record<string, unknown>),
        page: page.value,
        size: size.value,
        ...(sort.value ? { sort: sort.value } : {}),
      } as PageQuery & Partial<F>
      const result = await fetchPage(query)
      if (id !== requestId) return
      items.value = result.items
      total.value = result.total
    } catch {
      if (id !== requestId) return
      failed.value = true
      items.value = []
      total.value = 0
    } finally {
      if (id === requestId) loading.value = false
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    () => ({ ...filters }),
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        page.value = 1
        void reload()
      }, options.debounceMs ?? 300)
    },
  )

  function onSortChange({ prop, order }: { prop: string | null; order: SortOrder }) {
    sort.value = sortParam(prop, order) ?? options.sort
    page.value = 1
    void reload()
  }

  function onPageChange(value: number) {
    page.value = value
    void reload()
  }

  function onSizeChange(value: number) {
    size.value = value
    page.value = 1
    void reload()
  }

  return {
    items,
    total,
    page,
    size,
    sort,
    filters: filters as UnwrapRef<F>,
    loading,
    failed,
    reload,
    onSortChange,
    onPageChange,
    onSizeChange,
  }
}
