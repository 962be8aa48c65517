import { describe, expect, it } from 'vitest'
import {
  financialYearEnd,
  financialYearStart,
  nextQuarter,
  previousQuarter,
  paperColumnPeriods,
  paperPeriodHeader,
  parseFinancialPeriodId,
  quarterPeriod,
  yearEndPeriod,
} from '../../src/domain/financialYear'
import { readSeedText } from '../support/seedFiles'

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

describe('financialYearStart', () => {
  it('starts the UK financial year on 1 April', () => {
    expect(financialYearStart('2018-09-30')).toBe('2018-04-01')
    expect(financialYearStart('2019-03-31')).toBe('2018-04-01')
    expect(financialYearStart('2018-04-01')).toBe('2018-04-01')
    expect(financialYearStart('2018-03-31')).toBe('2017-04-01')
  })

  it('ends it on the next 31 March', () => {
    expect(financialYearEnd('2018-04-01')).toBe('2019-03-31')
  })
})

describe('previousQuarter', () => {
  it('steps back a quarter, across the year boundary; other periods have none', () => {
    expect(previousQuarter('2018-19-Q3')?.id).toBe('2018-19-Q2')
    expect(previousQuarter('2018-19-Q1')?.id).toBe('2017-18-Q4')
    expect(previousQuarter('2017-18-YE')).toBeUndefined()
    expect(previousQuarter('2015-07-06')).toBeUndefined()
  })
})
