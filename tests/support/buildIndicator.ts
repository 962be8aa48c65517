// Small builders for hand-made indicators in unit tests.
import type { Indicator, Period, Scorecard, ValueCell } from '../../src/domain/scorecardSchema'
import { indexPeriods } from '../../src/domain/periods'

export const PERIODS: Period[] = [
  { id: '2017-18-Q2', label: 'Q2 2017-18', kind: 'quarter', start: '2017-07-01', end: '2017-09-30' },
  { id: '2017-18-YE', label: 'Year end 2017-18', kind: 'year-end', start: '2017-04-01', end: '2018-03-31' },
  { id: '2018-19-Q1', label: 'Q1 2018-19', kind: 'quarter', start: '2018-04-01', end: '2018-06-30' },
  { id: '2018-19-Q2', label: 'Q2 2018-19', kind: 'quarter', start: '2018-07-01', end: '2018-09-30' },
]
export const PERIOD_INDEX = indexPeriods(PERIODS)

const source = { doc: 'test', line: 1 }

export function num(period: string, number: number, printed?: string): ValueCell {
  return { period, kind: 'number', number, source, ...(printed !== undefined ? { printed } : {}) }
}

export function status(period: string, kind: 'suppressed' | 'not-reported' | 'under-development' | 'not-applicable'): ValueCell {
  return { period, kind, source }
}

export function buildIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    ref: 'T1',
    title: 'Test indicator',
    section: 'general',
    cohorts: ['cared-for-children'],
    polarity: 'high-is-good',
    unit: 'percent',
    frequency: 'quarterly',
    source,
    values: [],
    comparators: [],
    commentary: [],
    notes: [],
    reported: [],
    ...overrides,
  }
}

/** A scorecard holding these indicators and periods, for domain tests. */
export function buildScorecard(indicators: Indicator[], periods: Period[] = PERIODS): Scorecard {
  return {
    format: 'corporate-parenting-scorecard/1',
    authority: 'Test',
    title: 'Test',
    reportingYear: '2018-19',
    documents: [],
    periods,
    sections: [],
    indicators,
    additions: [],
  }
}
