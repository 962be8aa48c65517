// Which of the council's own periods is the same as an official year, so the
// two figures can be put side by side (and a difference flagged). The rule
// depends on what the official year is (docs/official-data-format.md):
//
// - a snapshot on a date (LACnum "2018": on 31 March 2018) is the council's
//   year-end position (`year-end`, which is "at 31 March") or an `as-at`
//   figure on that same date;
// - a year (the year ending 31 March, a financial year) is the council's
//   `year-end` or `annual` figure for exactly the same dates: a year-to-date
//   figure at the year end covers the whole year; an academic or calendar
//   year is the council's `academic-year` or `calendar-year` (or `annual`)
//   figure for the same dates;
// - several years together (`multi-year`) only its own `multi-year` period
//   with the same dates; a January census an `as-at` date in that January.
//
// Quarters and months never match: the DfE publishes no figure for them.
import type { Period } from '../scorecardSchema'
import type { OfficialPeriod } from './officialDataset'

type OwnPeriod = Pick<Period, 'kind' | 'start' | 'end'>

export function matchesOfficialPeriod(own: OwnPeriod, official: OfficialPeriod): boolean {
  const sameDates = own.start === official.start && own.end === official.end
  switch (official.kind) {
    case 'snapshot':
      return (own.kind === 'year-end' || own.kind === 'as-at') && own.end === official.end
    case 'year-ending':
    case 'financial-year':
      return (own.kind === 'year-end' || own.kind === 'annual') && sameDates
    case 'academic-year':
      return (own.kind === 'academic-year' || own.kind === 'annual') && sameDates
    case 'calendar-year':
      return (own.kind === 'calendar-year' || own.kind === 'annual') && sameDates
    case 'multi-year':
      return own.kind === 'multi-year' && sameDates
    case 'january-census':
      return own.kind === 'as-at' && own.end >= official.start && own.end <= official.end
  }
}

/** The index of the official year that `own` is the same as, or -1. */
export function officialYearIndex(own: OwnPeriod, years: readonly OfficialPeriod[]): number {
  return years.findIndex((year) => matchesOfficialPeriod(own, year))
}
