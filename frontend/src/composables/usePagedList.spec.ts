import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { compactQuery, sortParam, usePagedList } from './usePagedList'

describe('paged lists', () => {
  it('turns a table sort into the API sort parameter', () => {
    expect(sortParam('name', 'ascending')).toBe('name')
    expect(sortParam('updatedAt', 'descending')).toBe('-updatedAt')
    expect(sortParam('name', null)).toBeUndefined()
  })

  it('sends only the filters the user set', () => {
    expect(compactQuery({ q: '  ', kind: undefined, active: false, unitId: 3, s: ' 村 ' })).toEqual({
      active: false,
      unitId: 3,
      s: '村',
    })
  })

  it('loads a page, re-sorts, and goes back to page 1 when a filter changes', async () => {
    vi.useFakeTimers()
    const fetchPage = vi.fn(async (q: { page: number }) => ({ items: [{ id: q.page }], page: q.page, size: 20, total: 45 }))
    const list = usePagedList(fetchPage, { q: '', active: undefined as boolean | undefined })
    await list.reload()
    expect(fetchPage).toHaveBeenLastCalledWith({ page: 1, size: 20 })
    expect(list.total.value).toBe(45)

    list.onPageChange(3)
    await vi.runAllTimersAsync()
    expect(fetchPage).toHaveBeenLastCalledWith({ page: 3, size: 20 })

    list.onSortChange({ prop: 'updatedAt', order: 'descending' })
    expect(fetchPage).toHaveBeenLastCalledWith({ page: 1, size: 20, sort: '-updatedAt' })

    list.onPageChange(2)
    list.filters.q = '白云'
    list.filters.active = true
    await nextTick()
    await vi.runAllTimersAsync()
    expect(fetchPage).toHaveBeenLastCalledWith({ q: '白云', active: true, page: 1, size: 20, sort: '-updatedAt' })
    expect(list.page.value).toBe(1)
    vi.useRealTimers()
  })

  it('ignores an answer that arrives after a newer request', async () => {
    let release!: (v: unknown) => void
    const slow = new Promise((resolve) => (release = resolve))
    const fetchPage = vi
      .fn()
      .mockImplementationOnce(async () => {
        await slow
        return { items: ['old'], page: 1, size: 20, total: 1 }
      })
      .mockImplementationOnce(async () => ({ items: ['new'], page: 1, size: 20, total: 1 }))
    const list = usePagedList<string, { q: string }>(fetchPage, { q: '' })
    const first = list.reload()
    await list.reload()
    release(undefined)
    await first
    expect(list.items.value).toEqual(['new'])
  })
})
