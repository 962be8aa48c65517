// The overview's "as at" line: "Figures to 30 September 2018, for the
// committee of 22 January 2019." The date figures run to is the reporting
// point's end; the meeting is the one the point's figures were reported to.
import type { Assessment } from './assessIndicator'
import { formatDate } from './formatDate'
import type { Period, Scorecard } from './scorecardSchema'

/**
 * The date of the meeting the point's figures were reported to. For now it is
 * read from the documents list: the latest date among the documents that the
 * figures entered for the point cite (the seed's Q2 2018-19 figures cite the
 * agenda pack of 22 January 2019). The data format does not yet name
 * committees or meetings; when it does, this one function reads them instead.
 */
export function meetingDateFor(scorecard: Pick<Scorecard, 'documents'>, assessments: readonly Assessment[]): string | undefined {
  const cited = new Set(assessments.filter((a) => a.cell && (a.at?.forPoint ?? true)).map((a) => a.cell!.source.doc))
  return scorecard.documents
    .filter((d) => cited.has(d.id) && d.date !== undefined)
    .map((d) => d.date!)
    .sort()
    .at(-1)
}

/** "Figures to 30 September 2018, for the committee of 22 January 2019." (without a meeting date, just the first part). */
export function asAtSentence(point: Pick<Period, 'end'>, meetingDate: string | undefined): string {
  const meeting = meetingDate ? `, for the committee of ${formatDate(meetingDate)}` : ''
  return `Figures to ${formatDate(point.end)}${meeting}.`
}
