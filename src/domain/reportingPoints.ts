// Reporting points: the dates a person chooses to look at ("Q2 2018-19",
// meaning 30 September 2018; "September 2020"). A point is a period of the
// scorecard's cadence, built by the one builder for its kind; the point itself
// is the period's end, and the period is its span: a figure whose own period
// ends inside the span is one entered for the point. Which figure each
// indicator shows at a point is entryAtPoint.ts.
import { isFigure } from './cellKinds'
import { academicYearPeriod, calendarYearPeriod, financialYearPeriod, monthPeriod, termPeriod } from './calendarPeriods'
import { FIGURE_ALLOWANCES } from './figureAge'
import { quarterPeriod } from './financialYear'
import { comparePeriods, indexPeriods } from './periods'
import type { Frequency, Period, Scorecard } from './scorecardSchema'
import { plural } from './wording'

/** How often the scorecard's points come: the period kind its picker lists. */
export type Cadence = 'month' | 'quarter' | 'term' | 'financial-year' | 'calendar-year' | 'academic-year'

/** A point is its period: the id, label and span; the point's date is `end`. */
export type ReportingPoint = Period

type CadenceUnit = 'month' | 'quarter' | 'term' | 'year'

// Half-termly figures come about every two months and as-at snapshots are
// taken when the scorecard reports, so neither has points of its own.
const UNIT_OF: Record<Frequency, CadenceUnit> = {
  monthly: 'month',
  'half-termly': 'month',
  quarterly: 'quarter',
  'year-to-date': 'quarter',
  'as-at': 'quarter',
  termly: 'term',
  annual: 'year',
}

const UNIT_ORDER: readonly CadenceUnit[] = ['month', 'quarter', 'term', 'year']

/** Months a point of each cadence spans. */
export const CADENCE_MONTHS: Record<Cadence, number> = {
  month: 1,
  quarter: 3,
  term: 4,
  'financial-year': 12,
  'calendar-year': 12,
  'academic-year': 12,
}

/**
 * The scorecard's cadence: the one most of its indicators report at (by their
 * frequency), the more frequent one on a tie. Yearly points are financial
 * years, unless most yearly figures are calendar or academic years.
 */
export function reportingCadence(scorecard: Pick<Scorecard, 'indicators' | 'periods'>): Cadence {
  const counts = new Map<CadenceUnit, number>()
  for (const indicator of scorecard.indicators) {
    const unit = UNIT_OF[indicator.frequency]
    counts.set(unit, (counts.get(unit) ?? 0) + 1)
  }
  let best: CadenceUnit = 'quarter'
  let bestCount = 0
  for (const unit of UNIT_ORDER) {
    const count = counts.get(unit) ?? 0
    if (count > bestCount) [best, bestCount] = [unit, count]
  }
  if (best !== 'year') return best
  const kinds = new Map<string, number>()
  const periods = indexPeriods(scorecard.periods)
  for (const indicator of scorecard.indicators) {
    if (UNIT_OF[indicator.frequency] !== 'year') continue
    for (const v of indicator.values) {
      const kind = periods.get(v.period)?.kind
      if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
  }
  const financial = (kinds.get('annual') ?? 0) + (kinds.get('year-end') ?? 0)
  const calendar = kinds.get('calendar-year') ?? 0
  const academic = kinds.get('academic-year') ?? 0
  if (calendar > financial && calendar >= academic) return 'calendar-year'
  if (academic > financial && academic > calendar) return 'academic-year'
  return 'financial-year'
}

/** The point of this cadence whose span holds the date: 31 January 2019 is January 2019, or Q4 2018-19. */
export function pointContaining(isoDate: string, cadence: Cadence): ReportingPoint {
  const [year, month] = isoDate.split('-').map(Number) as [number, number]
  switch (cadence) {
    case 'month':
      return monthPeriod(year, month)
    case 'quarter': {
      const startYear = month >= 4 ? year : year - 1
      const quarter = month >= 4 ? Math.ceil((month - 3) / 3) : 4
      return quarterPeriod(startYear, quarter as 1 | 2 | 3 | 4)
    }
    case 'term':
      if (month >= 9) return termPeriod(year, 'autumn')
      return termPeriod(year - 1, month <= 4 ? 'spring' : 'summer')
    case 'financial-year':
      return financialYearPeriod(month >= 4 ? year : year - 1)
    case 'calendar-year':
      return calendarYearPeriod(year)
    case 'academic-year':
      return academicYearPeriod(month >= 9 ? year : year - 1)
  }
}

/** The point after this one: the next quarter, month, term or year. */
export function pointAfter(point: ReportingPoint, cadence: Cadence): ReportingPoint {
  const [year, month] = point.end.split('-').map(Number) as [number, number]
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
  return pointContaining(next, cadence)
}

/** The point before this one: the previous quarter, month, term or year. */
export function pointBefore(point: Pick<Period, 'start'>, cadence: Cadence): ReportingPoint {
  const [year, month] = point.start.split('-').map(Number) as [number, number]
  const previous = month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`
  return pointContaining(previous, cadence)
}

/**
 * True when an indicator is due a figure at every point of this cadence: it
 * reports at least as often as the points come. A termly or annual indicator
 * in a quarterly scorecard is due only at a point where it has an entry.
 */
export function reportsEveryPoint(frequency: Frequency, cadence: Cadence): boolean {
  return FIGURE_ALLOWANCES[frequency].cycle <= CADENCE_MONTHS[cadence]
}

/**
 * "Most": at least half of the indicators due at a point have a figure
 * entered for it. A point where none is due is reached by none.
 */
export function reachedByMost(due: number, figures: number): boolean {
  return due > 0 && figures * 2 >= due
}

export type PointCoverage = {
  point: ReportingPoint
  /**
   * Indicators due a figure at the point: those that had started reporting by
   * then (an entry at or before it) and report at every point, and any other
   * with an entry for this point.
   */
  due: number
  /** Of those, the ones with a figure (not a status) entered for the point. */
  figures: number
  /** True when most of the due indicators have their figure (reachedByMost). */
  reached: boolean
}

/**
 * The points a person can choose, oldest first: each point of the cadence that
 * holds the end of some entry's period, with how many of the indicators due
 * then have a figure for it. Reads every cell once, with counters rather than
 * sets: it runs on every load (400,000 cells at 10,000 indicators × 40 periods).
 */
export function reportingPoints(scorecard: Scorecard, cadence: Cadence = reportingCadence(scorecard)): PointCoverage[] {
  return runToEnd(reportingPointsInSteps(scorecard, cadence, Infinity))
}

/**
 * reportingPoints, pausing (a bare `yield`) after every `perStep` indicators,
 * so a caller can spread a large scorecard's count over several tasks; the
 * generator returns the points.
 */
export function* reportingPointsInSteps(
  scorecard: Scorecard,
  cadence: Cadence = reportingCadence(scorecard),
  perStep = 500,
): Generator<void, PointCoverage[], void> {
  const periods = indexPeriods(scorecard.periods)
  const byId = new Map<string, ReportingPoint>()
  for (const p of scorecard.periods) {
    const point = pointOfPeriod(periods, p.id, cadence)!
    byId.set(point.id, point)
  }
  // Points never overlap, so their order is the order of the dates they hold.
  const points = [...byId.values()].sort(comparePeriods)
  const index = new Map(points.map((p, i) => [p.id, i]))
  const pointOf = new Map(scorecard.periods.map((p) => [p.id, index.get(pointOfPeriod(periods, p.id, cadence)!.id)!]))
  const n = points.length
  const used = new Uint8Array(n)
  // Indicators that report at every point are due from their first entry on: counted where they start, summed below.
  const startsAt = new Int32Array(n)
  const dueByEntry = new Int32Array(n)
  const figures = new Int32Array(n)
  const entrySeen = new Int32Array(n).fill(-1)
  const figureSeen = new Int32Array(n).fill(-1)
  const { indicators } = scorecard
  for (let k = 0; k < indicators.length; k++) {
    if (k > 0 && k % perStep === 0) yield
    const indicator = indicators[k]!
    const every = reportsEveryPoint(indicator.frequency, cadence)
    let first = n
    for (const v of indicator.values) {
      const i = pointOf.get(v.period)
      if (i === undefined) continue
      used[i] = 1
      if (i < first) first = i
      if (entrySeen[i] !== k) {
        entrySeen[i] = k
        if (!every) dueByEntry[i]!++
      }
      if (figureSeen[i] !== k && isFigure(v)) {
        figureSeen[i] = k
        figures[i]!++
      }
    }
    if (every && first < n) startsAt[first]!++
  }
  const coverage: PointCoverage[] = []
  let started = 0
  points.forEach((point, i) => {
    started += startsAt[i]!
    if (!used[i]) return
    const due = started + dueByEntry[i]!
    coverage.push({ point, due, figures: figures[i]!, reached: reachedByMost(due, figures[i]!) })
  })
  return coverage
}

/** Runs a stepwise generator through at once and gives what it returns. */
export function runToEnd<R>(steps: Generator<void, R, void>): R {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The point a view opens at: the latest one most indicators have reached, so
 * one early figure for the next quarter does not take over. Failing that, the
 * latest point with any figure; failing that, the latest point.
 */
export function defaultPoint(coverage: readonly PointCoverage[]): PointCoverage | undefined {
  return coverage.findLast((c) => c.reached) ?? coverage.findLast((c) => c.figures > 0) ?? coverage.at(-1)
}

/** resolvePoint (scorecardPoints.ts) for a caller that already has the points and the period lookup (the views' hook). */
export function pointNamed(
  coverage: readonly PointCoverage[],
  periods: ReadonlyMap<string, Period>,
  id: string,
  cadence: Cadence,
): ReportingPoint | undefined {
  return coverage.find((c) => c.point.id === id)?.point ?? pointOfPeriod(periods, id, cadence)
}

/** The point holding the end of one of the scorecard's periods (a year end is the quarter it closes). */
export function pointOfPeriod(periods: ReadonlyMap<string, Period>, id: string, cadence: Cadence): ReportingPoint | undefined {
  const period = periods.get(id)
  if (!period) return undefined
  const built = pointContaining(period.end, cadence)
  // The scorecard's own period of that id names it, so its label is the data's.
  return periods.get(built.id) ?? built
}

/** A point for an id that names none: before every date, so nothing is at or before it. */
export function unknownPoint(id: string): ReportingPoint {
  return { id, label: id, kind: 'as-at', start: '0000-01-01', end: '0000-01-01' }
}

/** The period lookup with the point's own period in it (a point may be a quarter no file lists), so every label and date rule finds it. */
export function withPoint(periods: ReadonlyMap<string, Period>, point: ReportingPoint): ReadonlyMap<string, Period> {
  return periods.has(point.id) ? periods : new Map([...periods, [point.id, point]])
}

/** "Q3 2018-19: 1 of 57 figures entered": how far a point has been filled in. */
export function coverageText(coverage: PointCoverage): string {
  return `${coverage.point.label}: ${coverage.figures} of ${plural(coverage.due, 'figure')} entered`
}

/** The picker's words for a point, saying how many indicators it covers: "Q2 2018-19 (56 of 69 figures)". */
export function pointChoiceText(coverage: PointCoverage): string {
  if (!coverage.reached) return coverageText(coverage)
  return `${coverage.point.label} (${coverage.figures} of ${plural(coverage.due, 'figure')})`
}
