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
