// The plain-English summary at the top of /compare. Every sentence is worked
// out from the rows on the page (each measure in its latest year), so it
// cannot say anything the table does not show.
import { plural } from '../wording'
import { figureOf } from './officialDataset'
import { formatNeighbourAverage, formatOfficialNumber } from './formatOfficialValue'
import { shortfallAgainstNeighbours, sortWorstAgainstNeighbours, type MeasureComparison } from './compareMeasure'

/** How many of the biggest gaps the summary names. */
export const GAPS_NAMED = 3

/** Measures joined with semicolons and "and": each phrase has commas of its own (joinWords uses commas). */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join('; ')} and ${items.at(-1)}`
}

/** "Percentage of agency social workers (31.3%; neighbours 8.5%; year ending 30 September 2025)". */
function gapPhrase(row: MeasureComparison): string {
  const figure = figureOf(row.value)!
  const average = row.neighbours.average!
  const year = row.period ? `; ${row.period.label}` : ''
  return `${row.measure.title} (${formatOfficialNumber(figure, row.measure, { withUnit: true })}; neighbours ${formatNeighbourAverage(average, row.measure, { withUnit: true })}${year})`
}

/** A sentence, and the measures it lists (shown as a list on the page). */
export type SummaryParagraph = { text: string; items?: string[] }

export type ComparisonSummary = {
  paragraphs: SummaryParagraph[]
  /** Each paragraph as one sentence, its items joined: for a text-only reader (and tests). */
  sentences: string[]
  withPolarity: number
  topQuartile: number
  bottomQuartile: number
}

/** `name`: the council as the DfE names it; `model`: e.g. "the DfE's 2025 statistical-neighbour model". */
export function summariseComparison(rows: readonly MeasureComparison[], name: string, model: string): ComparisonSummary {
  const judged = rows.filter((r) => r.measure.polarity !== 'none')
  const banded = judged.filter((r) => r.band?.band)
  const inBand = (band: string) => banded.filter((r) => r.band?.band === band).length
  const topQuartile = inBand('A')
  const bottomQuartile = inBand('D')
  const paragraphs: SummaryParagraph[] = []
  const say = (text: string, items?: string[]) => void paragraphs.push(items ? { text, items } : { text })
  const done = (withPolarity: number): ComparisonSummary => ({
    paragraphs,
    sentences: paragraphs.map((p) => (p.items ? `${p.text} ${listWords(p.items)}.` : p.text)),
    withPolarity,
    topQuartile,
    bottomQuartile,
  })
  if (judged.length === 0) {
    say(`No measure shown has a polarity, so none says whether ${name} is doing better or worse.`)
    return done(0)
  }

  const unbanded = judged.length - banded.length
  say(
    `Of ${plural(judged.length, 'measure')} with a polarity (where higher or lower is better), ${name} is in the top quartile of English councils (band A) on ${topQuartile} and the bottom quartile (band D) on ${bottomQuartile}, each in its latest year` +
      (unbanded > 0
        ? `; ${plural(unbanded, 'measure has', 'measures have')} no band (no figure for the latest year, or the DfE gives none).`
        : '.'),
  )

  const againstNeighbours = judged.filter((r) => r.gapToNeighbours)
  if (againstNeighbours.length > 0) {
    const word = (w: string) => againstNeighbours.filter((r) => r.gapToNeighbours?.word === w).length
    const same = word('the same')
    say(
      `Against the average of its statistical neighbours (${model}), it is better on ${word('better')} and worse on ${word('worse')} of the ${plural(againstNeighbours.length, 'measure')} both have a figure for` +
        (same > 0 ? `, and the same on ${same}.` : '.'),
    )
  }

  const worst = sortWorstAgainstNeighbours(judged)
    .filter((r) => (shortfallAgainstNeighbours(r) ?? 0) > 0 && r.gapToNeighbours?.word === 'worse')
    .slice(0, GAPS_NAMED)
  if (worst.length > 0) {
    say('Allowing for how widely councils differ on each measure, the biggest gaps behind its neighbours are', worst.map(gapPhrase))
  } else if (againstNeighbours.length > 0) {
    say(`It is not behind its neighbours’ average on any measure with a polarity.`)
  }
  const best = sortWorstAgainstNeighbours(judged)
    .reverse()
    .filter((r) => (shortfallAgainstNeighbours(r) ?? 0) < 0 && r.gapToNeighbours?.word === 'better')
    .slice(0, GAPS_NAMED)
  if (best.length > 0) say('It is furthest ahead of them on', best.map(gapPhrase))

  const againstEngland = judged.filter((r) => r.gapToEngland)
  if (againstEngland.length > 0) {
    const word = (w: string) => againstEngland.filter((r) => r.gapToEngland?.word === w).length
    say(`Against England, it is better on ${word('better')} and worse on ${word('worse')} of ${plural(againstEngland.length, 'measure')}.`)
  }

  const moved = judged.filter((r) => r.direction.raw !== null)
  if (moved.length > 0) {
    const meaning = (m: string) => moved.filter((r) => r.direction.meaning === m).length
    say(
      `Over its latest year, ${plural(meaning('improving'), 'measure')} improved, ${meaning('worsening')} worsened and ${meaning('no-change')} show no real change.`,
    )
  }
  return done(judged.length)
}
