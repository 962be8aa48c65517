// Invariants of the parser and the RAG / direction rules over generated data.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeDirection } from '../../src/domain/computeDirection'
import { computeRag } from '../../src/domain/computeRag'
import { parseScorecard, parseScorecardJson } from '../../src/domain/parseScorecard'
import { indexPeriods } from '../../src/domain/periods'
import { buildIndicator, num, PERIOD_INDEX, status } from '../support/buildIndicator'
import { scorecardArb } from '../support/arbitraries'

const RUNS = 2000
const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'
const figure = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10)

describe('parser properties', () => {
  it(`round-trips generated valid scorecards unchanged (${RUNS / 4} cases)`, () => {
    fc.assert(
      fc.property(scorecardArb(), (scorecard) => {
        const { scorecard: parsed, issues } = parseScorecardJson(JSON.stringify(scorecard), 'gen.json')
        expect(issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(parsed).toEqual(scorecard)
      }),
      { numRuns: RUNS / 4 },
    )
  })

  it(`never throws on arbitrary input, and every issue names its file and field (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { issues } = parseScorecard(input, 'any.json')
        for (const issue of issues) {
          expect(issue.file).toBe('any.json')
          expect(issue.field.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it(`reports a broken field of a generated indicator with its ref (${RUNS / 4} cases)`, () => {
    const breakages: [string, unknown][] = [
      ['polarity', 'sideways'],
      ['unit', 42],
      ['title', ''],
      ['cohorts', 'everyone'],
      ['frequency', null],
    ]
    fc.assert(
      fc.property(scorecardArb(), fc.nat(), fc.constantFrom(...breakages), (scorecard, pick, [field, bad]) => {
        const target = scorecard.indicators[pick % scorecard.indicators.length]!
        const data = JSON.parse(JSON.stringify(scorecard))
        data.indicators[pick % scorecard.indicators.length][field] = bad
        const { scorecard: parsed, issues } = parseScorecard(data, 'gen.json')
        expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', ref: target.ref, field }))
        expect(parsed?.indicators.map((i) => i.ref)).not.toContain(target.ref)
        expect(parsed?.indicators).toHaveLength(scorecard.indicators.length - 1)
      }),
      { numRuns: RUNS / 4 },
    )
  })
})

describe('RAG and direction properties', () => {
  it(`flipping polarity swaps improving and worsening (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(figure, figure, (from, to) => {
        const values = [num(Q1, from), num(Q2, to)]
        const high = computeDirection(buildIndicator({ polarity: 'high-is-good', values }), Q2, PERIOD_INDEX)
        const low = computeDirection(buildIndicator({ polarity: 'low-is-good', values }), Q2, PERIOD_INDEX)
        expect(high.raw).toBe(low.raw)
        const swap = { improving: 'worsening', worsening: 'improving', 'no-change': 'no-change', none: 'none' } as const
        expect(low.meaning).toBe(swap[high.meaning])
      }),
      { numRuns: RUNS },
    )
  })

  it(`a value inside a range target is never red, and is green when rated (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        figure,
        figure,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('high-is-good', 'low-is-good', 'none' as const),
        (a, b, t, polarity) => {
          const [min, max] = [Math.min(a, b), Math.max(a, b)]
          // Clamp: min + (max - min) * 1 can land a hair above max in floating point.
          const value = Math.min(max, min + (max - min) * t)
          const rag = computeRag(
            buildIndicator({ polarity, target: { kind: 'range', min, max }, values: [num(Q2, value)] }),
            Q2,
            PERIOD_INDEX,
          )
          expect(rag.rating).not.toBe('red')
          expect(rag.rating).toBe(polarity === 'none' ? 'none' : 'green')
        },
      ),
      { numRuns: RUNS },
    )
  })

  it(`a suppressed figure never produces a direction, on either side (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(figure, fc.boolean(), fc.constantFrom('high-is-good', 'low-is-good', 'none' as const), (n, suppressedNow, polarity) => {
        const values = suppressedNow ? [num(Q1, n), status(Q2, 'suppressed')] : [status(Q1, 'suppressed'), num(Q2, n)]
        const d = computeDirection(buildIndicator({ polarity, values }), Q2, PERIOD_INDEX)
        expect(d).toMatchObject({ raw: null, meaning: 'none' })
      }),
      { numRuns: RUNS },
    )
  })

  it(`RAG for generated scorecards is always one of the four ratings with a reason (${RUNS / 4} cases)`, () => {
    fc.assert(
      fc.property(scorecardArb(), (scorecard) => {
        const periods = indexPeriods(scorecard.periods)
        for (const indicator of scorecard.indicators) {
          for (const p of scorecard.periods) {
            const rag = computeRag(indicator, p.id, periods)
            expect(['red', 'amber', 'green', 'none']).toContain(rag.rating)
            expect(rag.reason.length).toBeGreaterThan(0)
            if (indicator.polarity === 'none') expect(rag.rating).toBe('none')
          }
        }
      }),
      { numRuns: RUNS / 4 },
    )
  })
})
