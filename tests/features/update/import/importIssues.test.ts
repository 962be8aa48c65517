// What a confirmed import leaves in the version it made (useImportFlow's importIssues): each problem of the
// report, and for a row that was still waiting for a choice, what became of it now that the review is gone.
import { describe, expect, it } from 'vitest'
import { reportOf } from '../../../../src/features/update/import/buildImport'
import { importFile } from '../../../../src/features/update/import/importFile'
import { importIssues } from '../../../../src/features/update/import/useImportFlow'
import { loadSeedScorecard } from '../../../support/seedFiles'

describe('importIssues', () => {
  it('a row left waiting for a choice says it was left out and how to bring it in, not "until you decide in the review"', async () => {
    const base = loadSeedScorecard()
    const title = base.indicators.find((i) => i.ref === 'P1.2')!.title
    const csv = `Ref,Indicator,Qu 3 18-19\nP1.2,"${title}",950%\nZZ,Not a ref,5\n`
    const outcome = await importFile({ name: 'q3.csv', bytes: new TextEncoder().encode(csv) }, base, '2019-01-22')
    const issues = importIssues(reportOf(outcome))
    expect(issues).toContainEqual({
      severity: 'error',
      file: 'q3.csv',
      ref: 'P1.2',
      field: 'row 2, (row)',
      message:
        'This row waited for a choice that was not made before the import was confirmed, so it was left out. To bring it in, import q3.csv again and choose in its review.',
    })
    // Any other problem keeps the report's own words.
    expect(issues.find((i) => i.field === 'row 3, Ref')?.message).toMatch(/^"ZZ" is not a ref like G1 or P3\.17, so the row was left out\./)
    expect(issues.some((i) => /in the review/.test(i.message) && !/import q3\.csv again/.test(i.message))).toBe(false)
  })
})
