// A parsed scorecard file sent from the parse worker in parts: its
// indicators in batches, then the rest. The page reads each message as a task
// of its own, so a 10,000-indicator file arrives in short tasks rather than in
// one long one that would block input (reading a message is copying it).
import type { DataIssue, ParseResult } from '../domain/parseScorecard'
import type { Indicator } from '../domain/scorecardSchema'

/** Indicators per message: about 10 ms to read at 40 periods each on a 2-core machine. */
export const INDICATORS_PER_PART = 250

export type ParsePart =
  | { type: 'indicators'; indicators: Indicator[] }
  | { type: 'done'; scorecard: ParseResult['scorecard']; issues: DataIssue[] }
  | { type: 'failed'; message: string }

/** The messages for one parse result, in the order they are sent. */
export function splitParseResult(result: ParseResult, perPart = INDICATORS_PER_PART): ParsePart[] {
  const { scorecard, issues } = result
  if (!scorecard) return [{ type: 'done', scorecard: null, issues }]
  const parts: ParsePart[] = []
  for (let i = 0; i < scorecard.indicators.length; i += perPart) {
    parts.push({ type: 'indicators', indicators: scorecard.indicators.slice(i, i + perPart) })
  }
  parts.push({ type: 'done', scorecard: { ...scorecard, indicators: [] }, issues })
  return parts
}

/** Puts the parts back together: call `add` with each in turn; it returns the result once the last has come. */
export function joinParseResult() {
  const indicators: Indicator[] = []
  return (part: ParsePart): ParseResult | undefined => {
    if (part.type === 'indicators') {
      for (const indicator of part.indicators) indicators.push(indicator)
      return undefined
    }
    if (part.type === 'failed') throw new Error(part.message)
    return { scorecard: part.scorecard ? { ...part.scorecard, indicators } : null, issues: part.issues }
  }
}
