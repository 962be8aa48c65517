import { describe, expect, it } from 'vitest'
import { FIGURE_ALLOWANCES, freshnessOf, monthsBetween, staleReason } from '../../src/domain/figureAge'
import { FREQUENCIES } from '../../src/domain/scorecardSchema'

describe('monthsBetween', () => {
  it.each([
    ['2018-09-30', '2018-09-30', 0],
    ['2018-06-30', '2018-09-30', 3],
    // Month ends count as the same day: 31 March to 30 September is six months.
    ['2018-03-31', '2018-09-30', 6],
    ['2018-06-30', '2018-09-29', 2],
    ['2015-07-06', '2015-09-30', 2],
    ['2019-01-31', '2019-02-28', 1],
    ['2019-01-31', '2019-02-27', 0],
    ['2017-03-31', '2018-09-30', 18],
  ])('%s to %s is %d months', (from, to, months) => {
    expect(monthsBetween(from, to)).toBe(months)
  })
})

describe('freshnessOf: how a figure stands at a reporting point, by frequency', () => {
  const Q2_END = '2018-09-30'

  it('a quarterly figure is current for its own quarter, late one quarter on, stale two quarters before the point', () => {
    expect(freshnessOf('quarterly', '2018-09-30', Q2_END)).toBe('current')
    expect(freshnessOf('quarterly', '2018-06-30', Q2_END)).toBe('late')
    expect(freshnessOf('quarterly', '2018-03-31', Q2_END)).toBe('stale')
  })

  it('an annual figure for 2017-18 is still the current one at Q2 2018-19, late a year on, stale two years on', () => {
    expect(freshnessOf('annual', '2018-03-31', Q2_END)).toBe('current')
    expect(freshnessOf('annual', '2018-03-31', '2019-06-30')).toBe('late')
    expect(freshnessOf('annual', '2018-03-31', '2020-03-31')).toBe('stale')
  })

  it('a monthly figure is stale two months on; a termly one eight months on', () => {
    expect(freshnessOf('monthly', '2020-09-30', '2020-09-30')).toBe('current')
    expect(freshnessOf('monthly', '2020-08-31', '2020-09-30')).toBe('late')
    expect(freshnessOf('monthly', '2020-07-31', '2020-09-30')).toBe('stale')
    expect(freshnessOf('termly', '2018-04-30', '2018-12-31')).toBe('stale')
    expect(freshnessOf('termly', '2018-08-31', '2018-12-31')).toBe('late')
  })

  it('every frequency has an allowance, and a figure is stale only after it is late', () => {
    for (const frequency of FREQUENCIES) {
      const { cycle, staleAfter } = FIGURE_ALLOWANCES[frequency]
      expect(cycle).toBeGreaterThan(0)
      expect(staleAfter).toBeGreaterThan(cycle)
    }
  })

  it('says why a figure is stale in words', () => {
    expect(staleReason('H1', 'quarterly')).toBe('H1 is reported quarterly: a figure is out of date 6 months after its period ends.')
    expect(staleReason('H5', 'annual')).toBe('H5 is reported annually: a figure is out of date 24 months after its period ends.')
  })
})
