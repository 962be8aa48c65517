// Entering a quarter: what an entry becomes, its checks, and saving a draft into the scorecard.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Scorecard } from '../../../../src/domain/scorecardSchema'
import { previousQuarter, quarterPeriod } from '../../../../src/domain/financialYear'
import { applyDraft } from '../../../../src/features/update/entry/applyDraft'
import { checkEntry, farOutsideHistory, needsConfirming } from '../../../../src/features/update/entry/checkEntry'
import { entryCell, sameEntry, savedEntry, type DraftEntry } from '../../../../src/features/update/entry/draftEntry'
import { entryPeriodOptions, indicatorsForEntry, latestQuarterWithData } from '../../../../src/features/update/entry/entryPeriods'
import { buildIndicator, num } from '../../../support/buildIndicator'
import { loadSeedScorecard } from '../../../support/seedFiles'

const Q3 = quarterPeriod(2018, 3)
const figure = (text: string, commentary = ''): DraftEntry => ({ mode: 'figure', figure: text, commentary })

let seed: Scorecard
beforeAll(() => {
  seed = loadSeedScorecard()
})
const ind = (s: Scorecard, ref: string) => s.indicators.find((i) => i.ref === ref)!

describe('entries', () => {
  it.each<[DraftEntry, unknown]>([
    [figure(''), null],
    [figure('  '), null],
    [figure('96%'), { period: 'p', kind: 'number', number: 96, printed: '96%' }],
    [figure('Supressed'), { period: 'p', kind: 'suppressed', printed: 'Supressed' }],
    [
      { mode: 'suppressed', figure: '12', commentary: '' },
      { period: 'p', kind: 'suppressed' },
    ],
    [
      { mode: 'not-reported', figure: '', commentary: '' },
      { period: 'p', kind: 'not-reported' },
    ],
  ])('%j gives %j', (entry, cell) => {
    expect(entryCell(entry, 'p')).toEqual(cell)
  })

  it('starts from what is saved for the period', () => {
    expect(savedEntry(ind(seed, 'P1.2'), '2018-19-Q2')).toEqual({
      mode: 'figure',
      figure: '95%',
      commentary: expect.stringMatching(/^The performance continues to be good/),
    })
    expect(savedEntry(ind(seed, 'P5.3'), '2018-19-Q2')).toMatchObject({ mode: 'suppressed', figure: '' })
    expect(savedEntry(ind(seed, 'P1.2'), '2018-19-Q3')).toEqual({ mode: 'figure', figure: '', commentary: '' })
    expect(sameEntry(figure(' 95% ', 'x'), figure('95%', 'x'))).toBe(true)
    expect(sameEntry({ mode: 'suppressed', figure: 'a', commentary: '' }, { mode: 'suppressed', figure: 'b', commentary: '' })).toBe(true)
  })
})

describe('checkEntry', () => {
  const percent = buildIndicator({
    ref: 'P',
    unit: 'percent',
    values: [num('2017-18-YE', 91, '91.0%'), num('2018-19-Q1', 97), num('2018-19-Q2', 95)],
  })
  const count = buildIndicator({
    ref: 'C',
    unit: 'count',
    values: [num('2017-18-YE', 477), num('2018-19-Q1', 496), num('2018-19-Q2', 495)],
  })
  const answer = buildIndicator({ ref: 'Y', unit: 'yes-no' })

  it.each([
    ['a usual figure', percent, '96%', []],
    [
      'a percentage over 100',
      percent,
      '120%',
      [
        ['warning', '120% is outside 0–100%.'],
        ['warning', "120% is far outside this indicator's earlier figures (91% to 97%). Check it is right."],
      ],
    ],
    ['a percentage just over the range of earlier figures', percent, '99%', []],
    [
      'a negative count',
      count,
      '-3',
      [
        ['warning', 'A negative figure (-3) is unusual for this indicator.'],
        ['warning', "-3 is far outside this indicator's earlier figures (477 to 496). Check it is right."],
      ],
    ],
    [
      'a slip of the finger',
      count,
      '4950',
      [['warning', "4,950 is far outside this indicator's earlier figures (477 to 496). Check it is right."]],
    ],
    [
      'a percentage for a count',
      count,
      '50%',
      [
        ['warning', 'Typed as a percentage, but this indicator is a number.'],
        ['warning', "50 is far outside this indicator's earlier figures (477 to 496). Check it is right."],
      ],
    ],
    [
      'words for a figure',
      count,
      'TBC',
      [['warning', 'This is not read as a figure, so it will be kept as text and gives no RAG or direction.']],
    ],
    ['a yes/no answer for a percentage', percent, 'Yes', [['error', "A yes/no answer does not fit this indicator's unit (percent)."]]],
    ['a figure for a yes/no indicator', answer, '5', [['error', "A number does not fit this indicator's unit (yes-no)."]]],
    ['a status typed as text', count, 'Supressed', [['note', 'Read as the status “suppressed”, not a figure.']]],
    ['nothing typed', count, '', []],
  ] as const)('%s', (_name, indicator, typed, checks) => {
    expect(checkEntry(indicator, figure(typed), '2018-19-Q3').map((c) => [c.level, c.message])).toEqual(checks)
  })

  it.each([
    [500, [477, 496], undefined],
    [4950, [477, 496], { low: 477, high: 496 }],
    [5, [3], undefined],
    [0, [0, 0], undefined],
    [30, [0, 0, 1], { low: 0, high: 1 }],
  ])('far outside: %d against %j', (value, history, far) => {
    expect(farOutsideHistory(value, history)).toEqual(far)
  })
})

describe('entry periods', () => {
  it('offers the next quarter first, then the latest to correct it', () => {
    expect(latestQuarterWithData(seed)?.id).toBe('2018-19-Q2')
    expect(entryPeriodOptions(seed).map((p) => p.id)).toEqual(['2018-19-Q3', '2018-19-Q2'])
    expect(previousQuarter('2019-20-Q1')?.id).toBe('2018-19-Q4')
  })

  it('stays on the next quarter while only a few of its figures are saved', () => {
    // G1's Q2 figure typed again as its Q3 one: a synthetic arrangement of a real value.
    const { scorecard } = applyDraft(seed, Q3, new Map([['G1', figure('495')]]))
    expect(entryPeriodOptions(scorecard).map((p) => p.id)).toEqual(['2018-19-Q3', '2018-19-Q2'])
  })

  it('asks for the indicators reported the quarter before', () => {
    const refs = indicatorsForEntry(seed, Q3).map((i) => i.ref)
    expect(refs).toHaveLength(67)
    expect(refs).toContain('S1')
    expect(refs.some((r) => r.startsWith('H'))).toBe(false)
    expect(indicatorsForEntry(seed, Q3, new Set(['H1'])).map((i) => i.ref)).toContain('H1')
  })
})

/** Entries by ref, as the draft store holds them. */
const byRef = (entries: Record<string, DraftEntry>) => new Map(Object.entries(entries))

describe('applyDraft', () => {
  it('adds the figure and comment, sourced to entry in the app, and the period and document if missing', () => {
    const withoutQ3 = { ...seed, periods: seed.periods.filter((p) => p.id !== '2018-19-Q3') }
    const { scorecard, changed, skipped } = applyDraft(withoutQ3, Q3, byRef({ G1: figure('501', 'A small rise.') }))
    expect(changed).toEqual(['G1'])
    expect(skipped).toEqual([])
    const source = { doc: 'entered-in-app', table: 'Quarterly update entered in this app', column: 'Q3 2018-19' }
    expect(ind(scorecard, 'G1').values.at(-1)).toEqual({ period: '2018-19-Q3', kind: 'number', number: 501, printed: '501', source })
    expect(ind(scorecard, 'G1').commentary.at(-1)).toEqual({ period: '2018-19-Q3', text: 'A small rise.', source })
    expect(scorecard.periods.map((p) => p.id)).toContain('2018-19-Q3')
    expect(scorecard.documents.at(-1)).toEqual({ id: 'entered-in-app', title: 'Figures and commentary entered by officers in this app' })
  })

  it('leaves the scorecard as it is when the draft matches what is saved', () => {
    const q2 = quarterPeriod(2018, 2)
    const result = applyDraft(
      seed,
      q2,
      byRef({
        P1: savedEntry(ind(seed, 'P1.2'), q2.id),
        'P1.2': { ...savedEntry(ind(seed, 'P1.2'), q2.id), figure: ' 95% ' },
      }),
    )
    expect(result.changed).toEqual([])
    expect(result.scorecard).toBe(seed)
  })

  it('keeps the saved cell and its source when only the comment changes; clearing removes', () => {
    const q2 = quarterPeriod(2018, 2)
    const saved = savedEntry(ind(seed, 'P1.2'), q2.id)
    const { scorecard } = applyDraft(
      seed,
      q2,
      byRef({
        'P1.2': { ...saved, commentary: 'Rewritten.' },
        'P1.3': { mode: 'figure', figure: '', commentary: '' },
      }),
    )
    expect(ind(scorecard, 'P1.2').values).toEqual(ind(seed, 'P1.2').values)
    expect(
      ind(scorecard, 'P1.2')
        .commentary.filter((c) => c.period === q2.id)
        .map((c) => c.text),
    ).toEqual(['Rewritten.'])
    expect(ind(scorecard, 'P1.3').values.find((v) => v.period === q2.id)).toBeUndefined()
    expect(ind(scorecard, 'P1.3').commentary.find((c) => c.period === q2.id)).toBeUndefined()
  })

  it('leaves out an entry the model cannot hold, saying why', () => {
    const { skipped, scorecard } = applyDraft(seed, Q3, byRef({ 'P1.2': figure('Yes') }))
    expect(skipped).toEqual([
      { ref: 'P1.2', message: "A yes/no answer does not fit this indicator's unit (percent); the value was ignored." },
    ])
    expect(ind(scorecard, 'P1.2').values.find((v) => v.period === Q3.id)).toBeUndefined()
  })
})

describe('needsConfirming', () => {
  const percent = buildIndicator({ ref: 'P', unit: 'percent', values: [num('2018-19-Q1', 97), num('2018-19-Q2', 95)] })
  const days = buildIndicator({ ref: 'D', unit: 'days', values: [num('2018-19-Q1', 420), num('2018-19-Q2', 435)] })
  const held = (indicator: typeof percent, text: string) =>
    needsConfirming(checkEntry(indicator, figure(text), Q3.id)).map((c) => c.problem.code)

  it('holds back an impossible figure: a percentage over 100, negative days, words where a figure is needed', () => {
    expect(held(percent, '120%')).toEqual(['percent-out-of-range'])
    expect(held(days, '-3')).toEqual(['negative-figure'])
    expect(held(days, 'about 400')).toEqual(['text-for-unit'])
  })

  it('refuses a spreadsheet formula outright (an error, not a figure to confirm)', () => {
    expect(checkEntry(percent, figure('=1+1'), Q3.id)).toEqual([
      expect.objectContaining({ level: 'error', message: '=1+1 is a spreadsheet formula, not a figure: type the figure itself.' }),
    ])
  })

  it('does not hold back a usual figure, or one only far outside the earlier ones (a warning)', () => {
    expect(held(percent, '96%')).toEqual([])
    expect(held(days, '4350')).toEqual([])
    expect(checkEntry(days, figure('4350'), Q3.id).map((c) => c.problem.code)).toEqual(['far-outside-history'])
  })
})
