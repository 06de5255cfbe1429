import { watch } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'

/**
 * How a list's filter is written in the address: free text, a code (a sector), a record's id, a
 * flag that is either "true" or absent, a month (YYYY-MM), or one of an enum's values.
 */
export type FilterKind = 'text' | 'code' | 'id' | 'flag' | 'month' | readonly string[]

type ValueOf<K> = K extends 'text'
  ? string
  : K extends 'code' | 'month'
    ? string | undefined
    : K extends 'id'
      ? number | undefined
      : K extends 'flag'
        ? true | undefined
        : K extends readonly (infer V)[]
          ? V | undefined
          : never

/** The filters a schema describes, as a list holds them. */
export type FiltersOf<S extends Record<string, FilterKind>> = { -readonly [P in keyof S]: ValueOf<S[P]> }

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
const ID = /^[1-9]\d{0,17}$/

function one(query: LocationQuery, name: string): string | undefined {
  const value = query[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined
}

function read(kind: FilterKind, raw: string | undefined): unknown {
  if (kind === 'text') return raw ?? ''
  if (raw === undefined) return undefined
  if (kind === 'code') return raw
  if (kind === 'id') return ID.test(raw) ? Number(raw) : undefined
  if (kind === 'flag') return raw === 'true' ? true : undefined
  if (kind === 'month') return MONTH.test(raw) ? raw : undefined
  return kind.includes(raw) ? raw : undefined
}

/** The filters an address asks for; a value that makes no sense there is left out rather than sent. */
export function filtersFromQuery<S extends Record<string, FilterKind>>(schema: S, query: LocationQuery): FiltersOf<S> {
  const out: Record<string, unknown> = {}
  for (const [name, kind] of Object.entries(schema)) out[name] = read(kind, one(query, name))
  return out as FiltersOf<S>
}

/** A filter's value as the address carries it; nothing for an empty one. */
function written(value: unknown): string | undefined {
  if (value === undefined || value === null || value === false) return undefined
  const text = String(value).trim()
  return text === '' ? undefined : text
}

/** The address's query for these filters: only what is chosen, text trimmed. */
export function queryFromFilters<S extends Record<string, FilterKind>>(schema: S, filters: FiltersOf<S>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of Object.keys(schema)) {
    const value = written((filters as Record<string, unknown>)[name])
    if (value !== undefined) out[name] = value
  }
  return out
}

function sameQuery(a: Record<string, string>, b: LocationQueryRaw): boolean {
  const keys = Object.keys(b).filter((key) => written(b[key] as unknown) !== undefined)
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === written(b[key] as unknown))
}

/**
 * Keeps a list's filters and the address in step: a link (from the home page, a notification, a
 * bookmark) opens the list filtered, each change of a filter is written back to the address (so that
 * it can be shared and survives a reload), and a new address on the same page (the menu's plain
 * link) sets the filters again. Other query parameters of the page are dropped.
 */
export function useQueryFilters<S extends Record<string, FilterKind>>(filters: FiltersOf<S>, schema: S) {
  const route = useRoute()
  const router = useRouter()
  const page = route.name

  watch(
    () => route.query,
    (query) => {
      if (route.name !== page) return // leaving the page: its filters no longer matter
      const wanted = filtersFromQuery(schema, query)
      for (const name of Object.keys(schema) as (keyof S)[]) {
        // what the user is typing ("a " on the way to "a b") stays as typed while it means the same
        if (written(filters[name]) !== written(wanted[name])) filters[name] = wanted[name]
      }
    },
  )

  watch(
    () => queryFromFilters(schema, filters),
    (query) => {
      if (route.name !== page || sameQuery(query, route.query)) return
      void router.replace({ query })
    },
  )
}
