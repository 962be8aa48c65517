import { describe, expect, it } from 'vitest'
import { xlsxCellText, type XlsxCell } from '../../../src/domain/spreadsheet/xlsxCellText'

describe('xlsxCellText', () => {
  it.each<[string, XlsxCell, string]>([
    ['empty', { value: null }, ''],
    ['text as typed', { value: ' 95% ' }, ' 95% '],
    ['a percentage', { value: 0.95, numFmt: '0%' }, '95%'],
    ['pounds', { value: 3561, numFmt: '"£"#,##0' }, '£3,561'],
    ['a plain number', { value: 477 }, '477'],
    ['a formula, by its result', { value: { formula: 'A1*2', result: 0.96 }, numFmt: '0.0%' }, '96.0%'],
    ['a shared formula', { value: { sharedFormula: 'A1', result: 12 } }, '12'],
    ['a formula with no result yet', { value: { formula: 'A1*2' } }, ''],
    ['rich text', { value: { richText: [{ text: 'Sup' }, { text: 'ressed' }] } }, 'Supressed'],
    ['a hyperlink, by its text', { value: { text: 'BI Team', hyperlink: 'mailto:bi@example.org' } }, 'BI Team'],
    ['an error', { value: { error: '#DIV/0!' } }, '#DIV/0!'],
    ['a boolean, as Excel shows it', { value: true }, 'TRUE'],
    ['a date', { value: new Date(Date.UTC(2018, 8, 30)) }, '2018-09-30'],
    ['a date shown as a day', { value: new Date(Date.UTC(2018, 8, 30)), numFmt: 'dd/mm/yyyy' }, '2018-09-30'],
    [
      'a date shown as a month, as a monthly series heads its columns',
      { value: new Date(Date.UTC(2020, 8, 1)), numFmt: 'mmm-yy' },
      'September 2020',
    ],
    ['a month in a locale format', { value: new Date(Date.UTC(2020, 8, 1)), numFmt: '[$-en-GB]mmmm yyyy' }, 'September 2020'],
    ['a date shown as its year', { value: new Date(Date.UTC(2020, 0, 1)), numFmt: 'yyyy' }, '2020'],
    ['the covered part of a merged cell', { value: 'General', isMergedCovered: true }, ''],
    ['our own formula guard, taken off', { value: "'=SUM(A1)" }, '=SUM(A1)'],
  ])('%s', (_name, cell, text) => {
    expect(xlsxCellText(cell)).toBe(text)
  })
})
