import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import { asAtSentence, meetingDateFor } from '../../src/domain/asAtLine'
import { buildIndicator, buildScorecard, PERIOD_INDEX, PERIODS } from '../support/buildIndicator'

const Q2 = '2018-19-Q2'
const q2 = PERIODS.find((p) => p.id === Q2)!

describe('asAtSentence', () => {
  it('gives the date the figures run to and the meeting they are for', () => {
    expect(asAtSentence(q2, '2019-01-22')).toBe('Figures to 30 September 2018, for the committee of 22 January 2019.')
  })

  it('says only what it knows without a meeting date', () => {
    expect(asAtSentence(q2, undefined)).toBe('Figures to 30 September 2018.')
  })
})

describe('meetingDateFor', () => {
  const cell = (doc: string) => ({ period: Q2, kind: 'number' as const, number: 1, source: { doc, line: 1 } })
  it('is the latest date among the documents the figures cite', () => {
    const scorecard = {
      ...buildScorecard([]),
      documents: [
        { id: 'a', title: 'Old inspection', date: '2015-09-15' },
        { id: 'b', title: 'Agenda pack', date: '2019-01-22' },
        { id: 'c', title: 'Not cited', date: '2020-01-01' },
      ],
    }
    const assessed = ['a', 'b'].map((doc) => assessIndicator(buildIndicator({ values: [cell(doc)] }), Q2, PERIOD_INDEX))
    expect(meetingDateFor(scorecard, assessed)).toBe('2019-01-22')
    expect(meetingDateFor(scorecard, [])).toBeUndefined()
  })
})
