// The forward plan hint is transcribed, not invented: each focus and scorecard
// item must be on the line of document 004 it cites.
import { describe, expect, it } from 'vitest'
import { FORWARD_PLAN, meetingForQuarter, quarterOf } from '../../../src/features/presentation/forwardPlan'
import { sourceLines } from '../../support/seedFiles'

const lines = sourceLines('004_330a9463a0551b28.txt')

describe('forward plan (doc 004 lines 2586–2617)', () => {
  it('quotes each meeting’s focus and scorecard item from the line it cites', () => {
    expect(lines[2586]).toContain(FORWARD_PLAN.title)
    for (const meeting of FORWARD_PLAN.meetings) {
      expect(meeting.focusLine).toBeGreaterThanOrEqual(2586)
      expect(meeting.focusLine).toBeLessThanOrEqual(2617)
      expect(lines[meeting.focusLine]).toContain(meeting.focus)
      if (meeting.scorecard) expect(lines[meeting.scorecard.line]).toContain(meeting.scorecard.text)
    }
  })

  it('names each meeting as the plan does', () => {
    for (const meeting of FORWARD_PLAN.meetings.filter((m) => m.meeting !== 'JANUARY')) {
      expect(lines.slice(2586, 2618).join('\n')).toContain(meeting.meeting.split(' ')[0])
    }
    expect(lines[2610]).toMatch(/^JANUARY\t/)
  })

  it('finds the meeting that takes a quarter’s scorecard', () => {
    expect(quarterOf({ kind: 'quarter', label: 'Q2 2018-19', id: '2018-19-Q2' })).toBe(2)
    expect(quarterOf({ kind: 'year-end', label: 'Year end 2017-18', id: '2017-18-YE' })).toBeUndefined()
    expect(meetingForQuarter(2)).toMatchObject({ meeting: 'JANUARY', pledge: 4 })
    expect(meetingForQuarter(1)).toMatchObject({ meeting: 'SEPTEMBER', pledge: 3 })
    expect(meetingForQuarter(3)?.pledge).toBeUndefined()
    expect(meetingForQuarter(undefined)).toBeUndefined()
  })
})
