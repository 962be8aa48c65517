import { describe, expect, it } from 'vitest'
import type { Target, Unit, ValueCell } from '../../../src/domain/scorecardSchema'
import { paperCellText, paperTargetText, sameCell, sameText } from '../../../src/domain/spreadsheet/paperText'

const source = { doc: 'test', line: 1 }
const c = (cell: Record<string, unknown>) => ({ period: 'p', source, ...cell }) as ValueCell

describe('paperCellText: what the paper shows for a cell', () => {
  it.each<[string, ValueCell, Unit, string]>([
    ['a figure as printed', c({ kind: 'number', number: 91, printed: '91.0%' }), 'percent', '91.0%'],
    ['pounds as printed', c({ kind: 'number', number: 3561, printed: '£3561' }), 'gbp-per-week', '£3561'],
    ['a figure with no printed text', c({ kind: 'number', number: 3561 }), 'gbp-per-week', '£3,561'],
    [
      'an alternate figure',
      c({ kind: 'number', number: 57, printed: '57% (63%)', alternate: { number: 63, printed: '63%' } }),
      'percent',
      '57% (63%)',
    ],
    ['an alternate with no printed text', c({ kind: 'number', number: 57, alternate: { number: 63 } }), 'percent', '57% (63%)'],
    ['printed text that no longer reads as the figure', c({ kind: 'number', number: 19, printed: '91.0%' }), 'percent', '19.0%'],
    ['suppressed as the source spells it', c({ kind: 'suppressed', printed: 'Supressed' }), 'count', 'Supressed'],
    ['suppressed with no printed text', c({ kind: 'suppressed' }), 'count', 'Suppressed'],
    ['not reported, printed blank', c({ kind: 'not-reported', printed: '' }), 'count', ''],
    // A blank on paper means "not reported", so another status printed blank is written in words.
    ['under development, printed blank', c({ kind: 'under-development', printed: '' }), 'count', 'Under development'],
    ['not applicable', c({ kind: 'not-applicable' }), 'count', 'Not applicable'],
    ['yes', c({ kind: 'yes-no', answer: true, printed: 'Yes' }), 'yes-no', 'Yes'],
    ['no, with no printed text', c({ kind: 'yes-no', answer: false }), 'yes-no', 'No'],
    ['text', c({ kind: 'text', text: 'Qtly review', printed: 'Qtly review' }), 'text', 'Qtly review'],
  ])('%s', (_name, cell, unit, text) => {
    expect(paperCellText(cell, unit)).toBe(text)
  })
})

describe('paperTargetText', () => {
  it.each<[Target | undefined, Unit, string]>([
    [undefined, 'count', ''],
    [{ kind: 'range', min: 400, max: 450, printed: '400-450' }, 'count', '400-450'],
    [{ kind: 'range', min: 52.7, max: 59.3 }, 'rate-per-10000', '52.7-59.3'],
    [{ kind: 'number', value: 90, printed: '90%' }, 'percent', '90%'],
    [{ kind: 'number', value: 90 }, 'percent', '90%'],
    [{ kind: 'text', text: 'Qtly review' }, 'yes-no', 'Qtly review'],
  ])('%j', (target, unit, text) => {
    expect(paperTargetText(target, unit)).toBe(text)
  })
})

describe('sameCell and sameText', () => {
  it('compares what a cell shows and means, not its source or spacing', () => {
    const a = c({ kind: 'number', number: 95, printed: '95%' })
    expect(sameCell(a, { ...a, printed: ' 95% ', source: { doc: 'other', line: 9 } }, 'percent')).toBe(true)
    expect(sameCell(a, c({ kind: 'number', number: 95, printed: '95.0%' }), 'percent')).toBe(false)
    expect(sameCell(c({ kind: 'suppressed', printed: 'Supressed' }), c({ kind: 'suppressed', printed: 'Supressed' }), 'count')).toBe(true)
    expect(sameCell(c({ kind: 'suppressed' }), c({ kind: 'not-reported' }), 'count')).toBe(false)
  })

  it('ignores spacing in text', () => {
    expect(sameText('Kerry  Birtles ', 'Kerry Birtles')).toBe(true)
    expect(sameText(undefined, '')).toBe(true)
    expect(sameText('a', 'b')).toBe(false)
  })
})
