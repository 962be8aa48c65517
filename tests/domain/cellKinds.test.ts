import { describe, expect, it } from 'vitest'
import { isFigure, isMissingFigure, isStatus } from '../../src/domain/cellKinds'
import type { ValueCell } from '../../src/domain/scorecardSchema'
import { num, status } from '../support/buildIndicator'

const source = { doc: 'test', line: 1 }
const answer: ValueCell = { period: 'p', kind: 'yes-no', answer: true, source }
const text: ValueCell = { period: 'p', kind: 'text', text: 'Qtly review', source }

describe('isFigure and isStatus', () => {
  it('a number, a yes/no answer and a text answer are figures, not statuses', () => {
    for (const cell of [num('p', 91), num('p', 0), answer, text]) {
      expect(isFigure(cell)).toBe(true)
      expect(isStatus(cell)).toBe(false)
    }
  })

  it.each(['suppressed', 'not-reported', 'not-applicable', 'under-development'] as const)('%s is a status, not a figure', (kind) => {
    const cell = status('p', kind)
    expect(isStatus(cell)).toBe(true)
    expect(isFigure(cell)).toBe(false)
  })

  it('no cell is neither', () => {
    expect(isFigure(undefined)).toBe(false)
    expect(isStatus(undefined)).toBe(false)
  })
})

describe('isMissingFigure', () => {
  it('is a figure due but absent: not reported or under development', () => {
    expect(isMissingFigure(status('p', 'not-reported'))).toBe(true)
    expect(isMissingFigure(status('p', 'under-development'))).toBe(true)
  })

  it('is not a withheld or inapplicable figure, a figure, or a period with no cell', () => {
    expect(isMissingFigure(status('p', 'suppressed'))).toBe(false)
    expect(isMissingFigure(status('p', 'not-applicable'))).toBe(false)
    expect(isMissingFigure(text)).toBe(false)
    expect(isMissingFigure(undefined)).toBe(false)
  })
})
