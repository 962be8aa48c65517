// What the committee pack holds for a reporting point: the quarter's summary,
// the scorecard by section, and each indicator with its figure, target,
// rating, direction, one-line summary and commentary. Like the overview, each
// indicator shows its latest entry by then, with that entry's own period (an
// annual measure shows its year); those with nothing yet by then are left out
// and counted on the cover.
import { hasEntry, type Assessment } from '../../domain/assessIndicator'
import { buildQuarterSummary } from '../../domain/buildQuarterSummary'
import { describeAssessment, describeTargetFor } from '../../domain/describeIndicator'
import { indexPeriods } from '../../domain/periods'
import { withPoint } from '../../domain/reportingPoints'
import { resolvePoint } from '../../domain/scorecardPoints'
import { groupBySection, type SectionHeading } from '../../domain/groupBySection'
import type { Commentary, Indicator, Period, Scorecard } from '../../domain/scorecardSchema'
import { assessAtScorecardPoint, countAssessments, type Counts } from '../../domain/summarise'

export type PackEntry = {
  assessment: Assessment
  /** The generated one-line summary. */
  summary: string
  /** The target that applies to the figure's own period, in words. */
  target: string
  /** Commentary for the figure's own period, verbatim. */
  commentary: Commentary[]
}

export type PackSection = { section: SectionHeading; entries: PackEntry[]; counts: Counts }

export type PrintPack = {
  period: Period | undefined
  summary: string[]
  sections: PackSection[]
  totals: Counts
  /** Indicators with no entry by the point, so not in the pack. */
  leftOut: Indicator[]
}

export function buildPrintPack(scorecard: Scorecard, periodId: string): PrintPack {
  const period = resolvePoint(scorecard, periodId)
  if (!period) return { period, summary: [], sections: [], totals: countAssessments([]), leftOut: [] }
  const periods = withPoint(indexPeriods(scorecard.periods), period)
  const all = assessAtScorecardPoint(scorecard, period)
  const inPeriod = all.filter(hasEntry)
  const entry = (assessment: Assessment): PackEntry => ({
    assessment,
    summary: describeAssessment(assessment, periods),
    target: describeTargetFor(assessment.indicator, assessment.periodId, periods),
    commentary: assessment.indicator.commentary.filter((c) => c.period === assessment.periodId),
  })
  const sections = groupBySection(inPeriod, (a) => a.indicator.section, scorecard.sections).map(({ section, items }) => ({
    section,
    entries: items.map(entry),
    counts: countAssessments(items),
  }))
  return {
    period,
    summary: buildQuarterSummary(inPeriod, period),
    sections,
    totals: countAssessments(inPeriod),
    leftOut: all.filter((a) => !hasEntry(a)).map((a) => a.indicator),
  }
}
