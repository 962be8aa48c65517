// The overview's plain-English summary. Every sentence is computed from the
// assessments; a sentence whose facts are absent is left out, never guessed.
import { hasEntry, isMissing, type Assessment } from './assessIndicator'
import { hasImproved, hasWorsened, movementWords } from './changeSincePrevious'
import type { Period } from './scorecardSchema'
import { joinWords, plural, pluralWord } from './wording'

/** Earlier figures below this are small counts where one child swings the change. */
export const SMALL_BASE = 10

/**
 * Size of a worsening, roughly comparable across units: percentages by
 * percentage points, other figures by percent change. Small bases are left
 * out so "1 to 3" does not outrank "85% to 47%".
 */
export function worseningSize(a: Assessment): number {
  const { from, change } = a.direction
  if (!from || change === undefined) return 0
  if (a.indicator.unit === 'percent') return Math.abs(change)
  if (Math.abs(from.number) < SMALL_BASE) return 0
  return (Math.abs(change) / Math.abs(from.number)) * 100
}

/** Stale indicators named in the summary before it says "and N more". */
const STALE_REFS_NAMED = 6

type MissingWhy = 'not-reported' | 'under-development' | 'late' | 'stale'
const MISSING_WORDS: ReadonlyArray<[MissingWhy, string]> = [
  ['not-reported', 'not reported'],
  ['under-development', 'under development'],
  ['late', 'not yet entered'],
  ['stale', 'out of date'],
]

/** Why a missing indicator has no figure for the period: its age first, then its status. */
function missingWhy(a: Assessment): MissingWhy {
  if (a.at && a.at.freshness !== 'current') return a.at.freshness
  return a.cell?.kind === 'under-development' ? 'under-development' : 'not-reported'
}

export function buildQuarterSummary(assessments: readonly Assessment[], period: Period): string[] {
  // What the sentences say, counted in one pass rather than one per sentence: the overview summarises every indicator (10,000 in a region).
  let reported = 0
  let withFigure = 0
  let earlier = 0
  const rag = { red: 0, amber: 0, green: 0 }
  let improving = 0
  let worsening = 0
  let largest: Assessment | undefined
  let largestSize = 0
  let missing = 0
  const why = new Set<MissingWhy>()
  const stale: Assessment[] = []
  let suppressed = 0
  for (const a of assessments) {
    if (!hasEntry(a)) continue
    reported++
    // At a reporting point, an indicator may show a figure from an earlier period: counted apart.
    if (a.hasData && (a.at?.forPoint ?? true)) withFigure++
    if (a.hasData && a.at && !a.at.forPoint && a.at.freshness === 'current') earlier++
    if (a.rag.rating !== 'none') rag[a.rag.rating]++
    // One definition of improved and worsened (changeSincePrevious.ts), as the overview's lists use.
    if (hasImproved(a)) improving++
    if (hasWorsened(a)) {
      worsening++
      // The first of the largest, in scorecard order.
      const size = worseningSize(a)
      if (size > largestSize) {
        largest = a
        largestSize = size
      }
    }
    if (isMissing(a)) {
      missing++
      why.add(missingWhy(a))
    }
    if (a.at?.freshness === 'stale') stale.push(a)
    if (a.cell?.kind === 'suppressed') suppressed++
  }

  if (reported === 0) return [`No indicator has a figure for ${period.label}.`]
  const sentences: string[] = []
  sentences.push(`${plural(withFigure, 'indicator has', 'indicators have')} a figure for ${period.label}.`)
  if (earlier > 0)
    sentences.push(
      `${plural(earlier, 'other indicator shows its', 'other indicators show their')} latest figure, from an earlier period: ${pluralWord(earlier, 'it reports', 'they report')} less often.`,
    )

  const rated = rag.red + rag.amber + rag.green
  if (rated > 0) {
    const parts = [`${rag.red} ${pluralWord(rag.red, 'is', 'are')} red`, `${rag.amber} amber`, `${rag.green} green`]
    sentences.push(`Of the ${plural(rated, 'indicator')} that can be rated against a target, ${joinWords(parts)}.`)
  } else {
    sentences.push('No indicator can be rated against a target for this period.')
  }

  if (improving + worsening > 0) {
    sentences.push(
      `Since the previous figure, ${plural(improving, 'indicator has', 'indicators have')} improved and ${plural(worsening, 'has', 'have')} worsened.`,
    )
  }
  if (largest) {
    sentences.push(`The largest worsening is ${largest.indicator.ref} ${largest.indicator.title}, ${movementWords(largest)}.`)
  }

  if (missing > 0) {
    const words = MISSING_WORDS.filter(([key]) => why.has(key)).map(([, word]) => word)
    sentences.push(`${plural(missing, 'indicator has', 'indicators have')} no figure this period (${joinWords(words, 'or')}).`)
  }
  if (stale.length > 0) {
    const refs = stale.slice(0, STALE_REFS_NAMED).map((a) => a.indicator.ref)
    const more = stale.length > STALE_REFS_NAMED ? ` and ${stale.length - STALE_REFS_NAMED} more` : ''
    sentences.push(
      `${plural(stale.length, "indicator's latest figure is", "indicators' latest figures are")} out of date for how often ${pluralWord(stale.length, 'it is', 'they are')} reported: ${refs.join(', ')}${more}.`,
    )
  }
  if (suppressed > 0) sentences.push(`${plural(suppressed, 'figure is', 'figures are')} suppressed to protect children's privacy.`)
  return sentences
}
