// The rules for updating a current scorecard from a paper-layout sheet, one by one.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Indicator, Scorecard } from '../../../src/domain/scorecardSchema'
import { buildPaperScorecard } from '../../../src/domain/spreadsheet/buildPaperScorecard'
import { locateHeader } from '../../../src/domain/spreadsheet/locateHeader'
import { readPaperRows } from '../../../src/domain/spreadsheet/readPaperRows'
import { loadSeedScorecard } from '../../support/seedFiles'

const HEADER = [
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
]

let base: Scorecard
beforeAll(() => {
  base = loadSeedScorecard()
})

/** A sheet of rows given as {header: text}; unmentioned cells are blank. */
function sheet(...rows: (Record<string, string> | string)[]) {
  const grid = [HEADER, ...rows.map((r) => (typeof r === 'string' ? [r] : HEADER.map((h) => r[h] ?? '')))]
  return readPaperRows(grid, locateHeader(grid)!)
}

function build(withBase: boolean, ...rows: (Record<string, string> | string)[]) {
  return buildPaperScorecard(sheet(...rows), { fileName: 'update.csv', base: withBase ? base : null, today: '2019-01-22' })
}
const indicator = (s: Scorecard | null, ref: string) => s!.indicators.find((i) => i.ref === ref)!
const current = (ref: string): Indicator => indicator(base, ref)

describe('updating the current scorecard', () => {
  it('a row that reads the same as the current indicator changes nothing, and no document is added', () => {
    const g1 = current('G1')
    const { scorecard } = build(true, {
      Ref: 'G1',
      Indicator: g1.title,
      Target: '400-450',
      'Yr. end 17-18': '477',
      'Qu 1 18-19': '496',
      'Qu 2 18-19': ' 495 ',
      'Quarterly dir of travel': '→',
    })
    expect(scorecard).toEqual(base)
  })

  it('a blank never removes anything: figures, target, comments and polarity are kept, with a warning for figures', () => {
    const { scorecard, entries } = build(true, { Ref: 'P3.17', Indicator: current('P3.17').title })
    expect(indicator(scorecard, 'P3.17')).toEqual(current('P3.17'))
    expect(entries.filter((e) => e.status === 'warning').map((e) => `${e.column}: ${e.message}`)).toEqual([
      '(file): No period column has any figures, so comments, RAG and direction cannot be dated and are ignored.',
      'Polarity: Blank: the current polarity "Low is Good" is kept. A blank never removes anything.',
      'National Av: Blank: the current national average 226 is kept. A blank never removes anything.',
      'Target: Blank: the current target 121 is kept. A blank never removes anything.',
      'Yr. end 17-18: Blank: the current Year end 2017-18 figure 81 is kept. A blank never removes a figure.',
      'Qu 1 18-19: Blank: the current Q1 2018-19 figure 108 is kept. A blank never removes a figure.',
      'Qu 2 18-19: Blank: the current Q2 2018-19 figure 128 is kept. A blank never removes a figure.',
    ])
  })

  it('a changed cell replaces the current one and is sourced to the file, row and column', () => {
    const { scorecard, entries } = build(true, { Ref: 'P1.2', 'Qu 2 18-19': '96%' })
    expect(indicator(scorecard, 'P1.2').values.find((v) => v.period === '2018-19-Q2')).toEqual({
      period: '2018-19-Q2',
      kind: 'number',
      number: 96,
      printed: '96%',
      source: { doc: 'update.csv', line: 2, column: 'Qu 2 18-19' },
    })
    expect(entries.find((e) => e.column === 'Qu 2 18-19' && e.row === 2)!.message).toBe('Q2 2018-19: 95% → 96%.')
    expect(scorecard!.documents.at(-1)).toEqual({
      id: 'update.csv',
      file: 'update.csv',
      title: 'Spreadsheet imported in this browser: update.csv',
      date: '2019-01-22',
    })
  })

  it('comments, RAG and direction are read for the latest period with figures (here Q3)', () => {
    const { scorecard, reportPeriod } = build(true, {
      Ref: 'P3.17',
      'Qu 3 18-19': '118',
      RAG: 'Green',
      'Quarterly dir of travel': '↓',
      Comments: 'Back within target.',
    })
    expect(reportPeriod?.id).toBe('2018-19-Q3')
    const p317 = indicator(scorecard, 'P3.17')
    expect(p317.reported.find((r) => r.period === '2018-19-Q3')).toEqual({
      period: '2018-19-Q3',
      rag: 'green',
      ragRaw: 'Green',
      directionRaw: '↓',
      source: { doc: 'update.csv', line: 2, column: 'RAG, Quarterly dir of travel' },
    })
    expect(p317.commentary.filter((c) => c.period === '2018-19-Q3')).toEqual([
      { period: '2018-19-Q3', text: 'Back within target.', source: { doc: 'update.csv', line: 2, column: 'Comments' } },
    ])
    // Q2's commentary and stated amber rating stay as they were.
    expect(p317.reported.find((r) => r.period === '2018-19-Q2')).toEqual(current('P3.17').reported.find((r) => r.period === '2018-19-Q2'))
    expect(p317.commentary.filter((c) => c.period === '2018-19-Q2')).toEqual(
      current('P3.17').commentary.filter((c) => c.period === '2018-19-Q2'),
    )
  })

  it('a comparator printed in its column is replaced; ones taken from comments stay', () => {
    const { scorecard } = build(true, { Ref: 'G2', 'Stat Neigh Av': '63' })
    const comparators = indicator(scorecard, 'G2').comparators
    expect(comparators.filter((c) => c.kind === 'stat-neighbours')).toEqual([
      current('G2').comparators.find((c) => c.kind === 'stat-neighbours' && c.source.column === 'Comments'),
      { kind: 'stat-neighbours', number: 63, printed: '63', source: { doc: 'update.csv', line: 2, column: 'Stat Neigh Av' } },
    ])
  })

  it('everything the paper cannot carry is kept: unit, cohorts, frequency, notes, history', () => {
    const { scorecard } = build(true, { Ref: 'P3.15', 'Qu 3 18-19': '82%' })
    const before = current('P3.15')
    const after = indicator(scorecard, 'P3.15')
    expect({ ...after, values: after.values.filter((v) => v.period !== '2018-19-Q3') }).toEqual(before)
  })

  it('a heading the scorecard does not have does not move existing indicators, but houses new ones', () => {
    const { scorecard, entries } = build(
      true,
      'Youth justice',
      { Ref: 'P5.7', 'Qu 3 18-19': '12' },
      { Ref: 'Y1', Indicator: 'Number of first-time entrants', 'Qu 3 18-19': '3' },
    )
    expect(indicator(scorecard, 'P5.7').section).toBe('pledge-5')
    expect(entries.find((e) => e.ref === 'P5.7' && e.status === 'warning')!.message).toBe(
      'The heading above, "Youth justice", is not a section of the current scorecard, so P5.7 stays in "Priority 5 - Preparing for Adulthood".',
    )
    expect(indicator(scorecard, 'Y1').section).toBe('youth-justice')
    expect(scorecard!.sections.at(-1)).toEqual({ id: 'youth-justice', title: 'Youth justice', kind: 'general' })
  })

  it('a new indicator goes after the last of its section, with assumptions stated', () => {
    const { scorecard, entries } = build(true, 'Priority 4 - Improve Health and Wellbeing Outcomes', {
      Ref: 'P4.9',
      Indicator: '% of care leavers registered with a dentist',
      Polarity: 'High is Good',
      Target: '90%',
      'Qu 3 18-19': '71%',
    })
    const refs = scorecard!.indicators.map((i) => i.ref)
    expect(refs.indexOf('P4.9')).toBe(refs.indexOf('P4.8') + 1)
    expect(indicator(scorecard, 'P4.9')).toMatchObject({
      unit: 'percent',
      frequency: 'quarterly',
      cohorts: ['care-leavers'],
      polarity: 'high-is-good',
      section: 'pledge-4',
      target: { kind: 'number', value: 90, printed: '90%' },
    })
    expect(entries.find((e) => e.ref === 'P4.9' && e.column === '(row)')!.message).toMatch(
      /^New indicator\. Assumed from its title and figures: a percentage, quarterly, for care leavers\./,
    )
  })

  it('a typed figure that does not fit the unit holds its row until accepted; one the model cannot hold is a problem', () => {
    const rows = [
      { Ref: 'G1', 'Qu 3 18-19': '50%' },
      { Ref: 'P1.2', 'Qu 3 18-19': 'No' },
    ]
    const { scorecard, entries, questions } = build(true, ...rows)
    expect(
      entries.filter((e) => e.status !== 'understood' && e.column === 'Qu 3 18-19').map((e) => `${e.status} ${e.ref}: ${e.message}`),
    ).toEqual([
      'warning G1: Typed as a percentage, but this indicator is a number.',
      "problem P1.2: A yes/no answer does not fit this indicator's unit (percent); this cell was ignored.",
    ])
    expect(indicator(scorecard, 'G1')).toEqual(current('G1'))
    expect(questions).toMatchObject([{ ref: 'G1', held: true, differs: [], suspect: [{ column: 'Qu 3 18-19', text: '50%' }] }])
    expect(indicator(scorecard, 'P1.2').values.find((v) => v.period === '2018-19-Q3')).toBeUndefined()

    const accepted = buildPaperScorecard(sheet(...rows), {
      fileName: 'update.csv',
      base,
      today: '2019-01-22',
      choices: new Map([['G1', { accept: true }]]),
    })
    expect(indicator(accepted.scorecard, 'G1').values.find((v) => v.period === '2018-19-Q3')).toMatchObject({ number: 50 })
    expect(accepted.questions).toMatchObject([{ ref: 'G1', held: false, accepted: true }])
  })
})

describe('a sheet on its own', () => {
  it('makes a complete scorecard, taking the title from above the header and blanks in reported columns as not reported', () => {
    const grid = [
      ['Corporate Parenting Scorecard 2018-19'],
      ['Cheshire East Council'],
      HEADER,
      ['General'],
      HEADER.map((h) => ({ Ref: 'G3', Indicator: 'Number of care leavers', 'Qu 1 18-19': '214', 'Qu 2 18-19': '217' })[h] ?? ''),
    ]
    const { scorecard } = buildPaperScorecard(readPaperRows(grid, locateHeader(grid)!), {
      fileName: 'g3.csv',
      base: null,
      today: '2019-01-22',
    })
    expect(scorecard).toMatchObject({
      title: 'Corporate Parenting Scorecard 2018-19',
      authority: 'Cheshire East Council',
      reportingYear: '2018-19',
      sections: [{ id: 'general', title: 'General', kind: 'general' }],
    })
    expect(scorecard!.periods.map((p) => p.id)).toEqual(['2017-18-YE', '2018-19-Q1', '2018-19-Q2', '2018-19-Q3', '2018-19-Q4'])
    expect(indicator(scorecard, 'G3').values.map((v) => [v.period, v.kind])).toEqual([
      ['2017-18-YE', 'not-reported'],
      ['2018-19-Q1', 'number'],
      ['2018-19-Q2', 'number'],
    ])
  })

  it('without rows there is nothing to import', () => {
    expect(build(false).scorecard).toBeNull()
    expect(build(false).entries.at(-1)!.message).toMatch(/No indicator rows/)
  })
})
