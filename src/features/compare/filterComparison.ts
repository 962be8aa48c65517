// /compare's filters and sort: by theme, by words in the measure's title or
// code, and either in theme order or worst against neighbours first.
import { sortWorstAgainstNeighbours, type MeasureComparison } from '../../domain/official/compareMeasure'

export const SORTS = [
  { id: 'theme', label: 'By theme' },
  { id: 'worst', label: 'Worst against neighbours first' },
] as const
export type SortId = (typeof SORTS)[number]['id']

export type CompareFilters = { theme: string | null; q: string; sort: SortId }

export function readSort(value: string | null): SortId {
  return value === 'worst' ? 'worst' : 'theme'
}

function hasWords(row: MeasureComparison, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  const text = `${row.measure.title} ${row.measure.chartTitle} ${row.measure.code}`.toLowerCase()
  return words.every((w) => text.includes(w))
}

export function filterComparison(
  rows: readonly MeasureComparison[],
  { theme, q, sort }: CompareFilters,
  themeOrder: readonly string[],
): MeasureComparison[] {
  const kept = rows.filter((r) => (!theme || r.measure.theme === theme) && hasWords(r, q))
  if (sort === 'worst') return sortWorstAgainstNeighbours(kept)
  const order = (r: MeasureComparison) => {
    const i = themeOrder.indexOf(r.measure.theme)
    return i < 0 ? themeOrder.length : i
  }
  return kept
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order(a.r) - order(b.r) || a.i - b.i)
    .map((x) => x.r)
}
