import { describe, expect, it } from 'vitest'
import { neutraliseFormula, restoreNeutralised } from '../../../src/domain/spreadsheet/formulaGuard'

describe('formula injection guard', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+44 1625 123456', "'+44 1625 123456"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
  ])('%j is written as %j', (text, written) => {
    expect(neutraliseFormula(text)).toBe(written)
    expect(restoreNeutralised(written)).toBe(text)
  })

  it.each(['95%', '£3,561', 'Supressed', 'Suppressed', '57% (63%)', '', ' =leading space', 'a=b', "'quoted", '→', '$ \\downarrow$'])(
    '%j is left alone both ways',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text)
      expect(restoreNeutralised(text)).toBe(text)
    },
  )
})
