// Period ordering and lookups. Periods are ordered by end date, then start date,
// so a year-end (Apr–Mar) sorts with the Q4 that closes it.
import type { Period } from './scorecardSchema'

export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1
  if (a.start !== b.start) return a.start < b.start ? -1 : 1
  return 0
}

export function sortPeriods(periods: readonly Period[]): Period[] {
  return [...periods].sort(comparePeriods)
}

export function indexPeriods(periods: readonly Period[]): Map<string, Period> {
  return new Map(periods.map((p) => [p.id, p]))
}

/** A period's label; a period the scorecard does not list is named by its id, never left blank. */
export function labelFor(periods: ReadonlyMap<string, Period>, id: string): string {
  return periods.get(id)?.label ?? id
}

/** The same date one year earlier (29 February falls back to 28 February). */
export function shiftYear(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const year = y + years
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const day = m === 2 && d === 29 && !isLeap ? 28 : d
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const yearBeforeTests = new WeakMap<Period, (candidate: Period) => boolean>()

/** A test for "the period of the same kind exactly one year before", e.g. Q2 2017-18 for Q2 2018-19. */
export function samePeriodYearBefore(current: Period): (candidate: Period) => boolean {
  // Built once per period, then shared: every indicator asks about the same period.
  let test = yearBeforeTests.get(current)
  if (!test) {
    const start = shiftYear(current.start, -1)
    const end = shiftYear(current.end, -1)
    test = (candidate) => candidate.kind === current.kind && candidate.start === start && candidate.end === end
    yearBeforeTests.set(current, test)
  }
  return test
}
