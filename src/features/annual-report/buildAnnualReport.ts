// The annual report: each indicator's year-end figures across the years, with
// England and statistical-neighbour comparators where the papers give them,
// the direction over the year and the commentary, grouped by section. Ofsted
// (document 000) found "no annual performance report … compared with previous
// years and against national performance and statistical neighbours".
//
// A "year" is a financial year: the periods of kind 'year-end' (a position at
// 31 March) and 'annual' (a figure for the whole year) with the same dates.
// Where an indicator has both for one year, the year-end figure is used.
import { isFigure, isStatus } from '../../domain/cellKinds'
import { computeDirection, type DirectionResult } from '../../domain/computeDirection'
import { STATUS_WORDS } from '../../domain/formatValue'
import { comparatorFor, targetFor } from '../../domain/indicatorLookups'
import { comparePeriods, indexPeriods, sortPeriods } from '../../domain/periods'
import { groupBySection, type SectionHeading } from '../../domain/groupBySection'
import type { Commentary, Comparator, Indicator, Period, Scorecard, ValueCell } from '../../domain/scorecardSchema'
import { plural } from '../../domain/wording'

export type ReportYear = {
  /** The period that names the year: its year-end period if there is one, else its annual period. */
  id: string
  label: string
  start: string
  end: string
  /** Every year-end and annual period for these dates. */
  periodIds: string[]
}

export type YearComparator = { comparator: Comparator; periodLabel?: string; undated: boolean }

export type AnnualEntry = {
  indicator: Indicator
  /** The indicator's own period for the year (year-end or annual). */
  periodId: string
  cell: ValueCell
  /** The indicator cut down to its year-end and annual figures up to this year: what the chart and table draw. */
  series: Indicator
  /** Figures in the series (a chart needs two). */
  figureCount: number
  /** Against the same kind of period a year before. */
  direction: DirectionResult
  england?: YearComparator
  statNeighbours?: YearComparator
  /** Commentary for the year; failing that, the latest commentary, labelled with its period. */
  commentary: { items: Commentary[]; periodId: string; forYear: boolean } | undefined
}

export type WithoutFigure = { indicator: Indicator; reason: string }

export type AnnualReport = {
  year: ReportYear
  sections: Array<{ section: SectionHeading; entries: AnnualEntry[] }>
  withoutFigures: WithoutFigure[]
  summary: string[]
}

export function isYearPeriod(period: Period): boolean {
  return period.kind === 'year-end' || period.kind === 'annual'
}

const yearKey = (p: Pick<Period, 'start' | 'end'>) => `${p.start}/${p.end}`

/** Year-end before annual, so the year-end figure wins where both exist. */
function preferYearEnd(a: Period, b: Period): number {
  return (a.kind === 'year-end' ? 0 : 1) - (b.kind === 'year-end' ? 0 : 1)
}

/** The years in which at least one indicator has a figure, oldest first. */
export function reportYears(scorecard: Scorecard): ReportYear[] {
  const periods = indexPeriods(scorecard.periods)
  const used = new Set(
    scorecard.indicators.flatMap((i) =>
      i.values.filter((v) => isFigure(v) && periods.has(v.period) && isYearPeriod(periods.get(v.period)!)).map((v) => v.period),
    ),
  )
  const byYear = new Map<string, Period[]>()
  for (const period of sortPeriods(scorecard.periods).filter(isYearPeriod)) {
    byYear.set(yearKey(period), [...(byYear.get(yearKey(period)) ?? []), period])
  }
  return [...byYear.values()]
    .filter((group) => group.some((p) => used.has(p.id)))
    .map((group) => {
      const named = [...group].sort(preferYearEnd)[0]!
      return { id: named.id, label: named.label, start: named.start, end: named.end, periodIds: group.map((p) => p.id) }
    })
}

/**
 * The year the URL's period asks for: a year-end or annual period is its own
 * year; any other period (a quarter carried over from another view) means the
 * latest year that had ended by then; otherwise the latest year.
 */
export function chooseYear(
  years: readonly ReportYear[],
  periods: ReadonlyMap<string, Period>,
  requestedId: string | null,
): ReportYear | undefined {
  const requested = requestedId ? periods.get(requestedId) : undefined
  if (requested) {
    const own = years.find((y) => y.periodIds.includes(requested.id))
    if (own) return own
    const ended = years.filter((y) => y.end <= requested.end).at(-1)
    if (ended) return ended
  }
  return years.at(-1)
}

/** The indicator's figures for year periods up to `year`, one per year, and the comparators that go with them. */
export function yearSeries(indicator: Indicator, year: Pick<ReportYear, 'end'>, periods: ReadonlyMap<string, Period>): Indicator {
  const inRange = (id: string | undefined) => {
    const p = id === undefined ? undefined : periods.get(id)
    return p !== undefined && isYearPeriod(p) && p.end <= year.end
  }
  const byYear = new Map<string, ValueCell>()
  const cells = indicator.values
    .filter((v) => inRange(v.period))
    .sort((a, b) => preferYearEnd(periods.get(a.period)!, periods.get(b.period)!))
  for (const cell of cells) {
    const key = yearKey(periods.get(cell.period)!)
    if (!byYear.has(key)) byYear.set(key, cell)
  }
  const values = [...byYear.values()]
  // A target set for a later year (e.g. from Q1 2018-19) says nothing about these figures: leave it off the chart and table.
  const { target: _target, ...rest } = indicator
  const targetApplies = values.some((v) => targetFor(indicator, v.period, periods) !== undefined)
  return {
    ...(targetApplies ? indicator : rest),
    // One figure a year by construction: its chart expects them a year apart, not a quarter.
    frequency: 'annual',
    values,
    comparators: indicator.comparators.filter((c) => c.period === undefined || inRange(c.period)),
    commentary: [],
    reported: [],
  }
}

function yearComparator(
  indicator: Indicator,
  kind: 'england' | 'stat-neighbours',
  periodId: string,
  periods: ReadonlyMap<string, Period>,
): YearComparator | undefined {
  const comparator = comparatorFor(indicator, kind, periodId, periods)
  if (!comparator) return undefined
  const other = comparator.period !== undefined && comparator.period !== periodId ? periods.get(comparator.period)?.label : undefined
  return { comparator, undated: comparator.period === undefined, ...(other ? { periodLabel: other } : {}) }
}

function commentaryFor(indicator: Indicator, year: ReportYear, periods: ReadonlyMap<string, Period>): AnnualEntry['commentary'] {
  const forYear = indicator.commentary.filter((c) => year.periodIds.includes(c.period))
  if (forYear.length > 0) return { items: forYear, periodId: forYear[0]!.period, forYear: true }
  const latest = indicator.commentary
    .filter((c) => periods.has(c.period))
    .sort((a, b) => comparePeriods(periods.get(a.period)!, periods.get(b.period)!))
    .at(-1)
  if (!latest) return undefined
  return { items: indicator.commentary.filter((c) => c.period === latest.period), periodId: latest.period, forYear: false }
}

function whyNoFigure(indicator: Indicator, year: ReportYear, periods: ReadonlyMap<string, Period>): string {
  const status = indicator.values.find((v) => year.periodIds.includes(v.period))
  if (isStatus(status)) return `${STATUS_WORDS[status.kind]} for ${year.label}.`
  const others = sortPeriods(
    indicator.values.filter((v) => isFigure(v) && periods.has(v.period)).map((v) => periods.get(v.period)!),
  ).filter(isYearPeriod)
  if (others.length > 0) return `No figure for ${year.label}; year-end figures for ${others.map((p) => p.label).join(', ')}.`
  return 'No year-end or annual figures.'
}

function summarise(entries: readonly AnnualEntry[], withoutFigures: number, year: ReportYear): string[] {
  if (entries.length === 0) return [`No indicator has a year-end figure for ${year.label}.`]
  const count = (meaning: DirectionResult['meaning']) =>
    entries.filter((e) => e.direction.raw !== null && e.direction.meaning === meaning).length
  const compared = entries.filter((e) => e.direction.raw !== null).length
  const sentences = [`${plural(entries.length, 'indicator has', 'indicators have')} a year-end figure for ${year.label}.`]
  if (compared > 0) {
    sentences.push(
      `Against the year before, ${plural(count('improving'), 'has', 'have')} improved, ${plural(count('worsening'), 'has', 'have')} worsened and ${count('no-change')} show no real change` +
        (count('none') > 0
          ? `; ${plural(count('none'), 'indicator has', 'indicators have')} no polarity, so a change is neither better nor worse`
          : '') +
        '.',
    )
  }
  if (entries.length - compared > 0)
    sentences.push(
      `${plural(entries.length - compared, 'indicator has', 'indicators have')} no figure for the year before to compare with.`,
    )
  const england = entries.filter((e) => e.england).length
  const neighbours = entries.filter((e) => e.statNeighbours).length
  sentences.push(
    `${plural(england, 'indicator has', 'indicators have')} an England comparator and ${neighbours} a statistical-neighbour comparator.`,
  )
  if (withoutFigures > 0)
    sentences.push(
      `${plural(withoutFigures, 'indicator has', 'indicators have')} no year-end figure for ${year.label}: they are listed at the end.`,
    )
  return sentences
}

export function buildAnnualReport(scorecard: Scorecard, year: ReportYear): AnnualReport {
  const periods = indexPeriods(scorecard.periods)
  const entries: AnnualEntry[] = []
  const withoutFigures: WithoutFigure[] = []
  for (const indicator of scorecard.indicators) {
    const own = indicator.values
      .filter((v) => year.periodIds.includes(v.period) && isFigure(v))
      .sort((a, b) => preferYearEnd(periods.get(a.period)!, periods.get(b.period)!))[0]
    if (!own) {
      withoutFigures.push({ indicator, reason: whyNoFigure(indicator, year, periods) })
      continue
    }
    const series = yearSeries(indicator, year, periods)
    const england = yearComparator(indicator, 'england', own.period, periods)
    const statNeighbours = yearComparator(indicator, 'stat-neighbours', own.period, periods)
    entries.push({
      indicator,
      periodId: own.period,
      cell: own,
      series,
      figureCount: series.values.filter((v) => v.kind === 'number').length,
      direction: computeDirection(indicator, own.period, periods, 'year-before'),
      ...(england ? { england } : {}),
      ...(statNeighbours ? { statNeighbours } : {}),
      commentary: commentaryFor(indicator, year, periods),
    })
  }
  const sections = groupBySection(entries, (e) => e.indicator.section, scorecard.sections).map(({ section, items }) => ({
    section,
    entries: items,
  }))
  return { year, sections, withoutFigures, summary: summarise(entries, withoutFigures.length, year) }
}
