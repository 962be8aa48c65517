// Counts for the overview: by section and by cohort, for one period.
import { assessAtPoint, isMissing, type Assessment } from './assessIndicator'
import { hasImproved, hasWorsened } from './changeSincePrevious'
import { groupBySection, type SectionHeading } from './groupBySection'
import { indexPeriods } from './periods'
import { unknownPoint, withPoint, type ReportingPoint } from './reportingPoints'
import { resolvePoint } from './scorecardPoints'
import { COHORTS, type Cohort, type Indicator, type Scorecard, type Section } from './scorecardSchema'

export type Counts = {
  total: number
  red: number
  amber: number
  green: number
  /** No rating: no polarity, no numeric target, or no figure. */
  unrated: number
  improving: number
  worsening: number
  noChange: number
  /** No figure for the period (absent, suppressed, not reported, under development, or older than its frequency allows). */
  noData: number
}

/** Column names for counts, in display order, shared by the overview and the committee pack. */
export const COUNT_LABELS: ReadonlyArray<{ key: keyof Counts; label: string }> = [
  { key: 'total', label: 'Indicators' },
  { key: 'red', label: 'Red' },
  { key: 'amber', label: 'Amber' },
  { key: 'green', label: 'Green' },
  { key: 'unrated', label: 'Not rated' },
  { key: 'improving', label: 'Improving' },
  { key: 'worsening', label: 'Worsening' },
  { key: 'noData', label: 'No figure' },
]

export function emptyCounts(): Counts {
  return { total: 0, red: 0, amber: 0, green: 0, unrated: 0, improving: 0, worsening: 0, noChange: 0, noData: 0 }
}

export function countAssessments(assessments: readonly Assessment[]): Counts {
  const counts = emptyCounts()
  for (const a of assessments) {
    counts.total++
    if (a.rag.rating === 'none') counts.unrated++
    else counts[a.rag.rating]++
    // Improving and worsening as the summary and the overview's lists count them (changeSincePrevious.ts).
    if (hasImproved(a)) counts.improving++
    else if (hasWorsened(a)) counts.worsening++
    else if (a.direction.meaning === 'no-change') counts.noChange++
    if (!a.hasData || isMissing(a)) counts.noData++
  }
  return counts
}

/**
 * Every indicator at a reporting point (see reportingPoints.ts), named by its
 * id or by any period of the scorecard (meaning the point that holds its end).
 * An id that names neither gives assessments with no entry.
 */
export function assessScorecard(scorecard: Scorecard, pointId: string): Assessment[] {
  return scorecard.indicators.map(assessorAt(scorecard, pointId))
}

/** assessScorecard for one indicator at a time, so a long scorecard can be worked through in slices. */
export function assessorAt(scorecard: Scorecard, pointId: string): (indicator: Indicator) => Assessment {
  const point = resolvePoint(scorecard, pointId) ?? unknownPoint(pointId)
  const periods = withPoint(indexPeriods(scorecard.periods), point)
  return (indicator) => assessAtPoint(indicator, point, periods)
}

/** Every indicator at a reporting point: its latest entry at or before it, with that entry's own period. */
export function assessAtScorecardPoint(scorecard: Scorecard, point: ReportingPoint): Assessment[] {
  const periods = withPoint(indexPeriods(scorecard.periods), point)
  return scorecard.indicators.map((indicator) => assessAtPoint(indicator, point, periods))
}

export type SectionSummary = { section: SectionHeading; assessments: Assessment[]; counts: Counts }
export type CohortSummary = { cohort: Cohort; assessments: Assessment[]; counts: Counts }

/** Counts for every declared section (empty ones too) and any undeclared one, grouped as groupBySection does. */
export function summariseBySection(assessments: readonly Assessment[], sections: readonly Section[]): SectionSummary[] {
  return groupBySection(assessments, (a) => a.indicator.section, sections, { keepEmpty: true }).map(({ section, items }) => ({
    section,
    assessments: items,
    counts: countAssessments(items),
  }))
}

export function summariseByCohort(assessments: readonly Assessment[]): CohortSummary[] {
  const byCohort = new Map<Cohort, Assessment[]>(COHORTS.map((c) => [c, []]))
  for (const a of assessments) {
    for (const cohort of a.indicator.cohorts) {
      const list = byCohort.get(cohort)
      // A cohort listed twice on one indicator still counts it once.
      if (list && list[list.length - 1] !== a) list.push(a)
    }
  }
  return COHORTS.map((cohort) => {
    const inCohort = byCohort.get(cohort)!
    return { cohort, assessments: inCohort, counts: countAssessments(inCohort) }
  })
}

export const COHORT_LABELS: Record<Cohort, string> = {
  'cared-for-children': 'Cared-for children',
  'care-leavers': 'Care leavers',
  sufficiency: 'Sufficiency (placements)',
  health: 'Health',
}
