import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../../src/domain/assessIndicator'
import type { Indicator } from '../../../src/domain/scorecardSchema'
import { sortAssessments } from '../../../src/features/scorecard-table/sortAssessments'
import type { Sort } from '../../../src/features/scorecard-table/tableQuery'
import { buildIndicator, num, PERIOD_INDEX, status } from '../../support/buildIndicator'

const Q1 = '2018-19-Q1'
const Q2 = '2018-19-Q2'
const assess = (overrides: Partial<Indicator>) => assessIndicator(buildIndicator(overrides), Q2, PERIOD_INDEX)
const target = { kind: 'number', value: 90 } as const

const ROWS = [
  assess({ ref: 'P1.10', title: 'beta', target, values: [num(Q1, 80), num(Q2, 85)] }), // red, improving
  assess({ ref: 'G1', title: 'Alpha', polarity: 'none', unit: 'count', values: [num(Q1, 496), num(Q2, 495)] }), // not rated, no real change (no meaning)
  assess({ ref: 'P1.2', title: 'gamma', target, values: [num(Q1, 97), num(Q2, 95)] }), // green, worsening
  assess({ ref: 'P5.3', title: 'Delta', polarity: 'none', unit: 'count', values: [status(Q2, 'suppressed')] }), // not rated, no direction
  assess({ ref: 'P2.1', title: 'epsilon', target, amberTolerance: 5, values: [num(Q1, 88), num(Q2, 88.2)] }), // amber, no change
  assess({ ref: 'P2.16', title: 'Zeta', target, values: [status(Q2, 'under-development')] }), // not rated, no direction
  assess({
    ref: 'S1',
    title: 'eta',
    unit: 'yes-no',
    polarity: 'none',
    values: [{ period: Q2, kind: 'yes-no', answer: true, source: { doc: 't', line: 1 } }],
  }),
  assess({ ref: 'S2', title: 'theta', target }), // no cell at all
]

const order = (sort: Sort) => sortAssessments(ROWS, sort).map((a) => a.indicator.ref)

describe('sortAssessments', () => {
  it('sorts refs in natural order, both ways', () => {
    expect(order({ key: 'ref', order: 'asc' })).toEqual(['G1', 'P1.2', 'P1.10', 'P2.1', 'P2.16', 'P5.3', 'S1', 'S2'])
    expect(order({ key: 'ref', order: 'desc' })).toEqual(['S2', 'S1', 'P5.3', 'P2.16', 'P2.1', 'P1.10', 'P1.2', 'G1'])
  })

  it('sorts titles alphabetically, ignoring case', () => {
    expect(order({ key: 'title', order: 'asc' })).toEqual(['G1', 'P1.10', 'P5.3', 'P2.1', 'S1', 'P1.2', 'S2', 'P2.16'])
  })

  it('sorts RAG by severity, red first; not rated last, ties in ref order', () => {
    expect(order({ key: 'rag', order: 'asc' })).toEqual(['P1.10', 'P2.1', 'P1.2', 'G1', 'P2.16', 'P5.3', 'S1', 'S2'])
  })

  it('reverses RAG to green first, keeping not rated last', () => {
    expect(order({ key: 'rag', order: 'desc' })).toEqual(['P1.2', 'P2.1', 'P1.10', 'G1', 'P2.16', 'P5.3', 'S1', 'S2'])
  })

  it('sorts direction worsening first, then no change, improving, movement without polarity, no direction', () => {
    expect(order({ key: 'dir', order: 'asc' })).toEqual(['P1.2', 'P2.1', 'P1.10', 'G1', 'P2.16', 'P5.3', 'S1', 'S2'])
    expect(order({ key: 'dir', order: 'desc' }).slice(0, 3)).toEqual(['P1.10', 'P2.1', 'P1.2'])
  })

  it('sorts the current figure with numbers before answers and statuses, and missing cells last', () => {
    expect(order({ key: 'value', order: 'asc' })).toEqual(['P1.10', 'P2.1', 'P1.2', 'G1', 'S1', 'P5.3', 'P2.16', 'S2'])
  })

  it('keeps statuses after the numbers when the figures run highest first', () => {
    expect(order({ key: 'value', order: 'desc' })).toEqual(['G1', 'P1.2', 'P2.1', 'P1.10', 'S1', 'P2.16', 'P5.3', 'S2'])
  })

  it('does not change the list it is given', () => {
    const before = ROWS.map((a) => a.indicator.ref)
    sortAssessments(ROWS, { key: 'rag', order: 'desc' })
    expect(ROWS.map((a) => a.indicator.ref)).toEqual(before)
  })
})
