import { describe, expect, it } from 'vitest'
import {
  nextQuarter,
  paperColumnPeriods,
  paperPeriodHeader,
  parseFinancialPeriodId,
  quarterPeriod,
  yearEndPeriod,
} from '../../../src/domain/spreadsheet/financialPeriods'
import { readSeedText } from '../../support/seedFiles'

describe('financial periods', () => {
  it('builds the same periods as the seed files', () => {
    const seed = JSON.parse(readSeedText('corporate-parenting-scorecard-2018-19-q2.json')) as { periods: unknown[] }
    expect(seed.periods).toEqual([
      yearEndPeriod(2016),
      yearEndPeriod(2017),
      quarterPeriod(2018, 1),
      quarterPeriod(2018, 2),
      quarterPeriod(2018, 3),
      quarterPeriod(2018, 4),
    ])
  })

  it.each([
    ['2018-19-Q2', '2018-19-Q3'],
    ['2018-19-Q4', '2019-20-Q1'],
    ['2017-18-YE', '2018-19-Q1'],
    ['2099-00-Q4', '2100-01-Q1'],
  ])('the quarter after %s is %s', (id, next) => {
    expect(nextQuarter(id)?.id).toBe(next)
  })

  it('Q4 runs January to March of the next calendar year', () => {
    expect(quarterPeriod(2018, 4)).toEqual({
      id: '2018-19-Q4',
      label: 'Q4 2018-19',
      kind: 'quarter',
      start: '2019-01-01',
      end: '2019-03-31',
    })
  })

  it.each(['2018-19', '2015-07-06', '2018-20-Q1', '2018-19-Q5', 'x'])('%s is not a financial quarter or year end', (id) => {
    expect(parseFinancialPeriodId(id)).toBeUndefined()
    expect(nextQuarter(id)).toBeUndefined()
  })

  it('lays out the paper columns: the previous year end, then the four quarters', () => {
    const columns = paperColumnPeriods('2018-19-Q2')!
    expect(columns.map((p) => p.id)).toEqual(['2017-18-YE', '2018-19-Q1', '2018-19-Q2', '2018-19-Q3', '2018-19-Q4'])
    expect(columns.map(paperPeriodHeader)).toEqual(['Yr. end 17-18', 'Qu 1 18-19', 'Qu 2 18-19', 'Qu 3 18-19', 'Qu 4 18-19'])
  })
})
