// The DfE's published comparison for one scorecard indicator at a reporting
// point, in a sentence a committee reads: the latest published year by the
// point's date, the council's published figure, England and the statistical
// neighbours' average, and whether the council is better or worse (higher or
// lower, for a measure without polarity). The rules are compareMeasure's;
// this only words them.
import type { OfficialLink } from '../scorecardSchema'
import { capitalise, joinWords } from '../wording'
import type { MeasureComparison } from './compareMeasure'
import { formatNeighbourAverage, formatOfficialValue } from './formatOfficialValue'
import type { GapWord } from './gapTo'
import { comparatorsAreTotals } from './officialTrend'
import { figureOf, STATUS_TEXT, statusOf, type OfficialPeriod } from './officialDataset'
import { periodFor, periodPhrase } from './periodWords'

/** The measure's latest year ending on or before the date: what was published about the council by then. -1 when none. */
export function latestYearBy(years: readonly Pick<OfficialPeriod, 'end'>[], isoDate: string): number {
  return years.findLastIndex((y) => y.end <= isoDate)
}

/** "worse than England and its statistical neighbours", "higher than England, lower than its statistical neighbours". */
function verdictWords(england: GapWord | undefined, neighbours: GapWord | undefined): string | undefined {
  const than = (word: GapWord) => (word === 'the same' ? 'the same as' : `${word} than`)
  if (england && neighbours && england === neighbours) return `${than(england)} England and its statistical neighbours`
  const parts = [
    england ? `${than(england)} England` : undefined,
    neighbours ? `${than(neighbours)} its statistical neighbours` : undefined,
  ]
  const said = parts.filter((p): p is string => p !== undefined)
  return said.length > 0 ? said.join(', ') : undefined
}

/** Better or worse than England, where the measure has a polarity and both have a figure. */
export function publishedVerdict(row: MeasureComparison): { england?: GapWord; neighbours?: GapWord } {
  if (comparatorsAreTotals(row.measure)) return {}
  return {
    ...(row.gapToEngland ? { england: row.gapToEngland.word } : {}),
    ...(row.gapToNeighbours ? { neighbours: row.gapToNeighbours.word } : {}),
  }
}

/**
 * "DfE published figure on 31 March 2018: 65 per 10,000; England 64,
 * statistical neighbours' average 61.2: higher than England and its
 * statistical neighbours." For a count, England's figure is a total, not a
 * comparator, so only the council's own is given. A near match says so.
 */
export function describePublishedComparison(row: MeasureComparison, link: Pick<OfficialLink, 'match'>): string {
  const { measure, period } = row
  const near = link.match === 'near' ? ' (a near match: the DfE defines it differently)' : ''
  const when = period ? periodPhrase(period) : 'in its latest year'
  // A status in full ("No figure (suppressed or not available; …)"): the short word alone gives a reader no reason.
  const status = statusOf(row.value)
  const shown = status ? STATUS_TEXT[status] : formatOfficialValue(row.value, measure, { withUnit: true })
  const opening = `DfE published figure ${when}${near}: ${shown}`
  if (figureOf(row.value) === undefined || comparatorsAreTotals(measure)) return `${opening}.`
  const average = row.neighbours.average
  const comparators = joinWords(
    [
      `England ${formatOfficialValue(row.england, measure)}`,
      average === null ? undefined : `statistical neighbours’ average ${formatNeighbourAverage(average, measure)}`,
    ].filter((c): c is string => c !== undefined),
  )
  const { england, neighbours } = publishedVerdict(row)
  const verdict = verdictWords(england, neighbours)
  return `${opening}; ${comparators}${verdict ? `: ${verdict}` : ''}.`
}

/**
 * Why an indicator that names a DfE measure has no published comparison at a
 * point: the measure is not in the DfE's data, or its first year ends after
 * the point ("…first published figure is for the year ending 31 March 2020,
 * after Q2 2018-19").
 */
export function describeNotYetPublished(
  measure: { code: string; years: readonly Pick<OfficialPeriod, 'kind' | 'label'>[] } | undefined,
  code: string,
  pointLabel: string,
): string {
  const first = measure?.years[0]
  if (!first) return `The DfE’s published data has no measure “${code}”, so there is no published figure to compare.`
  return `No DfE figure yet: its first published figure for this measure is ${periodFor(first)}, after ${pointLabel}.`
}

/** The summary's sentence for the published comparisons: how many are better or worse than England. */
export function publishedSummary(rows: readonly MeasureComparison[]): string | undefined {
  if (rows.length === 0) return undefined
  const words = rows.map((r) => publishedVerdict(r).england)
  const count = (w: GapWord) => words.filter((x) => x === w).length
  const judged = count('better') + count('worse') + count('the same')
  const years = [...new Set(rows.map((r) => (r.period ? periodPhrase(r.period) : undefined)).filter((p): p is string => p !== undefined))]
  const when = years.length === 1 ? ` ${years[0]}` : ''
  const parts = [`better than England on ${count('better')}`, `worse on ${count('worse')}`]
  if (count('the same') > 0) parts.push(`the same on ${count('the same')}`)
  const opening = `The DfE’s published figures${when} cover ${rows.length} of these ${rows.length === 1 ? 'indicator' : 'indicators'}`
  return judged > 0 ? `${opening}: ${joinWords(parts)}.` : `${capitalise(opening)}.`
}
