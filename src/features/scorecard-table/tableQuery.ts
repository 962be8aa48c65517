// The table's shareable state lives in the URL (?section=&cohort=&rag=&dir=
// &lead=&q=&sort=), so every view can be bookmarked and restored. These pure
// functions read and write it; unknown values are ignored rather than trusted.
import type { DirectionMeaning } from '../../domain/computeDirection'
import type { RagRating } from '../../domain/computeRag'
import { COHORTS, type Cohort } from '../../domain/scorecardSchema'

export const SORT_KEYS = ['ref', 'title', 'rag', 'dir', 'value'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortOrder = 'asc' | 'desc'
export type Sort = { key: SortKey; order: SortOrder }
export const DEFAULT_SORT: Sort = { key: 'ref', order: 'asc' }

export const RAG_FILTERS = ['red', 'amber', 'green', 'none'] as const satisfies readonly RagRating[]
export const DIRECTION_FILTERS = ['improving', 'worsening', 'no-change', 'none'] as const satisfies readonly DirectionMeaning[]

export type Filters = {
  section?: string
  cohort?: Cohort
  rag?: RagRating
  dir?: DirectionMeaning
  lead?: string
  /** Free text; an empty string means no search. */
  q: string
}

export type TableQuery = { filters: Filters; sort: Sort }

/** What the data allows: a section or lead the scorecard does not have is ignored. */
export type KnownValues = { sections: ReadonlySet<string>; leads: ReadonlySet<string> }

export const FILTER_PARAMS = ['section', 'cohort', 'rag', 'dir', 'lead', 'q'] as const

function oneOf<T extends string>(value: string | null, allowed: readonly T[] | ReadonlySet<string>): T | undefined {
  if (value === null) return undefined
  const ok = Array.isArray(allowed) ? allowed.includes(value as T) : (allowed as ReadonlySet<string>).has(value)
  return ok ? (value as T) : undefined
}

/** "rag" is ascending, "-rag" descending; anything else is the default. */
export function parseSort(value: string | null): Sort {
  const order: SortOrder = value?.startsWith('-') ? 'desc' : 'asc'
  const key = oneOf(value?.replace(/^-/, '') ?? null, SORT_KEYS)
  return key ? { key, order } : DEFAULT_SORT
}

/** The URL form of a sort, or null for the default (kept out of the URL). */
export function formatSort(sort: Sort): string | null {
  if (sort.key === DEFAULT_SORT.key && sort.order === DEFAULT_SORT.order) return null
  return sort.order === 'desc' ? `-${sort.key}` : sort.key
}

export function readTableQuery(params: URLSearchParams, known: KnownValues): TableQuery {
  const filters: Filters = { q: params.get('q')?.trim() ?? '' }
  const section = oneOf(params.get('section'), known.sections)
  const cohort = oneOf(params.get('cohort'), COHORTS)
  const rag = oneOf(params.get('rag'), RAG_FILTERS)
  const dir = oneOf(params.get('dir'), DIRECTION_FILTERS)
  const lead = oneOf(params.get('lead'), known.leads)
  if (section) filters.section = section
  if (cohort) filters.cohort = cohort
  if (rag) filters.rag = rag
  if (dir) filters.dir = dir
  if (lead) filters.lead = lead
  return { filters, sort: parseSort(params.get('sort')) }
}

export type QueryChanges = { [K in keyof Filters]?: Filters[K] | undefined } & { sort?: Sort }

/** New search params with the changes applied; everything else (e.g. ?period=) is kept. */
export function writeTableQuery(params: URLSearchParams, changes: QueryChanges): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of FILTER_PARAMS) {
    if (!(name in changes)) continue
    const value = changes[name]
    if (value === undefined || value === '') next.delete(name)
    else next.set(name, value)
  }
  if (changes.sort) {
    const sort = formatSort(changes.sort)
    if (sort === null) next.delete('sort')
    else next.set('sort', sort)
  }
  return next
}

/** Removes every filter, keeping the period and the sort. */
export function clearFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const name of FILTER_PARAMS) next.delete(name)
  return next
}

export function hasFilters(filters: Filters): boolean {
  return filters.q !== '' || FILTER_PARAMS.some((name) => name !== 'q' && filters[name] !== undefined)
}
