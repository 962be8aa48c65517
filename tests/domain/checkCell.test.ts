import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkCell,
  checkTypedCell,
  checkTypedForm,
  describeCellProblem,
  DROPPED,
  TYPING,
  type ProblemContext,
} from '../../src/domain/checkCell'
import type { UnsourcedCell } from '../../src/domain/cellKinds'
import { parsePrintedValue } from '../../src/domain/parsePrintedValue'

const number = (n: number, printed?: string): UnsourcedCell => ({ period: 'p', kind: 'number', number: n, ...(printed ? { printed } : {}) })
const answer: UnsourcedCell = { period: 'p', kind: 'yes-no', answer: true }
const text: UnsourcedCell = { period: 'p', kind: 'text', text: 'TBC' }
const IMPORT_KEEPING: ProblemContext = { kind: 'import', current: '81' }
const IMPORT_NEW: ProblemContext = { kind: 'import', current: undefined }

describe('checkCell', () => {
  it('returns a code with the figures it is about, and no words', () => {
    expect(checkCell(number(140), 'percent')).toEqual({ code: 'percent-out-of-range', severity: 'warning', field: 'number', value: 140 })
    expect(checkCell(number(-2), 'count')).toEqual({ code: 'negative-figure', severity: 'warning', field: 'number', value: -2 })
    expect(checkCell(answer, 'percent')).toEqual({ code: 'answer-for-unit', severity: 'error', field: 'kind', unit: 'percent' })
    expect(checkCell(number(5), 'yes-no')).toEqual({ code: 'number-for-unit', severity: 'error', field: 'kind', unit: 'yes-no' })
    expect(checkCell(number(91, '19%'), 'percent')).toMatchObject({ code: 'number-not-as-printed', number: 91, printed: '19%' })
  })

  it('finds a number sent with a suppressed value only in the raw cell', () => {
    const suppressed: UnsourcedCell = { period: 'p', kind: 'suppressed' }
    expect(checkCell(suppressed, 'count')).toBeNull()
    expect(checkCell(suppressed, 'count', { ...suppressed, number: 3 })).toMatchObject({ code: 'suppressed-with-number' })
  })

  it('passes usual figures, and cells whose unit is not known yet', () => {
    expect(checkCell(number(95, '95%'), 'percent')).toBeNull()
    expect(checkCell(answer, 'yes-no')).toBeNull()
    expect(checkCell(answer, undefined)).toBeNull()
    expect(checkCell(number(-2), undefined)).toBeNull()
    expect(checkCell(text, 'count')).toBeNull()
  })
})

describe('checkTypedForm', () => {
  it.each([
    ['95%', 'count', 'Typed as a percentage, but this indicator is a number.'],
    ['£3,561', 'percent', 'Typed in pounds, but this indicator is a percentage.'],
    ['95%', 'percent', undefined],
    ['£760', 'gbp-per-week', undefined],
    ['477', 'count', undefined],
  ] as const)('%j for %s', (typed, unit, warning) => {
    const problem = checkTypedForm(typed, unit)
    expect(problem && describeCellProblem(problem, TYPING)).toBe(warning)
  })
})

describe('checkTypedCell', () => {
  it('tells the cell, how it was typed, then words for a figure, in that order', () => {
    expect(checkTypedCell('-5%', number(-5, '-5%'), 'count').map((p) => p.code)).toEqual(['negative-figure', 'typed-as-percent'])
    expect(checkTypedCell('TBC', text, 'count').map((p) => p.code)).toEqual(['text-for-unit'])
    expect(checkTypedCell('TBC', text, 'text')).toEqual([])
  })
})

describe('describeCellProblem', () => {
  const error = checkCell(answer, 'percent')!
  const warning = checkCell(number(120), 'percent')!

  it('ends an error by what became of the value, where it is told', () => {
    expect(describeCellProblem(error, DROPPED)).toBe("A yes/no answer does not fit this indicator's unit (percent); the value was ignored.")
    expect(describeCellProblem(error, TYPING)).toBe("A yes/no answer does not fit this indicator's unit (percent).")
    expect(describeCellProblem(error, IMPORT_NEW)).toBe(
      "A yes/no answer does not fit this indicator's unit (percent); this cell was ignored.",
    )
    expect(describeCellProblem(error, IMPORT_KEEPING)).toBe(
      "A yes/no answer does not fit this indicator's unit (percent); the current 81 is kept.",
    )
  })

  it('says a warning the same way everywhere', () => {
    for (const context of [DROPPED, TYPING, IMPORT_NEW, IMPORT_KEEPING])
      expect(describeCellProblem(warning, context)).toBe('120% is outside 0–100%.')
  })

  it('words text kept for a figure for the form being typed and for a report', () => {
    const [problem] = checkTypedCell('TBC', text, 'count')
    expect(describeCellProblem(problem!, TYPING)).toBe(
      'This is not read as a figure, so it will be kept as text and gives no RAG or direction.',
    )
    expect(describeCellProblem(problem!, IMPORT_NEW)).toBe('Not a figure, so it is kept as text and gives no RAG or direction.')
  })

  it('refuses a spreadsheet formula where a figure belongs, whatever the unit, and says what to do', () => {
    const formula: UnsourcedCell = { period: 'p', kind: 'text', text: '=1+1' }
    for (const unit of ['percent', 'count', 'text'] as const)
      expect(checkTypedCell(' =1+1', formula, unit)).toEqual([{ code: 'formula-text', severity: 'error', text: '=1+1' }])
    const [problem] = checkTypedCell('=1+1', formula, 'percent')
    expect(describeCellProblem(problem!, TYPING)).toBe('=1+1 is a spreadsheet formula, not a figure: type the figure itself.')
    expect(describeCellProblem(problem!, IMPORT_KEEPING)).toBe(
      '=1+1 is a spreadsheet formula, not a figure: the file holds the formula, not its result. Save the sheet with its values (in Excel, Paste Special, Values) or type the figure; the current 81 is kept.',
    )
    // Signs and dashes are not formulas.
    expect(checkTypedCell('-', { period: 'p', kind: 'text', text: '-' }, 'count').map((p) => p.code)).toEqual(['text-for-unit'])
  })
})

describe('checkCell on a printed text', () => {
  // The check reads the usual printed text ("91", "91%") without parsing it; it must judge every text as parsing does.
  it('finds a mismatch exactly when the printed text reads as another figure', () => {
    const printed = fc.oneof(
      fc.stringMatching(/^ ?-?\d{1,4}(\.\d{1,3})?(%| %| days|)$/),
      fc.constantFrom('', ' ', '%', '1e3', '0x10', '-0', '1,000', '£12', 'Infinity', '12%%', '.5', '5.'),
    )
    fc.assert(
      fc.property(
        printed,
        fc.oneof(fc.integer({ min: -50, max: 2000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
        (text, n) => {
          const read = parsePrintedValue(text)
          const mismatch = text.trim() !== '' && read.kind === 'number' && read.number !== n
          expect(checkCell(number(n, text), 'count')?.code === 'number-not-as-printed').toBe(mismatch)
        },
      ),
      { numRuns: 2000, seed: 15 },
    )
  })
})
