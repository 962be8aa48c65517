import { describe, expect, it } from 'vitest'
import { describeNotYetPublished } from '../../../src/domain/official/describePublishedComparison'

describe('describeNotYetPublished', () => {
  it('says when the measure was first published, worded for a year or for a date', () => {
    const year = { code: 'X', years: [{ kind: 'year-ending' as const, label: 'year ending 31 March 2020' }] }
    expect(describeNotYetPublished(year, 'X', 'Q2 2018-19')).toBe(
      'No DfE figure yet: its first published figure for this measure is for the year ending 31 March 2020, after Q2 2018-19.',
    )
    const snapshot = { code: 'Y', years: [{ kind: 'snapshot' as const, label: '31 March 2020' }] }
    expect(describeNotYetPublished(snapshot, 'Y', 'Q2 2018-19')).toMatch(/is for 31 March 2020, after Q2 2018-19\.$/)
  })

  it('names a code the DfE data does not have', () => {
    expect(describeNotYetPublished(undefined, 'LAC_Typo', 'Q2 2018-19')).toBe(
      'The DfE’s published data has no measure “LAC_Typo”, so there is no published figure to compare.',
    )
  })
})
