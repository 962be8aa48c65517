import { describe, expect, it } from 'vitest'
import { compareCouncil } from '../../../src/domain/official/compareCouncil'
import { sortWorstAgainstNeighbours } from '../../../src/domain/official/compareMeasure'
import { filterComparison, readSort } from '../../../src/features/compare/filterComparison'
import { readCatalogue, readCouncil, readIndex, readLatest, readMeasures } from '../../support/officialFiles'

const council = readIndex().areas.find((a) => a.la === 895)!
const rows = compareCouncil({ council, measures: readMeasures(), file: readCouncil(895), latest: readLatest(), model: '2025' })
const themeOrder = readCatalogue().themes.map((t) => t.id)

describe('filterComparison', () => {
  it('keeps the themes in their order, and the measures in theirs within a theme', () => {
    const shown = filterComparison(rows, { theme: null, q: '', sort: 'theme' }, themeOrder)
    expect(shown).toHaveLength(rows.length)
    const themes = shown.map((r) => r.measure.theme)
    expect([...new Set(themes)]).toEqual(themeOrder.filter((t) => themes.includes(t)))
  })

  it('filters by theme and by every word of the search, in title or code', () => {
    expect(filterComparison(rows, { theme: 'health', q: '', sort: 'theme' }, themeOrder).every((r) => r.measure.theme === 'health')).toBe(
      true,
    )
    expect(filterComparison(rows, { theme: null, q: 'dental checks', sort: 'theme' }, themeOrder).map((r) => r.measure.code)).toEqual([
      'LACDental%',
    ])
    expect(filterComparison(rows, { theme: null, q: 'lacnum', sort: 'theme' }, themeOrder).map((r) => r.measure.code)).toContain('LACnum')
    expect(filterComparison(rows, { theme: 'workforce', q: 'dental', sort: 'theme' }, themeOrder)).toEqual([])
  })

  it('worst against neighbours is the domain’s order', () => {
    expect(filterComparison(rows, { theme: null, q: '', sort: 'worst' }, themeOrder)).toEqual(sortWorstAgainstNeighbours(rows))
    expect(readSort('worst')).toBe('worst')
    expect(readSort(null)).toBe('theme')
  })
})
