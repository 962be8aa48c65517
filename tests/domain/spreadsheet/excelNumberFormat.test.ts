import { describe, expect, it } from 'vitest'
import { excelFigureFor, formatExcelNumber } from '../../../src/domain/spreadsheet/excelNumberFormat'

describe('formatExcelNumber', () => {
  it.each([
    [0.91, '0.0%', '91.0%'],
    [0.95, '0%', '95%'],
    [0.575, '0.00%', '57.50%'],
    [3561, '"£"#,##0', '£3,561'],
    [3561, '£#,##0', '£3,561'],
    [3561.5, '[$£-809]#,##0.00', '£3,561.50'],
    [3200, '"£"0', '£3200'],
    [1234567, '#,##0', '1,234,567'],
    [65.3, '0.0', '65.3'],
    [477, '0', '477'],
    [-2, '0', '-2'],
    [-1234, '#,##0;[Red]-#,##0', '-1,234'],
    [0.1 + 0.2, 'General', '0.3'],
    [0.1 + 0.2, undefined, '0.3'],
    [12, '@', '12'],
    [45000, 'dd/mm/yyyy', '45000'],
  ])('%d with %j shows %j', (value, numFmt, shown) => {
    expect(formatExcelNumber(value, numFmt)).toBe(shown)
  })
})

describe('excelFigureFor', () => {
  it.each([
    ['91.0%', 0.91, '0.0%'],
    ['95%', 0.95, '0%'],
    ['£3,561', 3561, '"£"#,##0'],
    ['£3200', 3200, '"£"0'],
    ['65.3', 65.3, '0.0'],
    ['477', 477, '0'],
    ['0', 0, '0'],
    ['-2', -2, '0'],
    ['1,234', 1234, '#,##0'],
  ])('%j is the number %d shown with %j', (printed, value, numFmt) => {
    expect(excelFigureFor(printed)).toEqual({ value, numFmt })
    expect(formatExcelNumber(value, numFmt)).toBe(printed)
  })

  it.each(['Supressed', '57% (63%)', '400-450', '52.7 - 59.3', ' 95%', '95% ', '128 days', 'Yes', '', '12,34', '007'])(
    '%j stays text',
    (printed) => {
      expect(excelFigureFor(printed)).toBeUndefined()
    },
  )
})

describe('a format asking for more decimals than can be shown', () => {
  it('shows at most 20 instead of throwing (toFixed takes at most 100)', () => {
    expect(formatExcelNumber(1.5, `0.${'0'.repeat(150)}`)).toBe(`1.5${'0'.repeat(19)}`)
  })
})
