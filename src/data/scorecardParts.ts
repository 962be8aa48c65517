// A parsed scorecard file sent from the parse worker in parts: its
// indicators in batches, then the rest. The page reads each message as a task
// of its own, so a 10,000-indicator file arrives in short tasks rather than in
// one long one that would block input.
//
// A batch travels as JSON text, not as objects. A posted object is copied
// cell by cell, with a new string for every period id it repeats (400,000 at
// 10,000 indicators × 40 periods); JSON.parse shares short repeated strings
// and is faster. Measured at 10,000 indicators in Chromium: peak heap 99 →
// 84.5 MB, and the reading tasks, 50–72 ms when a garbage collection fell in
// one, stay under 50.
import type { DataIssue, ParseResult } from '../domain/parseScorecard'
import type { Indicator } from '../domain/scorecardSchema'

/** Indicators per message: 1.2 MB of JSON at 40 periods each, about 6 ms to parse on a 2-core machine. */
export const INDICATORS_PER_PART = 250

export type ParsePart =
  | { type: 'indicators'; json: string }
  | { type: 'done'; scorecard: ParseResult['scorecard']; issues: DataIssue[] }
  | { type: 'failed'; message: string }

/** The messages for one parse result, in the order they are sent; each batch is written as it is asked for, not all held at once. */
export function* splitParseResult(result: ParseResult, perPart = INDICATORS_PER_PART): Generator<ParsePart, void, void> {
  const { scorecard, issues } = result
  if (!scorecard) {
    yield { type: 'done', scorecard: null, issues }
    return
  }
  for (let i = 0; i < scorecard.indicators.length; i += perPart) {
    yield { type: 'indicators', json: JSON.stringify(scorecard.indicators.slice(i, i + perPart)) }
  }
  yield { type: 'done', scorecard: { ...scorecard, indicators: [] }, issues }
}

/** Puts the parts back together: call `add` with each in turn; it returns the result once the last has come. */
export function joinParseResult() {
  const indicators: Indicator[] = []
  return (part: ParsePart): ParseResult | undefined => {
    if (part.type === 'indicators') {
      for (const indicator of JSON.parse(part.json) as Indicator[]) indicators.push(indicator)
      return undefined
    }
    if (part.type === 'failed') throw new Error(part.message)
    return { scorecard: part.scorecard ? { ...part.scorecard, indicators } : null, issues: part.issues }
  }
}
