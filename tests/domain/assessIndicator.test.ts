import { describe, expect, it } from 'vitest'
import { assessIndicator, hasEntry } from '../../src/domain/assessIndicator'
import type { ValueCell } from '../../src/domain/scorecardSchema'
import { buildIndicator, num, PERIOD_INDEX, status } from '../support/buildIndicator'

const Q2 = '2018-19-Q2'
const assess = (values: ValueCell[]) => assessIndicator(buildIndicator({ values }), Q2, PERIOD_INDEX)

describe('hasEntry and hasData', () => {
  it('a figure is an entry and data', () => {
    const a = assess([num(Q2, 95)])
    expect(hasEntry(a)).toBe(true)
    expect(a.hasData).toBe(true)
  })

  it('a status is an entry but not data', () => {
    const a = assess([status(Q2, 'suppressed')])
    expect(hasEntry(a)).toBe(true)
    expect(a.hasData).toBe(false)
  })

  it('no cell for the period is neither: the indicator is not measured then', () => {
    const a = assess([num('2018-19-Q1', 95)])
    expect(hasEntry(a)).toBe(false)
    expect(a.hasData).toBe(false)
  })
})
