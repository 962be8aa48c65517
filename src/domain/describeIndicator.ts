// Plain-English sentences about one indicator, built only from its data: a
// clause whose facts are missing is left out, never guessed. "Better" and
// "worse" need a polarity; a target clause needs a target; a suppressed figure
// is named as suppressed and never given a number.
import type { Assessment } from './assessIndicator'
import { isStatus, type StatusKind } from './cellKinds'
import { noDirectionClause } from './computeDirection'
import { targetMiss } from './computeRag'
import { comparatorFor, targetFor } from './indicatorLookups'
import { decimalsFor, formatCell, formatNumber, formatNumberWithUnit, formatTarget } from './formatValue'
import { formatLongDate } from './calendarPeriods'
import type { ComparatorKind, Indicator, NumberCell, Period, Polarity, SourceDocument, SourceRef, Target, Unit } from './scorecardSchema'
import { COMPARATOR_NAMES, type TrendRow, type TrendSeries } from './trendSeries'
import { joinWords, plural, pluralWord } from './wording'
import { labelFor } from './periods'

export const SUPPRESSED_REASON = 'a small number withheld to protect privacy'

/** "Q1" rather than "Q1 2018-19" when the other label is in the same year. */
export function shortPeriodLabel(label: string, relativeTo: string): string {
  const year = label.split(' ').at(-1)
  const sameYear = label.includes(' ') && year === relativeTo.split(' ').at(-1)
  return sameYear ? label.slice(0, -(year!.length + 1)) : label
}

/** "in Q2 2018-19", but "on 6 July 2015" for a snapshot on one day. */
export function inPeriod(period: Pick<Period, 'kind' | 'label'>): string {
  return `${period.kind === 'as-at' ? 'on' : 'in'} ${period.label}`
}

function decimalsOf(...figures: Array<{ number: number; printed?: string | undefined }>): number {
  return Math.max(...figures.map((f) => decimalsFor(f.number, f.printed)))
}

/** A difference between two figures: "7 days", "3 percentage points", "£120 a week". */
export function formatDifference(difference: number, unit: Unit, decimals: number): string {
  const size = Math.abs(difference)
  if (unit === 'percent') {
    const digits = formatNumber(size, 'count', decimals)
    return `${digits} percentage ${pluralWord(size, 'point')}`
  }
  return formatNumberWithUnit(size, unit, decimals)
}

/** "the 426-day target", "the 90% target", "the target of 5". */
function targetPhrase(target: Extract<Target, { kind: 'number' }>, unit: Unit): string {
  const figure = formatNumber(target.value, unit, decimalsFor(target.value, target.printed))
  if (unit === 'days') return `the ${figure}-day target`
  if (unit === 'percent' || unit === 'gbp-per-week') return `the ${figure} target`
  return `the target of ${formatNumberWithUnit(target.value, unit, decimalsFor(target.value, target.printed))}`
}

function isBetter(value: number, than: number, polarity: Polarity): boolean {
  return polarity === 'high-is-good' ? value > than : value < than
}

function directionClause(assessment: Assessment, periods: ReadonlyMap<string, Period>, currentLabel: string): string | undefined {
  const { direction, indicator } = assessment
  if (direction.raw === null || !direction.from || !direction.to) return undefined
  const fromPeriod = periods.get(direction.from.periodId)
  if (!fromPeriod) return undefined
  const when = inPeriod({ kind: fromPeriod.kind, label: shortPeriodLabel(fromPeriod.label, currentLabel) })
  const from = formatNumber(direction.from.number, indicator.unit, decimalsFor(direction.from.number, direction.from.printed))
  if (direction.raw === 'same') {
    const verb = direction.change === 0 ? 'unchanged from' : 'little changed from'
    return `${verb} ${from} ${when}`
  }
  const movement = `${direction.raw} from ${from} ${when}`
  return direction.meaning === 'improving' || direction.meaning === 'worsening' ? `${movement}: ${direction.meaning}` : movement
}

/** Why there is no direction, when that is worth saying (a definition change, a suppressed earlier figure). */
function whyNoDirection(assessment: Assessment): string | undefined {
  const why = assessment.direction.noDirection
  if (why?.code !== 'definition-changed' && why?.code !== 'earlier-suppressed') return undefined
  return noDirectionClause(why)
}

function englandClause(indicator: Indicator, cell: NumberCell, periodId: string, periods: ReadonlyMap<string, Period>): string | undefined {
  const england = comparatorFor(indicator, 'england', periodId, periods)
  if (!england) return undefined
  const average = formatNumber(england.number, indicator.unit, decimalsFor(england.number, england.printed))
  const otherPeriod = england.period !== undefined && england.period !== periodId ? periods.get(england.period)?.label : undefined
  const when = otherPeriod ? ` (${otherPeriod})` : ''
  if (indicator.polarity === 'none') return `the England average is ${average}${when}`
  if (cell.number === england.number) return `the same as the England average of ${average}${when}`
  const verdict = isBetter(cell.number, england.number, indicator.polarity) ? 'better' : 'worse'
  return `${verdict} than the England average of ${average}${when}`
}

function targetClause(assessment: Assessment, cell: NumberCell, periods: ReadonlyMap<string, Period>): string | undefined {
  const { indicator, rag } = assessment
  const { unit, polarity } = indicator
  // A target set for one year says nothing about figures from before it applied.
  const target = targetFor(indicator, assessment.periodId, periods)
  if (!target) return undefined
  if (target.kind === 'text') return `the target is “${target.text}”`

  let met: string
  let missed: string
  if (target.kind === 'range') {
    const range = formatTarget(target, unit)
    met = `inside the target range of ${range}`
    missed = `outside the target range of ${range}`
  } else {
    // Meeting a single-figure target needs a polarity: is above it good or bad?
    if (polarity === 'none') return `the target is ${formatNumberWithUnit(target.value, unit, decimalsFor(target.value, target.printed))}`
    met = `meets ${targetPhrase(target, unit)}`
    missed = `misses ${targetPhrase(target, unit)}`
  }
  const miss = targetMiss(target, cell.number, polarity)
  if (miss <= 0) return met

  const decimals =
    target.kind === 'range'
      ? decimalsOf(cell, { number: target.min }, { number: target.max })
      : decimalsOf(cell, { number: target.value, printed: target.printed })
  // A range is a statement of fact without polarity; "by how much" only matters when rated.
  const by = polarity === 'none' ? '' : ` by ${formatDifference(miss, unit, decimals)}`
  if (rag.rating !== 'amber') return `${missed}${by}`
  const tolerance = indicator.amberTolerance
  const why =
    tolerance !== undefined && miss <= tolerance
      ? `within the tolerance of ${formatDifference(tolerance, unit, decimalsFor(tolerance))}`
      : 'as it is better than the England average'
  return `${missed}${by}: amber, not red, ${why}`
}

function statusSentence(kind: StatusKind, period: Pick<Period, 'kind' | 'label'>): string {
  switch (kind) {
    case 'suppressed':
      return `Suppressed ${inPeriod(period)} (${SUPPRESSED_REASON}).`
    case 'not-reported':
      return `Not reported for ${period.label}.`
    case 'not-applicable':
      return `Not applicable ${inPeriod(period)}.`
    case 'under-development':
      return `Under development: no figure yet for ${period.label}.`
  }
}

/**
 * The one-line summary of an indicator in a period, e.g. "302 days in Q2 2018-19,
 * up from 293 in Q1: worsening; better than the England average of 558; meets
 * the 426-day target."
 */
export function describeAssessment(assessment: Assessment, periods: ReadonlyMap<string, Period>): string {
  const { indicator, cell, periodId } = assessment
  const period = periods.get(periodId) ?? { kind: 'quarter' as const, label: periodId }
  const label = period.label
  if (!cell) return `No figure for ${label}.`
  if (isStatus(cell)) return statusSentence(cell.kind, period)
  if (cell.kind !== 'number') {
    const target = indicator.target ? `; the target is “${formatTarget(indicator.target, indicator.unit, { withUnit: true })}”` : ''
    return `${label}: ${formatCell(cell, indicator.unit)}${target}.`
  }

  const value = formatCell(cell, indicator.unit, { withUnit: true })
  const opening = `${value}${cell.provisional ? ' (provisional)' : ''} ${inPeriod(period)}`
  const movement = directionClause(assessment, periods, label)
  const clauses = [
    movement ? `${opening}, ${movement}` : opening,
    whyNoDirection(assessment),
    englandClause(indicator, cell, periodId, periods),
    targetClause(assessment, cell, periods),
  ].filter((c): c is string => c !== undefined)
  return `${clauses.join('; ')}.`
}

function chartTargetText(series: TrendSeries): string | undefined {
  const { target } = series
  if (!target) return undefined
  if (target.kind === 'band') return `target range ${target.text}`
  if (target.kind === 'line') return `target ${target.text}`
  return `target “${target.text}” (not drawn)`
}

/** Comparator names inside a sentence: "England average", "statistical neighbours average". */
function nameInSentence(kind: ComparatorKind, name: string): string {
  return kind === 'stat-neighbours' ? name.charAt(0).toLowerCase() + name.slice(1) : name
}

function comparatorTexts(indicator: Indicator, series: TrendSeries): string[] {
  const dated = series.comparatorKinds.map((kind) => {
    const row = series.rows.filter((r) => r.comparators.some((c) => c.kind === kind)).at(-1)!
    const comparator = row.comparators.find((c) => c.kind === kind)!
    const figure = formatNumberWithUnit(comparator.number, indicator.unit, decimalsFor(comparator.number, comparator.printed))
    return `${nameInSentence(kind, COMPARATOR_NAMES[kind])} ${figure} ${inPeriod(row)}`
  })
  const undated = series.undatedComparators.map((u) => `${nameInSentence(u.kind, u.name)} ${u.text} (period not stated)`)
  return [...dated, ...undated]
}

/** "no figures between 2011-14 (three-year average) and Year end 2017-18": where the line stops for want of figures. */
export function describeTimeGaps(series: Pick<TrendSeries, 'timeGaps'>): string | undefined {
  if (series.timeGaps.length === 0) return undefined
  return `no figures ${joinWords(series.timeGaps.map((g) => `between ${g.from.label} and ${g.to.label}`))}`
}

/** "the value axis starts at 90%, not zero", when it does. */
export function describeValueAxis(series: Pick<TrendSeries, 'valueAxis'>, unit: Unit): string | undefined {
  return series.valueAxis.start > 0 ? `the value axis starts at ${formatNumber(series.valueAxis.start, unit)}, not zero` : undefined
}

/**
 * The chart's accessible name: "Line chart of <title> from <first> to <last>:
 * <n> figures, latest <value> in <period>; no figures between <…>; target <…>;
 * England average <…>; the value axis starts at <…>, not zero."
 */
export function describeTrendChart(indicator: Indicator, series: TrendSeries): string {
  const { rows } = series
  const first = rows[0]
  const last = rows.at(-1)
  if (!first || !last || series.figureCount === 0) return `Chart of ${indicator.title}: no figures to plot.`
  const span = first === last ? `in ${first.label}` : `from ${first.label} to ${last.label}`
  const latest = rows.filter((r): r is TrendRow & { value: number } => r.value !== null).at(-1)!
  const count = plural(series.figureCount, 'figure')
  const latestText = `${formatCell(latest.cell, indicator.unit, { withUnit: true })}${latest.provisional ? ' (provisional)' : ''} ${inPeriod(latest)}`
  const gaps = new Map<string, string[]>()
  for (const r of rows) if (r.gapLabel) gaps.set(r.gapLabel, [...(gaps.get(r.gapLabel) ?? []), r.label])
  const parts = [
    `Line chart of ${indicator.title} ${span}: ${count}, latest ${latestText}`,
    ...[...gaps].map(([gap, labels]) => `${gap.toLowerCase()}: ${joinWords(labels)}`),
    describeTimeGaps(series),
    ...rows.filter((r) => r.definitionChange).map((r) => `definition changed from ${r.label}`),
    chartTargetText(series),
    ...comparatorTexts(indicator, series),
    describeValueAxis(series, indicator.unit),
  ].filter((p): p is string => p !== undefined)
  return `${parts.join('; ')}.`
}

/**
 * Where a figure came from, for analysts checking the transcription: "doc 004
 * line 1236 (Qu 2 18-19)". Committee views use describeSourceForCommittee.
 */
export function describeSource(source: SourceRef): string {
  const place = [
    source.line !== undefined ? `line ${source.line}` : undefined,
    source.table !== undefined ? `table “${source.table}”` : undefined,
  ]
    .filter((p): p is string => p !== undefined)
    .join(', ')
  return `doc ${source.doc} ${place}${source.column ? ` (${source.column})` : ''}`
}

/** The document a source cites, if the data file describes it. */
export function sourceDocument(source: SourceRef, documents: readonly SourceDocument[]): SourceDocument | undefined {
  return documents.find((d) => d.id === source.doc)
}

/** A document as a person knows it: "Committee agenda pack, 22 January 2019". */
export function documentName(document: SourceDocument): string {
  return document.date ? `${document.title}, ${formatLongDate(document.date)}` : document.title
}

/**
 * Where a figure came from, for a committee member: the document as a person
 * knows it, and the printed page where the data gives one: "Committee agenda
 * pack, 22 January 2019, page 62". Lines, columns
 * and document ids are for analysts (describeSource).
 */
export function describeSourceForCommittee(source: SourceRef, documents: readonly SourceDocument[]): string {
  const document = sourceDocument(source, documents)
  const name = document ? documentName(document) : 'a document the data file does not describe'
  return source.page !== undefined ? `${name}, page ${source.page}` : name
}

/** The target that applies to a period, in words: "121 days", "None for this period (applies from Q1 2018-19)", "No target". */
export function describeTargetFor(indicator: Indicator, periodId: string, periods: ReadonlyMap<string, Period>): string {
  const target = targetFor(indicator, periodId, periods)
  if (target) return formatTarget(target, indicator.unit, { withUnit: true })
  if (indicator.target?.from) return `None for this period (applies from ${labelFor(periods, indicator.target.from)})`
  return 'No target'
}
