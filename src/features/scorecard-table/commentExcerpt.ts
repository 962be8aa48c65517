// The table shows a short excerpt of each comment; the full, verbatim text is
// on the indicator page.
import type { Indicator } from '../../domain/scorecardSchema'

/** Two lines of the table's comment column, with room for "more" after it. */
export const EXCERPT_LENGTH = 80

/** The commentary for one period, verbatim, if the source has one. */
export function commentFor(indicator: Indicator, periodId: string): string | undefined {
  return indicator.commentary.find((c) => c.period === periodId)?.text
}

/** Cuts text to at most `max` characters (ellipsis included) on a word boundary. */
export function excerptComment(text: string, max = EXCERPT_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  // The last space that leaves room for the ellipsis within `max`.
  const lastSpace = clean.lastIndexOf(' ', max - 1)
  // A single very long word has no boundary to cut at: cut inside it.
  const cut = clean.slice(0, lastSpace > 0 ? lastSpace : max - 1)
  return `${cut.replace(/[\s,;:.–-]+$/, '')}…`
}
