// The overview's "as at" line: "Figures to 30 September 2018, for the
// committee of 22 January 2019." The date figures run to is the reporting
// point's end; the meeting is the one that takes the point's scorecard.
import type { Assessment } from './assessIndicator'
import { formatLongDate } from './calendarPeriods'
import { meetingForPeriod } from './forwardPlan'
import type { Period, Scorecard } from './scorecardSchema'

/**
 * The date of the meeting the point's figures go to. The committee's forward
 * plan (`scorecard.committee`, forwardPlan.ts) names that meeting: its own
 * date where the plan gives the day, else the date of its papers. A plan that
 * names only the month ("JANUARY", "Scorecard (Q2)") gives no date, so then
 * it is the date of the papers the point's figures were printed in: the
 * latest dated document they cite (the seed's Q2 2018-19 figures cite the
 * agenda pack of 22 January 2019). No date at all leaves the meeting out.
 */
export function meetingDateFor(
  scorecard: Pick<Scorecard, 'documents' | 'committee'>,
  point: Period | undefined,
  assessments: readonly Assessment[],
): string | undefined {
  const dateOf = (id: string | undefined) => scorecard.documents.find((d) => d.id === id)?.date
  const meeting = meetingForPeriod(scorecard.committee, point)
  const planned = meeting?.date ?? dateOf(meeting?.papers)
  if (planned) return planned
  const cited = new Set(assessments.filter((a) => a.cell && (a.at?.forPoint ?? true)).map((a) => a.cell!.source.doc))
  return scorecard.documents
    .filter((d) => cited.has(d.id) && d.date !== undefined)
    .map((d) => d.date!)
    .sort()
    .at(-1)
}

/** "Figures to 30 September 2018, for the committee of 22 January 2019." (without a meeting date, just the first part). */
export function asAtSentence(point: Pick<Period, 'end'>, meetingDate: string | undefined): string {
  const meeting = meetingDate ? `, for the committee of ${formatLongDate(meetingDate)}` : ''
  return `Figures to ${formatLongDate(point.end)}${meeting}.`
}
