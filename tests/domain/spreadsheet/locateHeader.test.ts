import { describe, expect, it } from 'vitest'
import { isRepeatedHeader, locateHeader } from '../../../src/domain/spreadsheet/locateHeader'

const fields = (grid: string[][]) =>
  locateHeader(grid)?.columns.map((c) => (c.match ? (c.match.field === 'period' ? c.match.period.id : c.match.field) : null))

describe('locateHeader', () => {
  it('finds a header below a title row', () => {
    const grid = [
      ['CORPORATE PARENTING SCORECARD 2018-19'],
      [],
      ['Ref', 'Indicator', 'Polarity', 'Qu 1 18-19'],
      ['G1', 'Number', '', '496'],
    ]
    expect(locateHeader(grid)).toMatchObject({ rowIndex: 2, rows: 1 })
    expect(fields(grid)).toEqual(['ref', 'indicator', 'polarity', '2018-19-Q1'])
  })

  it('joins a header split over two rows, as the paper prints it', () => {
    const grid = [
      ['CORPORATE PARENTING SCORECARD 2018-19', '', 'Stat', '', 'Yr. end', 'Qu 1', 'C&YP Plan Priority', 'Corporate'],
      ['Ref', 'Commentary/ Lead', 'Neigh', 'National Av', '17-18', '18-19', '', 'Priority'],
      ['G1', 'Kerry Birtles', '', '', '477', '496', '2 Feel & Be Safe', 'Outcome 5'],
    ]
    const header = locateHeader(grid)!
    expect(header).toMatchObject({ rowIndex: 1, rows: 2 })
    expect(header.columns.map((c) => c.header)).toEqual([
      'Ref',
      'Commentary/ Lead',
      'Stat Neigh',
      'National Av',
      'Yr. end 17-18',
      'Qu 1 18-19',
      'C&YP Plan Priority',
      'Corporate Priority',
    ])
    expect(fields(grid)).toEqual(['ref', 'lead', 'statNeighbours', 'national', '2017-18-YE', '2018-19-Q1', 'priority', 'priority'])
  })

  it('reads a header merged down over two rows (the lower cells are empty)', () => {
    const grid = [
      ['Ref', 'Indicator', 'Stat Neigh Av', 'Qu 2 18-19'],
      ['', '', '', ''],
      ['P1.2', 'Reviews', '', '95%'],
    ]
    expect(locateHeader(grid)).toMatchObject({ rowIndex: 0, rows: 1 })
  })

  it('marks a second column with the same meaning as a duplicate', () => {
    const header = locateHeader([['Ref', 'Indicator', 'Comments', 'Commentary', 'Qu 1 18-19']])!
    expect(header.columns.map((c) => c.duplicate)).toEqual([false, false, false, true, false])
  })

  it.each([
    ['no Ref column', [['Indicator', 'Polarity', 'Target', 'Qu 1 18-19']]],
    ['a Ref column but nothing else recognised', [['Ref', 'Name', 'Value']]],
    ['an empty sheet', []],
    ['data only', [['G1', 'Number of cared for children', '477']]],
  ])('finds nothing in %s', (_name, grid) => {
    expect(locateHeader(grid)).toBeNull()
  })

  it('only looks at the first 40 rows', () => {
    const grid = [...Array.from({ length: 40 }, () => ['note']), ['Ref', 'Indicator', 'Target']]
    expect(locateHeader(grid)).toBeNull()
  })

  it('recognises a repeat of the header further down', () => {
    const header = locateHeader([['Ref', 'Indicator', 'Polarity', 'Target', 'Qu 1 18-19']])!
    expect(isRepeatedHeader(['Ref', 'Indicator', 'Polarity', 'Target', 'Qu 1 18-19'], header)).toBe(true)
    expect(isRepeatedHeader(['G1', 'Indicator', '', '', ''], header)).toBe(false)
  })
})

describe('the table’s download', () => {
  it('reads "RAG as printed" as the reported rating, and sets the app’s own RAG, direction and latest figure aside', () => {
    const header = locateHeader([
      ['Ref', 'Indicator', 'Qu 2 18-19', 'Latest figure', 'RAG', 'Direction of travel', 'RAG as printed', 'Direction of travel as printed'],
    ])!
    expect(header.columns.map((c) => [c.header, c.match?.field ?? null, c.appWorking ?? false])).toEqual([
      ['Ref', 'ref', false],
      ['Indicator', 'indicator', false],
      ['Qu 2 18-19', 'period', false],
      ['Latest figure', null, true],
      ['RAG', null, true],
      ['Direction of travel', null, true],
      ['RAG as printed', 'rag', false],
      ['Direction of travel as printed', 'direction', false],
    ])
    // Without an "as printed" column, "RAG" is the paper's own: what was reported.
    expect(locateHeader([['Ref', 'Indicator', 'RAG', 'Latest figure']])!.columns.map((c) => c.appWorking ?? false)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })
})
