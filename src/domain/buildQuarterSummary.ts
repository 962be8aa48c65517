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
  const reported = assessments.filter(hasEntry)
  if (reported.length === 0) return [`No indicator has a figure for ${period.label}.`]
  const sentences: string[] = []

  // At a reporting point, an indicator may show a figure from an earlier period: counted apart.
  const withFigure = reported.filter((a) => a.hasData && (a.at?.forPoint ?? true))
  sentences.push(`${plural(withFigure.length, 'indicator has', 'indicators have')} a figure for ${period.label}.`)
  const earlier = reported.filter((a) => a.hasData && a.at && !a.at.forPoint && a.at.freshness === 'current').length
  if (earlier > 0)
    sentences.push(
      `${plural(earlier, 'other indicator shows its', 'other indicators show their')} latest figure, from an earlier period: ${pluralWord(earlier, 'it reports', 'they report')} less often.`,
    )

  const rated = reported.filter((a) => a.rag.rating !== 'none')
  if (rated.length > 0) {
    const count = { red: 0, amber: 0, green: 0 }
    for (const a of rated) if (a.rag.rating !== 'none') count[a.rag.rating]++
    const parts = [`${count.red} ${pluralWord(count.red, 'is', 'are')} red`, `${count.amber} amber`, `${count.green} green`]
    sentences.push(`Of the ${plural(rated.length, 'indicator')} that can be rated against a target, ${joinWords(parts)}.`)
  } else {
    sentences.push('No indicator can be rated against a target for this period.')
  }

  // One definition of improved and worsened (changeSincePrevious.ts), as the overview's lists use.
  const improving = reported.filter(hasImproved).length
  const worsening = reported.filter(hasWorsened)
  if (improving + worsening.length > 0) {
    sentences.push(
      `Since the previous figure, ${plural(improving, 'indicator has', 'indicators have')} improved and ${plural(worsening.length, 'has', 'have')} worsened.`,
    )
  }
  // The first of the largest, in scorecard order: one pass, not a sort of every worsening.
  let largest: Assessment | undefined
  let largestSize = 0
  for (const a of worsening) {
    const size = worseningSize(a)
    if (size > largestSize) [largest, largestSize] = [a, size]
  }
  if (largest) {
    sentences.push(`The largest worsening is ${largest.indicator.ref} ${largest.indicator.title}, ${movementWords(largest)}.`)
  }

  const missing = reported.filter(isMissing)
  if (missing.length > 0) {
    const why = new Set(missing.map(missingWhy))
    const words = MISSING_WORDS.filter(([key]) => why.has(key)).map(([, word]) => word)
    sentences.push(`${plural(missing.length, 'indicator has', 'indicators have')} no figure this period (${joinWords(words, 'or')}).`)
  }
  const stale = reported.filter((a) => a.at?.freshness === 'stale')
  if (stale.length > 0) {
    const refs = stale.slice(0, STALE_REFS_NAMED).map((a) => a.indicator.ref)
    const more = stale.length > STALE_REFS_NAMED ? ` and ${stale.length - STALE_REFS_NAMED} more` : ''
    sentences.push(
      `${plural(stale.length, "indicator's latest figure is", "indicators' latest figures are")} out of date for how often ${pluralWord(stale.length, 'it is', 'they are')} reported: ${refs.join(', ')}${more}.`,
    )
  }
  const suppressed = reported.filter((a) => a.cell?.kind === 'suppressed').length
  if (suppressed > 0) sentences.push(`${plural(suppressed, 'figure is', 'figures are')} suppressed to protect children's privacy.`)
  return sentences
}
