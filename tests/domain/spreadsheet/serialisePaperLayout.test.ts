import { beforeAll, describe, expect, it } from 'vitest'
import type { Scorecard } from '../../../src/domain/scorecardSchema'
import { serialisePaperLayout, type PaperTable } from '../../../src/domain/spreadsheet/serialisePaperLayout'
import { loadSeedScorecard } from '../../support/seedFiles'

let seed: Scorecard
let table: PaperTable
beforeAll(() => {
  seed = loadSeedScorecard()
  table = serialisePaperLayout(seed, { reportPeriodId: '2018-19-Q2' })
})

const row = (t: PaperTable, ref: string) => {
  const found = t.rows.find((r) => r.kind === 'indicator' && r.cells[0]!.text === ref)!
  return Object.fromEntries(t.columns.map((header, i) => [header, found.cells[i]!]))
}

describe('serialisePaperLayout', () => {
  it('writes a title, the authority, then the paper header', () => {
    expect(table.rows.slice(0, 3).map((r) => [r.kind, r.cells[0]!.text])).toEqual([
      ['title', 'Corporate Parenting Scorecard 2018-19'],
      ['title', 'Cheshire East Council'],
      ['header', 'Ref'],
    ])
    expect(table.columns).toEqual([
      'Ref',
      'Info available from',
      'Commentary/Lead',
      'Indicator',
      'Polarity',
      'Stat Neigh Av',
      'National Av',
      'Target',
      'Yr. end 17-18',
      'Qu 1 18-19',
      'Qu 2 18-19',
      'Qu 3 18-19',
      'Qu 4 18-19',
      'RAG',
      'Quarterly dir of travel',
      'Comments',
      'C&YP Plan Priority',
      'Corporate Priority',
    ])
  })

  it('puts each section heading before its indicators, in scorecard order', () => {
    const sections = table.rows.filter((r) => r.kind === 'section').map((r) => r.cells[0]!.text)
    expect(sections.slice(0, 3)).toEqual([
      'General',
      'Priority 1 - Being a Good Corporate Parent',
      'Priority 2 - Improved Education, Employment and Training',
    ])
    expect(table.rows.filter((r) => r.kind === 'indicator')).toHaveLength(seed.indicators.length)
  })

  it('writes each cell as the paper shows it, with an Excel number where the text allows', () => {
    const p12 = row(table, 'P1.2')
    expect(p12['Yr. end 17-18']).toEqual({ text: '91.0%', figure: { value: 0.91, numFmt: '0.0%' } })
    expect(p12['Polarity']!.text).toBe('High is Good')
    expect(row(table, 'P5.3')['Qu 2 18-19']).toEqual({ text: 'Supressed' })
    expect(row(table, 'P4.2')['Yr. end 17-18']).toEqual({ text: '57% (63%)' })
    expect(row(table, 'P2.16')['Qu 2 18-19']).toEqual({ text: 'Under development' })
    expect(row(table, 'G1')['Target']).toEqual({ text: '400-450' })
    expect(row(table, 'G2')['Stat Neigh Av']).toEqual({ text: '61', figure: { value: 61, numFmt: '0' } })
    expect(row(table, 'P3.17')['RAG']!.text).toBe('Amber')
    expect(row(table, 'G1')['Quarterly dir of travel']!.text).toBe('→')
    expect(row(table, 'G1')['Qu 3 18-19']).toEqual({ text: '' })
  })

  it('never writes a number for a suppressed value', () => {
    for (const r of table.rows) for (const cell of r.cells) if (/^sup+res+ed$/i.test(cell.text)) expect(cell.figure).toBeUndefined()
  })

  it('neutralises any text that could run as a formula', () => {
    const risky: Scorecard = {
      ...seed,
      indicators: seed.indicators.map((i) =>
        i.ref === 'G1'
          ? {
              ...i,
              lead: '=HYPERLINK("http://x","y")',
              commentary: [{ period: '2018-19-Q2', text: '+44 call', source: { doc: 'x', line: 1 } }],
            }
          : i,
      ),
    }
    const g1 = row(serialisePaperLayout(risky, { reportPeriodId: '2018-19-Q2' }), 'G1')
    expect(g1['Commentary/Lead']!.text).toBe(`'=HYPERLINK("http://x","y")`)
    expect(g1['Comments']!.text).toBe("'+44 call")
  })

  it('can fill RAG and direction the source did not report with the computed ones', () => {
    const filled = serialisePaperLayout(seed, { reportPeriodId: '2018-19-Q2', fillComputed: true })
    expect(row(filled, 'P2.6')['RAG']!.text).toBe('Red')
    expect(row(filled, 'P3.17')['RAG']!.text).toBe('Amber')
    expect(row(filled, 'P2.6')['Quarterly dir of travel']!.text).toBe('↑')
    expect(row(table, 'P2.6')['RAG']!.text).toBe('')
  })

  it('moves the columns on with the report period', () => {
    expect(serialisePaperLayout(seed, { reportPeriodId: '2019-20-Q1' }).columns.slice(8, 13)).toEqual([
      'Yr. end 18-19',
      'Qu 1 19-20',
      'Qu 2 19-20',
      'Qu 3 19-20',
      'Qu 4 19-20',
    ])
  })

  it('refuses a period that is not a financial quarter', () => {
    expect(() => serialisePaperLayout(seed, { reportPeriodId: '2015-07-06' })).toThrow(/not a financial quarter/)
  })
})

describe('serialisePaperLayout with a section the scorecard does not declare', () => {
  it('writes its indicators after the declared sections, under a section row titled by its id', () => {
    const moved = { ...seed, indicators: seed.indicators.map((i) => (i.ref === 'G1' ? { ...i, section: 'youth-justice' } : i)) }
    const rows = serialisePaperLayout(moved, { reportPeriodId: '2018-19-Q2' }).rows
    const sections = rows.filter((r) => r.kind === 'section').map((r) => r.cells[0]!.text)
    expect(sections.at(-1)).toBe('youth-justice')
    expect(rows.at(-1)!.cells[0]!.text).toBe('G1')
  })
})

describe('serialisePaperLayout, assessed (the table’s download)', () => {
  it('puts the latest figure, the app’s RAG and direction, and what the source printed in place of the paper’s two columns', () => {
    const assessed = serialisePaperLayout(seed, { reportPeriodId: '2018-19-Q2', assessed: true })
    expect(assessed.columns.slice(8, 19)).toEqual([
      'Yr. end 17-18',
      'Qu 1 18-19',
      'Qu 2 18-19',
      'Qu 3 18-19',
      'Qu 4 18-19',
      'Latest figure',
      'RAG',
      'Direction of travel',
      'RAG as printed',
      'Direction of travel as printed',
      'Comments',
    ])
    const p317 = row(assessed, 'P3.17')
    expect(p317['Latest figure']!.text).toMatch(/ days$/)
    expect(p317['RAG']).toEqual({ text: 'Amber', rag: 'amber' })
    expect(p317['Direction of travel']!.text).toBe('Up, worsening')
    expect(p317['RAG as printed']!.text).toBe('Amber')
    expect(row(assessed, 'P2.6')['RAG']).toEqual({ text: 'Red', rag: 'red' })
    expect(row(assessed, 'P2.6')['RAG as printed']!.text).toBe('')
    expect(row(assessed, 'G2')['Direction of travel as printed']!.text).toBe('No change') // printed \rightarrow
  })

  it('guards every text cell against formula injection, the new columns too', () => {
    const risky: Scorecard = {
      ...seed,
      indicators: seed.indicators.map((i) =>
        i.ref === 'G1'
          ? { ...i, lead: '@SUM(A1)', commentary: [{ period: '2018-19-Q2', text: '=1+1', source: { doc: 'x', line: 1 } }] }
          : i,
      ),
    }
    const assessed = serialisePaperLayout(risky, { reportPeriodId: '2018-19-Q2', assessed: true })
    for (const r of assessed.rows) for (const cell of r.cells) expect(cell.text, cell.text).not.toMatch(/^[=+\-@\t\r]/)
    expect(row(assessed, 'G1')['Comments']!.text).toBe("'=1+1")
  })
})
