// fast-check generators for valid scorecards.
import fc from 'fast-check'
import {
  COHORTS,
  FORMAT_ID,
  FREQUENCIES,
  POLARITIES,
  type Indicator,
  type Period,
  type Scorecard,
  type ValueCell,
} from '../../src/domain/scorecardSchema'
import { quarters } from '../../scripts/lib/syntheticScorecard'

const source = { doc: 'gen', line: 1 }
const safeText = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0)
const figure = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 10)

export const cellArb = (period: string): fc.Arbitrary<ValueCell> =>
  fc.oneof(
    { weight: 6, arbitrary: figure.map((number) => ({ period, kind: 'number' as const, number, source })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('suppressed', 'not-reported', 'under-development', 'not-applicable')
        .map((kind) => ({ period, kind, source }) as ValueCell),
    },
  )

export const indicatorArb = (ref: string, periods: Period[]): fc.Arbitrary<Indicator> =>
  fc
    .record({
      title: safeText,
      cohorts: fc.subarray([...COHORTS]),
      polarity: fc.constantFrom(...POLARITIES),
      frequency: fc.constantFrom(...FREQUENCIES),
      target: fc.option(
        fc.oneof(
          figure.map((value) => ({ kind: 'number' as const, value })),
          fc.tuple(figure, figure).map(([a, b]) => ({ kind: 'range' as const, min: Math.min(a, b), max: Math.max(a, b) })),
        ),
        { nil: undefined },
      ),
      used: fc.subarray(periods, { minLength: 0 }),
      lead: fc.option(safeText, { nil: undefined }),
    })
    .chain((r) =>
      fc.tuple(...r.used.map((p) => cellArb(p.id))).map((values) => {
        const indicator: Indicator = {
          ref,
          title: r.title,
          section: 'general',
          cohorts: r.cohorts,
          polarity: r.polarity,
          unit: 'count',
          frequency: r.frequency,
          source,
          values,
          comparators: [],
          commentary: [],
          notes: [],
          reported: [],
        }
        if (r.target) indicator.target = r.target
        if (r.lead !== undefined) indicator.lead = r.lead
        return indicator
      }),
    )

export const scorecardArb = (maxIndicators = 8, periodCount = 6): fc.Arbitrary<Scorecard> => {
  const periods = quarters(periodCount)
  return fc.integer({ min: 1, max: maxIndicators }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => indicatorArb(`R${i + 1}`, periods))).map((indicators) => ({
      format: FORMAT_ID,
      authority: 'Generated Council',
      title: 'Generated scorecard',
      reportingYear: '2016-17',
      documents: [],
      periods,
      sections: [{ id: 'general', title: 'General', kind: 'general' as const }],
      indicators,
      additions: [],
    })),
  )
}
