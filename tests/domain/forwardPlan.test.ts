// The forward plan is data (the seed's committee.meetings), transcribed, not
// invented: each focus and scorecard item must be on the line of document 004
// it cites. And the rules that find a period's meeting know no council.
import { describe, expect, it } from 'vitest'
import { focusSections, meetingForPeriod, quarterOf } from '../../src/domain/forwardPlan'
import type { Committee, Period } from '../../src/domain/scorecardSchema'
import { loadSeedScorecard, sourceLines } from '../support/seedFiles'

const lines = sourceLines('004_330a9463a0551b28.txt')
const scorecard = loadSeedScorecard()
const committee = scorecard.committee!
const quarter = (n: number): Period => ({
  id: `2018-19-Q${n}`,
  label: `Q${n} 2018-19`,
  kind: 'quarter',
  start: '2018-04-01',
  end: '2018-06-30',
})

describe('forward plan (doc 004 lines 2586–2617)', () => {
  it('quotes each meeting’s focus and scorecard item from the line it cites', () => {
    expect(lines[committee.forwardPlan!.source.line!]).toContain(committee.forwardPlan!.title)
    expect(lines[committee.source!.line!]).toContain(committee.name)
    for (const meeting of committee.meetings) {
      const focusLine = meeting.focus!.source!.line!
      expect(focusLine).toBeGreaterThanOrEqual(2586)
      expect(focusLine).toBeLessThanOrEqual(2617)
      expect(lines[focusLine]).toContain(meeting.focus!.text)
      if (meeting.scorecard) expect(lines[meeting.scorecard.source!.line!]).toContain(meeting.scorecard.text)
    }
  })

  it('names each meeting as the plan does', () => {
    for (const meeting of committee.meetings.filter((m) => m.name !== 'JANUARY')) {
      expect(lines.slice(2586, 2618).join('\n')).toContain(meeting.name.split(' ')[0])
    }
    expect(lines[2610]).toMatch(/^JANUARY\t/)
  })

  it('finds the meeting that takes a quarter’s scorecard', () => {
    expect(quarterOf({ kind: 'quarter', label: 'Q2 2018-19', id: '2018-19-Q2' })).toBe(2)
    expect(quarterOf({ kind: 'year-end', label: 'Year end 2017-18', id: '2017-18-YE' })).toBeUndefined()
    const january = meetingForPeriod(committee, quarter(2))!
    expect(january.name).toBe('JANUARY')
    expect(focusSections(january, scorecard.sections).map((s) => s.number)).toEqual([4])
    expect(focusSections(meetingForPeriod(committee, quarter(1))!, scorecard.sections).map((s) => s.id)).toEqual(['pledge-3'])
    expect(focusSections(meetingForPeriod(committee, quarter(3))!, scorecard.sections)).toEqual([])
    expect(meetingForPeriod(committee, undefined)).toBeUndefined()
    expect(meetingForPeriod(undefined, quarter(2))).toBeUndefined()
  })

  it('prefers a meeting that names the period itself to one that names only its quarter', () => {
    const plan: Committee = {
      name: 'A committee',
      meetings: [
        { name: 'Every January', scorecard: { text: 'Scorecard (Q2)', quarter: 2 } },
        { name: '21 January 2020', date: '2020-01-21', scorecard: { text: 'Scorecard Q2 2019-20', period: '2019-20-Q2' } },
      ],
    }
    expect(meetingForPeriod(plan, { ...quarter(2), id: '2019-20-Q2', label: 'Q2 2019-20' })?.name).toBe('21 January 2020')
    expect(meetingForPeriod(plan, quarter(2))?.name).toBe('Every January')
    expect(
      meetingForPeriod(plan, { id: '2018-19', label: '2018-19', kind: 'annual', start: '2018-04-01', end: '2019-03-31' }),
    ).toBeUndefined()
  })
})
