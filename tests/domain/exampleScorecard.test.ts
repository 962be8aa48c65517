// docs/example-scorecard.json is the documented example of the format: it
// must load with no issues and exercise every kind of value the doc describes.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import { indexPeriods } from '../../src/domain/periods'

const text = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../docs/example-scorecard.json'), 'utf8')

describe('docs/example-scorecard.json', () => {
  const parsed = parseScorecardJson(text, 'example-scorecard.json')
  const merged = mergeScorecards([{ file: 'example-scorecard.json', scorecard: parsed.scorecard! }])
  const scorecard = merged.scorecard!
  const periods = indexPeriods(scorecard.periods)
  const byRef = (ref: string) => scorecard.indicators.find((i) => i.ref === ref)!

  it('validates and merges with zero issues', () => {
    expect(parsed.issues).toEqual([])
    expect(merged.issues).toEqual([])
  })

  it('shows every kind of cell the format documents', () => {
    const kinds = new Set(scorecard.indicators.flatMap((i) => i.values.map((v) => v.kind)))
    expect([...kinds].sort()).toEqual(['number', 'suppressed', 'under-development', 'yes-no'])
  })

  it('applies its addition to G1', () => {
    expect(byRef('G1').values.map((v) => v.period)).toContain('2016-17-YE')
  })

  it('rates P3.17 amber as the doc says', () => {
    expect(assessIndicator(byRef('P3.17'), '2018-19-Q2', periods).rag).toMatchObject({
      rating: 'amber',
      reported: 'amber',
      disagreesWithReported: false,
    })
  })
})
