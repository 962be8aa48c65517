// How old a figure is at a reporting point, and whether its indicator's
// frequency still lets it stand for that point. A figure is measured from the
// end of its own period to the point: the Q1 figure (to 30 June) is three
// months old at Q2 (30 September).
import { daysInMonth } from './calendarPeriods'
import type { Frequency } from './scorecardSchema'
import { FREQUENCY_WORDS } from './wording'

export type FigureAllowance = {
  /** Months between one figure and the next: a figure younger than this is the one due for the point. */
  cycle: number
  /** A figure this many months old, or older, is stale: out of date for its frequency. */
  staleAfter: number
}

/**
 * The allowance for each frequency. Current: younger than one cycle (the
 * figure for the point, or for the latest period the indicator reports).
 * Late: one cycle old, so the next figure is due but the last one still
 * stands (a quarterly Q1 figure at Q2). Stale: two cycles old or more (a
 * quarterly figure two quarters before the point). As-at snapshots and
 * year-to-date figures are reported each quarter, so they age like quarterly
 * ones; termly figures come three times a year (every four months).
 */
export const FIGURE_ALLOWANCES: Record<Frequency, FigureAllowance> = {
  monthly: { cycle: 1, staleAfter: 2 },
  'half-termly': { cycle: 2, staleAfter: 4 },
  quarterly: { cycle: 3, staleAfter: 6 },
  'year-to-date': { cycle: 3, staleAfter: 6 },
  'as-at': { cycle: 3, staleAfter: 6 },
  termly: { cycle: 4, staleAfter: 8 },
  annual: { cycle: 12, staleAfter: 24 },
}

export type Freshness = 'current' | 'late' | 'stale'

function readDate(isoDate: string): [number, number, number] {
  return isoDate.split('-').map(Number) as [number, number, number]
}

/**
 * Whole months from one date to a later one. Month ends count as the same
 * day of the month, so 31 March to 30 September is six months, and 30 June to
 * 29 September is two. `from` must not be after `to`.
 */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = readDate(from)
  const [ty, tm, td] = readDate(to)
  const months = (ty - fy) * 12 + (tm - fm)
  const toIsMonthEnd = td === daysInMonth(ty, tm)
  return td < fd && !toIsMonthEnd ? months - 1 : months
}

/** How a figure whose period ended on `periodEnd` stands at the point `pointDate`, for an indicator of this frequency. */
export function freshnessOf(frequency: Frequency, periodEnd: string, pointDate: string): Freshness {
  const age = monthsBetween(periodEnd, pointDate)
  const { cycle, staleAfter } = FIGURE_ALLOWANCES[frequency]
  if (age < cycle) return 'current'
  return age < staleAfter ? 'late' : 'stale'
}

/** Why a figure is stale, as a sentence: "H1 is reported quarterly: a figure is out of date 6 months after its period ends." */
export function staleReason(ref: string, frequency: Frequency): string {
  return `${ref} is reported ${FREQUENCY_WORDS[frequency].reported}: a figure is out of date ${FIGURE_ALLOWANCES[frequency].staleAfter} months after its period ends.`
}
