// The rules for updating a current scorecard from a paper-layout sheet, one by one.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Indicator, Scorecard } from '../../../src/domain/scorecardSchema'
import type { RowSettings } from '../../../src/domain/spreadsheet/buildIndicatorFromRow'
import { buildPaperScorecard, type RowChoice } from '../../../src/domain/spreadsheet/buildPaperScorecard'
import { locateHeader } from '../../../src/domain/spreadsheet/locateHeader'
import { readPaperRows } from '../../../src/domain/spreadsheet/readPaperRows'
import { loadSeedScorecard } from '../../support/seedFiles'
import { PAPER_HEADER } from '../../support/paperHeader'

const HEADER: string[] = [...PAPER_HEADER, 'C&YP Plan Priority', 'Corporate Priority']

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

describe('a row that may be another indicator under a current ref', () => {
  const collide = { Ref: 'H1', Indicator: 'Number of children who started to be looked after', 'Qu 3 18-19': '179' }
  const withChoice = (choice: RowChoice, ...rows: Record<string, string>[]) =>
    buildPaperScorecard(sheet(...rows), { fileName: 'update.csv', base, today: '2019-01-22', choices: new Map([['H1', choice]]) })

  it('waits by default, with both versions side by side, and never mixes them: 179 does not become 179%', () => {
    const { scorecard, questions, entries } = build(true, collide)
    expect(indicator(scorecard, 'H1')).toEqual(current('H1'))
    expect(questions).toEqual([
      expect.objectContaining({
        ref: 'H1',
        rowNumber: 2,
        differs: ['title'],
        action: 'keep',
        actions: ['keep', 'update', 'new', 'replace'],
        newRef: 'H1-2',
        held: true,
        current: expect.objectContaining({ title: current('H1').title, unit: 'percentage' }),
        file: expect.objectContaining({ title: collide.Indicator, figures: 'Q3 2018-19: 179' }),
      }),
    ])
    expect(entries.find((e) => e.ref === 'H1' && e.status === 'problem')!.message).toMatch(
      /may be another indicator: the current H1 is kept/,
    )
  })

  it('"new" adds the file’s indicator under a new ref, its own unit guessed from its figures', () => {
    const { scorecard } = withChoice({ action: 'new' }, collide)
    expect(indicator(scorecard, 'H1')).toEqual(current('H1'))
    const added = indicator(scorecard, 'H1-2')
    expect(added).toMatchObject({ title: collide.Indicator, unit: 'count' })
    expect(added.values.filter((v) => v.kind === 'number')).toMatchObject([{ period: '2018-19-Q3', number: 179 }])
  })

  it('"replace" puts the file’s indicator in place of the current one, without its history', () => {
    const { scorecard } = withChoice({ action: 'replace' }, collide)
    const h1 = indicator(scorecard, 'H1')
    expect(h1).toMatchObject({ title: collide.Indicator, unit: 'count' })
    // Only the file's figures; the blanks before them are the paper's "not reported".
    expect(h1.values.map((v) => [v.period, v.kind])).toEqual([
      ['2017-18-YE', 'not-reported'],
      ['2018-19-Q1', 'not-reported'],
      ['2018-19-Q2', 'not-reported'],
      ['2018-19-Q3', 'number'],
    ])
    expect(scorecard!.indicators.findIndex((i) => i.ref === 'H1')).toBe(base.indicators.findIndex((i) => i.ref === 'H1'))
  })

  it('"update" (offered only when just the title differs) keeps the current indicator and its history with the new title', () => {
    const { scorecard } = withChoice({ action: 'update' }, { Ref: 'G1', Indicator: 'Number of children in our care', 'Qu 3 18-19': '501' })
    expect(
      buildPaperScorecard(sheet({ Ref: 'G1', Indicator: 'Number of children in our care' }), {
        fileName: 'u.csv',
        base,
        today: '2019-01-22',
      }).questions[0]!.actions,
    ).toContain('update')
    expect(indicator(scorecard, 'H1')).toEqual(current('H1'))
  })

  it.each([
    ['unit', { Ref: 'G1', Indicator: 'Number of cared for children', Unit: '%', 'Qu 3 18-19': '50%' }, ['unit']],
    ['polarity', { Ref: 'G1', Indicator: 'Number of cared for children', Polarity: 'High is Good' }, ['polarity']],
    ['title and unit', { Ref: 'P1.2', Indicator: 'Number of reviews', Unit: 'Number', 'Qu 3 18-19': '12' }, ['title', 'unit']],
  ])('a different %s is another indicator: no "update"', (_what, row, differs) => {
    const grid = [[...HEADER, 'Unit'], HEADER.concat('Unit').map((h) => (row as Record<string, string>)[h] ?? '')]
    const { questions } = buildPaperScorecard(readPaperRows(grid, locateHeader(grid)!), { fileName: 'u.csv', base, today: '2019-01-22' })
    expect(questions[0]).toMatchObject({ differs, actions: ['keep', 'new', 'replace'], held: true })
  })

  it('titles that differ only in case, spacing or punctuation are the same indicator', () => {
    const { questions, scorecard } = build(true, { Ref: 'G1', Indicator: 'number of  cared-for children', 'Qu 3 18-19': '501' })
    expect(questions).toEqual([])
    expect(indicator(scorecard, 'G1').values.find((v) => v.period === '2018-19-Q3')).toMatchObject({ number: 501 })
  })
})

describe('what the file says about new indicators, and what the review sets', () => {
  const HEAD = ['Ref', 'Indicator', 'Unit', 'Polarity', 'Cohort', 'Frequency', 'Amber tolerance', 'Q1 2019/20', 'England average 2018-19']
  const read = (rows: string[][], settings?: Map<string, RowSettings>) => {
    const grid = [HEAD, ...rows]
    return buildPaperScorecard(readPaperRows(grid, locateHeader(grid)!), {
      fileName: 'new.csv',
      base,
      today: '2019-01-22',
      ...(settings ? { settings } : {}),
    })
  }

  it('reads unit, polarity, cohort, frequency and amber tolerance from their columns, and says none was guessed', () => {
    const { scorecard, newIndicators } = read([
      ['N1', 'Care leavers in suitable accommodation', '%', 'High is Good', 'Care leavers', 'Annual', '5', '88%', '85'],
    ])
    expect(indicator(scorecard, 'N1')).toMatchObject({
      unit: 'percent',
      polarity: 'high-is-good',
      cohorts: ['care-leavers'],
      frequency: 'annual',
      amberTolerance: 5,
      comparators: [{ kind: 'england', period: '2018-19', number: 85 }],
    })
    expect(newIndicators[0]!.sources).toEqual({ unit: 'file', frequency: 'file', cohorts: 'file', polarity: 'file' })
  })

  it('marks guesses as guesses, and the review’s settings replace them', () => {
    const row = [['N2', 'Number of children with three or more placements', '', '', '', '', '', '12', '']]
    expect(read(row).newIndicators[0]!.sources).toEqual({ unit: 'guess', frequency: 'guess', cohorts: 'guess', polarity: 'not given' })
    const set = read(
      row,
      new Map([['N2', { unit: 'count', polarity: 'low-is-good', frequency: 'annual', cohorts: ['cared-for-children'] } as RowSettings]]),
    )
    expect(indicator(set.scorecard, 'N2')).toMatchObject({ unit: 'count', polarity: 'low-is-good', frequency: 'annual' })
    expect(set.newIndicators[0]!.sources).toEqual({ unit: 'review', frequency: 'review', cohorts: 'review', polarity: 'review' })
  })
})

describe('placing new indicators', () => {
  it('keeps file order within each section, after its last current indicator, in one pass however many there are', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ Ref: `N${i + 1}`, Indicator: `New ${i + 1}`, 'Qu 3 18-19': String(i) }))
    const { scorecard } = build(true, 'General', ...rows.slice(0, 1500), 'Priority 1 - Being a Good Corporate Parent', ...rows.slice(1500))
    const refs = scorecard!.indicators.map((i) => i.ref)
    const lastGeneral = base.indicators.filter((i) => i.section === 'general').at(-1)!.ref
    expect(refs.slice(refs.indexOf(lastGeneral) + 1, refs.indexOf(lastGeneral) + 3)).toEqual(['N1', 'N2'])
    expect(refs.filter((r) => r.startsWith('N'))).toEqual(rows.map((r) => r.Ref))
    expect(refs).toHaveLength(base.indicators.length + 3000)
  })
})
