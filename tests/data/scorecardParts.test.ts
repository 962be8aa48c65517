// A parse result sent from the parse worker in parts comes back whole: every
// indicator in its order, the rest of the scorecard and every issue; a
// refused file and a failed parse come back as they were.
import { describe, expect, it } from 'vitest'
import { joinParseResult, splitParseResult, type ParsePart } from '../../src/data/scorecardParts'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'

const joined = (parts: Iterable<ParsePart>) => {
  const add = joinParseResult()
  let result
  for (const part of parts) result = add(JSON.parse(JSON.stringify(part)) as typeof part)
  return result
}

describe('a parse result in parts', () => {
  it('sends the indicators in batches and comes back the same', () => {
    const text = JSON.stringify({ ...syntheticScorecard(23, 4), stray: 1 })
    const result = parseScorecardJson(text, 'big.json')
    expect(result.issues).toHaveLength(1)
    const parts = [...splitParseResult(result, 10)]
    expect(parts.map((p) => p.type)).toEqual(['indicators', 'indicators', 'indicators', 'done'])
    expect(joined(parts)).toEqual(result)
  })

  it('brings back a refused file with its issues, and a failed parse as an error', () => {
    const refused = parseScorecardJson('{"format":"other"}', 'x.json')
    expect(joined(splitParseResult(refused))).toEqual(refused)
    expect(() => joinParseResult()({ type: 'failed', message: 'out of memory' })).toThrow('out of memory')
  })
})
