import { describe, expect, it } from 'vitest'
import {
  clearFilters,
  DEFAULT_SORT,
  formatSort,
  hasFilters,
  parseSort,
  readTableQuery,
  writeTableQuery,
} from '../../../src/features/scorecard-table/tableQuery'

const known = { sections: new Set(['general', 'pledge-2']), leads: new Set(['Sam Ankers']) }
const read = (search: string) => readTableQuery(new URLSearchParams(search), known)

describe('readTableQuery', () => {
  it('reads every filter and the sort from the URL', () => {
    expect(
      read('?period=2018-19-Q1&section=pledge-2&cohort=care-leavers&rag=red&dir=worsening&lead=Sam+Ankers&q=+NEET+&sort=-rag'),
    ).toEqual({
      filters: { section: 'pledge-2', cohort: 'care-leavers', rag: 'red', dir: 'worsening', lead: 'Sam Ankers', q: 'NEET' },
      sort: { key: 'rag', order: 'desc' },
    })
  })

  it('ignores values the scorecard does not have, rather than showing an empty table for a typo', () => {
    expect(read('?section=pledge-9&cohort=adults&rag=purple&dir=sideways&lead=Nobody&sort=colour')).toEqual({
      filters: { q: '' },
      sort: DEFAULT_SORT,
    })
  })

  it('defaults to no filters, sorted by ref', () => {
    expect(read('')).toEqual({ filters: { q: '' }, sort: { key: 'ref', order: 'asc' } })
  })
})

describe('sort in the URL', () => {
  it('round-trips every key both ways, leaving the default out of the URL', () => {
    expect(parseSort('value')).toEqual({ key: 'value', order: 'asc' })
    expect(parseSort('-dir')).toEqual({ key: 'dir', order: 'desc' })
    expect(formatSort({ key: 'title', order: 'desc' })).toBe('-title')
    expect(formatSort({ key: 'rag', order: 'asc' })).toBe('rag')
    expect(formatSort(DEFAULT_SORT)).toBeNull()
    expect(formatSort({ key: 'ref', order: 'desc' })).toBe('-ref')
  })
})

describe('writeTableQuery', () => {
  it('sets and removes filters, keeping the period and anything else', () => {
    const params = new URLSearchParams('?period=2018-19-Q1&rag=red&other=1')
    const next = writeTableQuery(params, { section: 'pledge-2', rag: undefined, q: '' })
    expect(next.toString()).toBe('period=2018-19-Q1&other=1&section=pledge-2')
    expect(params.toString()).toBe('period=2018-19-Q1&rag=red&other=1') // not changed in place
  })

  it('writes a sort, and removes it when it is the default', () => {
    const sorted = writeTableQuery(new URLSearchParams('period=P'), { sort: { key: 'value', order: 'desc' } })
    expect(sorted.get('sort')).toBe('-value')
    expect(writeTableQuery(sorted, { sort: DEFAULT_SORT }).has('sort')).toBe(false)
  })

  it('leaves parameters that are not mentioned alone', () => {
    expect(writeTableQuery(new URLSearchParams('rag=red&sort=rag'), { q: 'neet' }).toString()).toBe('rag=red&sort=rag&q=neet')
  })
})

describe('clearFilters and hasFilters', () => {
  it('clears every filter but keeps the period and the sort', () => {
    const cleared = clearFilters(
      new URLSearchParams('period=2018-19-Q1&section=general&cohort=health&rag=red&dir=none&lead=X&q=y&sort=-rag'),
    )
    expect(cleared.toString()).toBe('period=2018-19-Q1&sort=-rag')
  })

  it('knows when any filter is set', () => {
    expect(hasFilters({ q: '' })).toBe(false)
    expect(hasFilters({ q: 'neet' })).toBe(true)
    expect(hasFilters({ q: '', dir: 'none' })).toBe(true)
  })
})
