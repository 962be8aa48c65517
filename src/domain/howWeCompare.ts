// How an indicator's figure compares with the comparators the papers print
// beside it (England, statistical neighbours, the North West), in words a
// committee reads: "better than the England average of 226 days". Better and
// worse need a polarity and a figure; without either the comparator is given
// for context only. The DfE's published comparison is in
// official/describePublishedComparison.ts.
import type { Assessment } from './assessIndicator'
import { decimalsFor, formatNumberWithUnit } from './formatValue'
import { comparatorFor } from './indicatorLookups'
import type { ComparatorKind, Period } from './scorecardSchema'
import { COMPARATOR_NAMES } from './trendSeries'
import { capitalise, joinWords, plural } from './wording'

/** The comparators a paper prints beside a figure, in the order a reader expects them. */
export const PAPER_COMPARATORS = ['england', 'stat-neighbours', 'north-west'] as const satisfies readonly ComparatorKind[]

export type Verdict = 'better' | 'worse' | 'the same'

export type PaperComparison = {
  kind: (typeof PAPER_COMPARATORS)[number]
  /** "England average 226 days", "statistical neighbours average 61". */
  name: string
  figure: string
  /** The comparator's period when it is not the figure's own ("Year end 2017-18"), or "period not stated". */
  when?: string
  /** Undefined when there is no verdict to give: no polarity, or no figure to compare. */
  verdict?: Verdict
}

/** The name inside a sentence: "England average", "statistical neighbours average". */
function nameInSentence(kind: ComparatorKind): string {
  const name = COMPARATOR_NAMES[kind]
  return kind === 'stat-neighbours' ? name.charAt(0).toLowerCase() + name.slice(1) : name
}

/** Each comparator the papers give for the assessed period (or the latest before it), with its verdict. */
export function paperComparisons(a: Assessment, periods: ReadonlyMap<string, Period>): PaperComparison[] {
  const { indicator, cell, periodId } = a
  const figure = cell?.kind === 'number' ? cell.number : undefined
  return PAPER_COMPARATORS.flatMap((kind) => {
    const c = comparatorFor(indicator, kind, periodId, periods)
    if (!c) return []
    const when = c.period === undefined ? 'period not stated' : c.period !== periodId ? periods.get(c.period)?.label : undefined
    let verdict: Verdict | undefined
    if (figure !== undefined && indicator.polarity !== 'none') {
      const better = indicator.polarity === 'high-is-good' ? figure > c.number : figure < c.number
      verdict = figure === c.number ? 'the same' : better ? 'better' : 'worse'
    }
    return [
      {
        kind,
        name: nameInSentence(kind),
        figure: formatNumberWithUnit(c.number, indicator.unit, decimalsFor(c.number, c.printed)),
        ...(when ? { when } : {}),
        ...(verdict ? { verdict } : {}),
      },
    ]
  })
}

/** "better than the England average of 226 days (period not stated)"; "England average 64 per 10,000 (Year end 2017-18)" without a verdict. */
export function comparisonWords(c: PaperComparison): string {
  const when = c.when ? ` (${c.when})` : ''
  if (!c.verdict) return `${c.name} ${c.figure}${when}`
  const verdict = c.verdict === 'the same' ? 'the same as' : `${c.verdict} than`
  return `${verdict} the ${c.name} of ${c.figure}${when}`
}

/** The comparisons as one sentence for a card: "Better than the England average of 226 days (period not stated)." */
export function comparisonsSentence(comparisons: readonly PaperComparison[]): string | undefined {
  if (comparisons.length === 0) return undefined
  return `${capitalise(joinWords(comparisons.map(comparisonWords), 'and'))}.`
}

/**
 * The summary's sentence: how many indicators the papers compare with
 * England, and how many of those are better or worse. Undefined when the
 * papers give no England figure for any of them.
 */
export function englandSummary(assessments: readonly Assessment[], periods: ReadonlyMap<string, Period>): string | undefined {
  const verdicts = assessments.flatMap((a) => {
    const england = paperComparisons(a, periods).find((c) => c.kind === 'england')
    return england ? [england.verdict] : []
  })
  if (verdicts.length === 0) return undefined
  const judged = verdicts.filter((v): v is Verdict => v !== undefined)
  const count = (v: Verdict) => judged.filter((x) => x === v).length
  const parts = [`${count('better')} better than the England average`, `${count('worse')} worse`]
  if (count('the same') > 0) parts.push(`${count('the same')} the same`)
  const context = verdicts.length - judged.length
  const forContext =
    context > 0 ? `; ${plural(context, 'more has', 'more have')} an England figure for context only (no polarity or no figure)` : ''
  if (judged.length === 0)
    return `The papers give an England figure for ${plural(verdicts.length, 'indicator')}, for context only (no polarity or no figure).`
  return `The papers compare ${plural(judged.length, 'indicator')} with England: ${joinWords(parts)}${forContext}.`
}
