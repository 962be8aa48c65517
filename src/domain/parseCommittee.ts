// The committee a scorecard goes to (its name, meetings and forward plan),
// checked item by item like the rest of a file: a bad meeting costs that
// meeting, an unknown section, period or document costs that reference, and
// each problem names the file and the field.
import type { z } from 'zod/mini'
import type { DataIssue } from './parseScorecard'
import { CommitteeSchema, MeetingSchema, type Committee, type Meeting } from './scorecardSchema'

type Report = (issue: Omit<DataIssue, 'file'>) => void

/** What the meetings may refer to: the file's own sections, periods and documents. */
export type CommitteeRefs = { sectionIds: ReadonlySet<string>; periodIds: ReadonlySet<string>; documentIds: ReadonlySet<string> }

function reportIssues(report: Report, error: z.core.$ZodError, prefix: string, consequence: string, leftOut: DataIssue['leftOut']) {
  for (const issue of error.issues) {
    const field = issue.path.reduce<string>(
      (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
      prefix,
    )
    report({ severity: 'error', field, message: `${issue.message}. ${consequence}`, leftOut })
  }
}

export function parseCommittee(raw: unknown, refs: CommitteeRefs, report: Report): Committee | undefined {
  if (raw === undefined) return undefined
  const parsed = CommitteeSchema.safeParse(raw)
  if (!parsed.success) {
    reportIssues(report, parsed.error, 'committee', 'The committee and its meetings were ignored.', {
      kind: 'committee',
      item: 'committee',
    })
    return undefined
  }
  const meetings = parsed.data.meetings.flatMap((item, index) => parseMeeting(item, `committee.meetings[${index}]`, refs, report) ?? [])
  return { ...parsed.data, meetings }
}

function parseMeeting(item: unknown, field: string, refs: CommitteeRefs, report: Report): Meeting | null {
  const parsed = MeetingSchema.safeParse(item)
  if (!parsed.success) {
    reportIssues(report, parsed.error, field, 'This meeting was ignored.', { kind: 'meeting', item: field })
    return null
  }
  const { focus, scorecard, papers, ...rest } = parsed.data
  const meeting: Meeting = { ...rest }
  if (focus) {
    const sections = focus.sections.filter((id, i) => {
      if (refs.sectionIds.has(id)) return true
      report({
        severity: 'error',
        field: `${field}.focus.sections[${i}]`,
        message: `Unknown section "${id}"; the meeting's focus does not link to it.`,
        leftOut: { kind: 'meeting link', item: `${field}.focus.sections[${i}]` },
      })
      return false
    })
    meeting.focus = { ...focus, sections }
  }
  if (scorecard) {
    const { period, ...item } = scorecard
    if (period !== undefined && !refs.periodIds.has(period))
      report({
        severity: 'error',
        field: `${field}.scorecard.period`,
        message: `Unknown period "${period}"; the meeting is not linked to a period.`,
        leftOut: { kind: 'meeting link', item: `${field}.scorecard.period` },
      })
    meeting.scorecard = period !== undefined && refs.periodIds.has(period) ? { ...item, period } : item
  }
  if (papers !== undefined) {
    if (refs.documentIds.has(papers)) meeting.papers = papers
    else
      report({
        severity: 'error',
        field: `${field}.papers`,
        message: `Unknown document "${papers}"; add it to documents, or leave papers out.`,
        leftOut: { kind: 'meeting link', item: `${field}.papers` },
      })
  }
  return meeting
}
