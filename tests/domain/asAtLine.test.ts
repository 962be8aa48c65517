import { describe, expect, it } from 'vitest'
import { assessIndicator } from '../../src/domain/assessIndicator'
import { asAtSentence, meetingDateFor } from '../../src/domain/asAtLine'
import type { Meeting } from '../../src/domain/scorecardSchema'
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
  it('without a dated meeting in the plan, is the latest date among the documents the figures cite', () => {
    const scorecard = {
      ...buildScorecard([]),
      documents: [
        { id: 'a', title: 'Old inspection', date: '2015-09-15' },
        { id: 'b', title: 'Agenda pack', date: '2019-01-22' },
        { id: 'c', title: 'Not cited', date: '2020-01-01' },
      ],
    }
    const assessed = ['a', 'b'].map((doc) => assessIndicator(buildIndicator({ values: [cell(doc)] }), Q2, PERIOD_INDEX))
    expect(meetingDateFor(scorecard, q2, assessed)).toBe('2019-01-22')
    expect(meetingDateFor(scorecard, q2, [])).toBeUndefined()
  })

  it('is the date of the meeting the forward plan gives the point’s scorecard to, or of its papers', () => {
    const meeting = (quarter: number, extra: Partial<Meeting>): Meeting => ({
      name: 'JANUARY',
      scorecard: { text: `Scorecard (Q${quarter})`, quarter },
      ...extra,
    })
    const documents = [{ id: 'p', title: 'Agenda pack', date: '2019-01-21' }]
    const planned = (m: Meeting) => ({ ...buildScorecard([]), documents, committee: { name: 'Committee', meetings: [m] } })
    expect(meetingDateFor(planned(meeting(2, { date: '2019-01-22' })), q2, [])).toBe('2019-01-22')
    expect(meetingDateFor(planned(meeting(2, { papers: 'p' })), q2, [])).toBe('2019-01-21')
    // A meeting for another quarter says nothing about this one.
    expect(meetingDateFor(planned(meeting(3, { date: '2019-04-23' })), q2, [])).toBeUndefined()
  })
})
