import { describe, expect, it } from 'vitest'
import {
  excelDayToIso,
  readDps,
  readEesValue,
  readLaitValue,
  roundToDps,
  withoutFloatNoise,
} from '../../../scripts/official-stats/officialValue'

describe('LAIT values', () => {
  it.each([
    ['16.600000000000001', null, 16.6],
    ['2.5099999999999998', null, 2.51],
    ['0.70000000000000007', null, 0.7],
    ['109.48513513513512', null, 109.485135135],
    ['391', 0, 391],
    ['-1.1599999999999999', 2, -1.16],
    ['4.7980000000000002E-2', 2, 0.05],
    ['0', null, 0],
  ])('"%s" (dps %s) is the figure %d', (text, dps, figure) => {
    expect(readLaitValue(text, dps).value).toBe(figure)
  })

  it('keeps "-" as the status "no figure", never a number', () => {
    expect(readLaitValue('-', 1)).toEqual({ value: '-', lostPrecision: false })
    expect(readLaitValue(' - ', null).value).toBe('-')
  })

  it('says when rounding to dps would change more than float noise', () => {
    expect(readLaitValue('0.13191', 2)).toEqual({ value: 0.13, lostPrecision: true })
    expect(readLaitValue('8.3000000000000007', 1)).toEqual({ value: 8.3, lostPrecision: false })
  })

  it('rejects text that is neither a figure nor "-"', () => {
    for (const text of ['c', 'x', '', '12%', '1,234', 'NaN']) expect(() => readLaitValue(text, null)).toThrow(/neither a number/)
    expect(readLaitValue(null, null).value).toBeNull()
  })

  it('rounds half away from zero at the dictionary dps', () => {
    expect(roundToDps(2.345, 2)).toBe(2.35)
    expect(roundToDps(-2.345, 2)).toBe(-2.35)
    expect(roundToDps(12.5, 0)).toBe(13)
    expect(roundToDps(1.005, 2)).toBe(1.01)
    expect(roundToDps(-0.004, 2)).toBe(0)
    expect(withoutFloatNoise(0.1 + 0.2)).toBe(0.3)
  })
})

describe('EES values', () => {
  it.each([
    ['c', 'c'],
    ['x', 'x'],
    ['z', 'z'],
    ['k', 'k'],
    ['low', 'low'],
    ['u', 'u'],
    ['81770', 81770],
    ['11.8', 11.8],
    ['', null],
  ])('"%s" reads as %s', (text, value) => {
    expect(readEesValue(text)).toBe(value)
  })

  it('rejects an unknown code', () => {
    expect(() => readEesValue('..')).toThrow(/neither a number nor a status code/)
    expect(() => readEesValue('00:10')).toThrow()
  })
})

describe('dictionary fields', () => {
  it('reads dps and update dates', () => {
    expect(readDps('NA')).toBeNull()
    expect(readDps('2')).toBe(2)
    expect(() => readDps('two')).toThrow()
    expect(excelDayToIso('45962')).toBe('2025-11-01')
    expect(excelDayToIso('46327')).toBe('2026-11-01')
    expect(excelDayToIso('TBC')).toBeNull()
    expect(excelDayToIso('New Data')).toBeNull()
  })
})
