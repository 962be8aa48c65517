// What the committee pack holds for a period: the quarter's summary, the
// scorecard by section, and each indicator with its figure, target, rating,
// direction, one-line summary and commentary. Like the overview, only
// indicators with an entry for the period are in it: an annual measure is not
// "missing" from a quarter; those left out are counted on the cover.
import { hasEntry, type Assessment } from '../../domain/assessIndicator'
import { buildQuarterSummary } from '../../domain/buildQuarterSummary'
import { describeAssessment, describeTargetFor } from '../../domain/describeIndicator'
import { indexPeriods } from '../../domain/periods'
import { groupBySection, type SectionHeading } from '../../domain/groupBySection'
import type { Commentary, Indicator, Period, Scorecard } from '../../domain/scorecardSchema'
import { assessScorecard, countAssessments, type Counts } from '../../domain/summarise'

export type PackEntry = {
  assessment: Assessment
  /** The generated one-line summary. */
  summary: string
  /** The target that applies to the period, in words. */
  target: string
  /** Commentary for the period, verbatim. */
  commentary: Commentary[]
}

export type PackSection = { section: SectionHeading; entries: PackEntry[]; counts: Counts }

export type PrintPack = {
  period: Period | undefined
  summary: string[]
  sections: PackSection[]
  totals: Counts
  /** Indicators with no entry for the period, so not in the pack. */
  leftOut: Indicator[]
}

export function buildPrintPack(scorecard: Scorecard, periodId: string): PrintPack {
  const periods = indexPeriods(scorecard.periods)
  const period = periods.get(periodId)
  const all = assessScorecard(scorecard, periodId)
  const inPeriod = all.filter(hasEntry)
  const entry = (assessment: Assessment): PackEntry => ({
    assessment,
    summary: describeAssessment(assessment, periods),
    target: describeTargetFor(assessment.indicator, periodId, periods),
    commentary: assessment.indicator.commentary.filter((c) => c.period === periodId),
  })
  const sections = groupBySection(inPeriod, (a) => a.indicator.section, scorecard.sections).map(({ section, items }) => ({
    section,
    entries: items.map(entry),
    counts: countAssessments(items),
  }))
  return {
    period,
    summary: period ? buildQuarterSummary(inPeriod, period) : [],
    sections,
    totals: countAssessments(inPeriod),
    leftOut: all.filter((a) => !hasEntry(a)).map((a) => a.indicator),
  }
}
