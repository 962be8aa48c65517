import { describe, expect, it } from 'vitest'
import { locateHeader } from '../../../src/domain/spreadsheet/locateHeader'
import { readPaperRows } from '../../../src/domain/spreadsheet/readPaperRows'

const HEADER = ['Ref', 'Indicator', 'Polarity', 'Qu 1 18-19', 'Qu 2 18-19', 'Comments']
const read = (rows: string[][]) => {
  const grid = [['My scorecard'], ['Cheshire East Council'], HEADER, ...rows]
  return readPaperRows(grid, locateHeader(grid)!)
}

describe('readPaperRows', () => {
  it('reads indicator rows with their section, periods and fields', () => {
    const result = read([['Priority 1 - Being a Good Corporate Parent'], ['P1.2', '% reviews', 'High is Good', '97%', '95%', 'Good.']])
    expect(result.preamble).toEqual(['My scorecard', 'Cheshire East Council'])
    expect(result.rows).toEqual([
      {
        rowNumber: 5,
        ref: 'P1.2',
        sectionTitle: 'Priority 1 - Being a Good Corporate Parent',
        fields: {
          indicator: { text: '% reviews', header: 'Indicator' },
          polarity: { text: 'High is Good', header: 'Polarity' },
          comments: { text: 'Good.', header: 'Comments' },
        },
        comparators: [],
        priorities: [],
        periods: [
          { period: expect.objectContaining({ id: '2018-19-Q1' }), cell: { text: '97%', header: 'Qu 1 18-19' } },
          { period: expect.objectContaining({ id: '2018-19-Q2' }), cell: { text: '95%', header: 'Qu 2 18-19' } },
        ],
      },
    ])
  })

  it.each([
    [['G1', 'Number'], 'indicator', undefined],
    [['P3.17', 'Days'], 'indicator', undefined],
    [['S5.1', 'Cost'], 'indicator', undefined],
    [['p1.2a', 'Lower case'], 'indicator', undefined],
    [['General'], 'section', 'Section heading "General".'],
    [['Priority', '2 - Improved Education'], 'section', 'Section heading "Priority 2 - Improved Education".'],
    [
      ['ZZ'],
      'problem',
      '"ZZ" is not a ref like G1 or P3.17, so the row was left out. If it is an indicator, correct its ref in the file and import the file again.',
    ],
    [
      ['', 'A title', '', '7'],
      'problem',
      'This row has content but no ref, so it was left out. If it is an indicator, add its ref in the file and import the file again.',
    ],
    [
      ['Total', '', '', '12', '13'],
      'problem',
      '"Total" is not a ref like G1 or P3.17, so the row was left out. If it is an indicator, correct its ref in the file and import the file again.',
    ],
  ])('%j is read as %s', (row, kind, message) => {
    const result = read([row])
    if (kind === 'indicator') expect(result.rows).toHaveLength(1)
    else {
      expect(result.rows).toHaveLength(0)
      expect(result.entries.at(-1)).toMatchObject({ status: kind === 'section' ? 'understood' : 'problem', row: 4, message })
    }
  })

  it('reports runs of empty rows once', () => {
    const result = read([['G1', 'a'], [], ['', ' ', ''], ['G2', 'b'], []])
    expect(result.entries.filter((e) => e.status === 'ignored').map((e) => e.message)).toEqual([
      'Rows 5 to 6 are empty.',
      'Row 8 is empty.',
    ])
  })

  it('says what each header column was read as', () => {
    const grid = [['Ref', 'Indicator', 'Owner', 'Comments', 'Comments']]
    const messages = readPaperRows(grid, locateHeader(grid)!).entries.map((e) => `${e.status}: ${e.column}: ${e.message}`)
    expect(messages).toEqual([
      'understood: (header): Header found on row 1.',
      'understood: Ref: Column A read as the indicator ref.',
      'understood: Indicator: Column B read as the indicator title.',
      'ignored: Owner: Column C is not part of the scorecard layout; it is ignored.',
      'understood: Comments: Column D read as the commentary.',
      'ignored: Comments: Column E repeats an earlier column with the same meaning; it is ignored.',
    ])
  })
})
