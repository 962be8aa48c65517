import { describe, expect, it } from 'vitest'
import { columnLetter, headerKey, isColumnComparator, matchHeader, normaliseHeader } from '../../../src/domain/spreadsheet/matchHeader'

describe('matchHeader', () => {
  it.each([
    ['Ref', 'ref'],
    ['REF ', 'ref'],
    ['Ref.', 'ref'],
    ['Info available from', 'infoFrom'],
    ['Information  available from', 'infoFrom'],
    ['Commentary/ Lead', 'lead'],
    ['Commentary / Lead', 'lead'],
    ['Lead officer', 'lead'],
    ['Indicator', 'indicator'],
    ['Measure', 'indicator'],
    ['Polarity', 'polarity'],
    ['Stat Neigh Av', 'statNeighbours'],
    ['Stat Neigh', 'statNeighbours'],
    ['Statistical neighbours average', 'statNeighbours'],
    ['SN Av', 'statNeighbours'],
    ['National Av', 'national'],
    ['National average', 'national'],
    ['England', 'national'],
    ['Target', 'target'],
    ['RAG', 'rag'],
    ['RAG rating', 'rag'],
    ['Quarterly dir of travel', 'direction'],
    ['Quarterly dir of trave', 'direction'],
    // The table's download: what the source printed, beside the app's own.
    ['RAG as printed', 'rag'],
    ['Direction of travel as printed', 'direction'],
    ['Direction of travel', 'direction'],
    ['DoT', 'direction'],
    ['Comments', 'comments'],
    ['Commentary', 'comments'],
  ])('%j is %s', (header, field) => {
    expect(matchHeader(header)).toEqual({ field })
  })

  it.each([
    ['Qu 1 18-19', '2018-19-Q1'],
    ['Qu 3 18 19', '2018-19-Q3'],
    ['- Qu 4 18 19', '2018-19-Q4'],
    ['qu 2 18-19', '2018-19-Q2'],
    ['Q1 2018-19', '2018-19-Q1'],
    ['Quarter 2 2018/19', '2018-19-Q2'],
    ['Qtr 3 18/19', '2018-19-Q3'],
    ['Q4  19-20', '2019-20-Q4'],
    ['Yr. end 17-18', '2017-18-YE'],
    ['Yr end 17/18', '2017-18-YE'],
    ['Year end 2017-18', '2017-18-YE'],
    ['Year-end 2016-17', '2016-17-YE'],
    ['YE 17-18', '2017-18-YE'],
  ])('%j is the period %s', (header, id) => {
    const match = matchHeader(header)
    expect(match?.field).toBe('period')
    expect(match?.field === 'period' && match.period.id).toBe(id)
  })

  it.each([
    ['PI Ref', 'ref'],
    ['PI', 'ref'],
    ['KPI Ref', 'ref'],
    ['Reference', 'ref'],
    ['PI Description', 'indicator'],
    ['Indicator', 'indicator'],
    ['Measure', 'indicator'],
    ['Indicator name', 'indicator'],
    ['Performance measure', 'indicator'],
    ['Description', 'indicator'],
    ['Unit', 'unit'],
    ['Units', 'unit'],
    ['Amber tolerance', 'amberTolerance'],
    ['Tolerance', 'amberTolerance'],
    ['Cohort', 'cohort'],
    ['Frequency', 'frequency'],
    ['Reporting frequency', 'frequency'],
    ['Source', 'infoFrom'],
    ['Data source', 'infoFrom'],
    ['Responsible officer', 'lead'],
    ['Narrative', 'comments'],
    ['Target 2016/17', 'target'],
    ['Annual target', 'target'],
    ['DfE measure', 'official'],
  ])('another council’s %j is %s', (header, field) => {
    expect(matchHeader(header)).toEqual({ field })
  })

  it.each([
    ['SN average 15/16', 'statNeighbours', '2015-16', undefined],
    ['SN avg 2015-16', 'statNeighbours', '2015-16', undefined],
    ['Stat Neigh Av', 'statNeighbours', undefined, undefined],
    ['Statistical neighbours 2016', 'statNeighbours', '2016', undefined],
    ['England average 2016-17', 'national', '2016-17', undefined],
    ['National average 16/17', 'national', '2016-17', undefined],
    ['England 31/03/2019', 'national', '2019-03-31', undefined],
    ['North West average', 'region', undefined, 'North West'],
    ['NW av 2017-18', 'region', '2017-18', 'North West'],
    ['Yorkshire and the Humber average', 'region', undefined, 'Yorkshire and the Humber'],
    ['Regional average 2016-17', 'region', '2016-17', undefined],
  ])('%j is a %s comparator (period %s, region %s)', (header, field, period, region) => {
    const match = matchHeader(header)
    expect(match).toMatchObject({ field })
    expect(match && 'period' in match ? match.period?.id : undefined).toBe(period)
    expect(match && 'region' in match ? match.region : undefined).toBe(region)
  })

  it.each([
    ['12/13', '2012-13'],
    ['2013-14', '2013-14'],
    ['2013/14', '2013-14'],
    ['2014', '2014'],
    ['Q1 2016/17', '2016-17-Q1'],
    ['16/17 Q1', '2016-17-Q1'],
    ['2016-17 Q1', '2016-17-Q1'],
    ['Sep 2020', '2020-09'],
    ['September 2020', '2020-09'],
    ['2020-09', '2020-09'],
    ['30/09/2020', '2020-09-30'],
    ['as at 15 Feb 2022', '2022-02-15'],
  ])('%j is the figures of %s', (header, id) => {
    const match = matchHeader(header)
    expect(match?.field === 'period' && match.period.id).toBe(id)
  })

  it('"Quarter 1" is figures waiting for a year, unless the sheet gives one', () => {
    expect(matchHeader('Quarter 1')).toEqual({ field: 'undated', quarter: 1 })
    expect(matchHeader('Quarter 1', { financialYearStart: 2016 })).toMatchObject({ field: 'period', period: { id: '2016-17-Q1' } })
  })

  it('two comparator columns for different periods or regions are different columns', () => {
    const key = (h: string) => headerKey(matchHeader(h)!)
    expect(key('SN average 15/16')).not.toBe(key('SN average 16/17'))
    expect(key('North West average')).not.toBe(key('London average'))
    expect(key('Stat Neigh Av')).toBe('statNeighbours')
  })

  it.each([
    ['C&YP Plan Priority', 'cyp'],
    ['C & YP Plan Priority', 'cyp'],
    ['Corporate Priority', 'corporate'],
    ['Council plan priority', 'council'],
  ])('%j is the %s priority', (header, key) => {
    expect(matchHeader(header)).toEqual({ field: 'priority', key })
  })

  it.each(['', '   ', 'Notes', 'Owner email', 'Qu 1 18-20', 'Qu 5 18-19', 'Yr. end 17-19', 'Name'])(
    '%j is not a scorecard column',
    (header) => {
      expect(matchHeader(header)).toBeNull()
    },
  )

  it('normalises case, spaces and leading dashes', () => {
    expect(normaliseHeader('  - Qu  4   18 19 ')).toBe('qu 4 18 19')
    expect(normaliseHeader('Commentary/ Lead')).toBe('commentary/lead')
  })

  it('gives one key per meaning', () => {
    expect(headerKey(matchHeader('Qu 1 18-19')!)).toBe(headerKey(matchHeader('Q1 2018-19')!))
    expect(headerKey(matchHeader('Stat Neigh Av')!)).toBe('statNeighbours')
  })

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter)
  })
})

describe('isColumnComparator', () => {
  const comparator = (kind: 'england' | 'stat-neighbours', column?: string) => ({
    kind,
    number: 226,
    source: { doc: '004', line: 1, ...(column !== undefined ? { column } : {}) },
  })
  it('is a comparator of the kind whose source is the paper column for it', () => {
    expect(isColumnComparator(comparator('england', 'National Av'), 'england', 'national')).toBe(true)
    expect(isColumnComparator(comparator('stat-neighbours', 'Stat Neigh Av'), 'stat-neighbours', 'statNeighbours')).toBe(true)
  })
  it('is not one of another kind, from another column, or from a comment', () => {
    expect(isColumnComparator(comparator('stat-neighbours', 'National Av'), 'england', 'national')).toBe(false)
    expect(isColumnComparator(comparator('england', 'Stat Neigh Av'), 'england', 'national')).toBe(false)
    expect(isColumnComparator(comparator('england'), 'england', 'national')).toBe(false)
  })
})
