import { describe, expect, it } from 'vitest'
import { parsePrintedTarget, parsePrintedValue } from '../../src/domain/parsePrintedValue'

describe('parsePrintedValue', () => {
  it.each([
    ['91.0%', { kind: 'number', number: 91, decimals: 1 }],
    ['95%', { kind: 'number', number: 95, decimals: 0 }],
    ['65.3', { kind: 'number', number: 65.3, decimals: 1 }],
    ['£3561', { kind: 'number', number: 3561, decimals: 0 }],
    ['£3,561', { kind: 'number', number: 3561, decimals: 0 }],
    ['0', { kind: 'number', number: 0, decimals: 0 }],
    ['128 days', { kind: 'number', number: 128, decimals: 0 }],
    ['-3', { kind: 'number', number: -3, decimals: 0 }],
  ])('reads the figure %s', (printed, expected) => {
    expect(parsePrintedValue(printed)).toEqual(expected)
  })

  it('reads a value with an alternate figure, keeping the alternate as printed', () => {
    expect(parsePrintedValue('57% (63%)')).toEqual({
      kind: 'number',
      number: 57,
      decimals: 0,
      alternate: { number: 63, printed: '63%' },
    })
  })

  it.each([
    ['Supressed', 'suppressed'],
    ['Suppressed', 'suppressed'],
    ['', 'not-reported'],
    ['   ', 'not-reported'],
    ['No data', 'not-reported'],
    ['N/A', 'not-applicable'],
    ['Under development', 'under-development'],
  ])('reads %j as the status %s', (printed, kind) => {
    expect(parsePrintedValue(printed)).toEqual({ kind })
  })

  it('reads Yes and No as answers, not numbers', () => {
    expect(parsePrintedValue('Yes')).toEqual({ kind: 'yes-no', answer: true })
    expect(parsePrintedValue('no')).toEqual({ kind: 'yes-no', answer: false })
  })

  it('keeps anything else as text rather than guessing a number', () => {
    expect(parsePrintedValue('Qtly review')).toEqual({ kind: 'text', text: 'Qtly review' })
    expect(parsePrintedValue('12 of 40')).toEqual({ kind: 'text', text: '12 of 40' })
  })
})

describe('parsePrintedTarget', () => {
  it('reads single, range and text targets', () => {
    expect(parsePrintedTarget('90%')).toEqual({ kind: 'number', value: 90, printed: '90%' })
    expect(parsePrintedTarget('400-450')).toEqual({ kind: 'range', min: 400, max: 450, printed: '400-450' })
    expect(parsePrintedTarget('52.7 - 59.3')).toEqual({ kind: 'range', min: 52.7, max: 59.3, printed: '52.7 - 59.3' })
    expect(parsePrintedTarget('Qtly review')).toEqual({ kind: 'text', text: 'Qtly review' })
    expect(parsePrintedTarget('')).toEqual({ kind: 'none' })
  })

  it('does not read a negative single figure as a range', () => {
    expect(parsePrintedTarget('-5')).toEqual({ kind: 'number', value: -5, printed: '-5' })
  })
})
