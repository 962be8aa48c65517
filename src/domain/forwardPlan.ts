// The committee's forward plan, as the data gives it (`committee.meetings`,
// docs/data-format.md): which meeting takes the scorecard for a period, and
// which sections a meeting focuses on. No council's plan is here.
import type { Committee, Meeting, Period, Section } from './scorecardSchema'

/** The quarter number of a quarterly period ("Q2 2018-19" → 2), else undefined. */
export function quarterOf(period: { kind: string; label: string; id: string } | undefined): number | undefined {
  if (period?.kind !== 'quarter') return undefined
  const match = /\bQ([1-4])\b/.exec(period.label) ?? /-Q([1-4])$/.exec(period.id)
  return match ? Number(match[1]) : undefined
}

/**
 * The meeting that takes the scorecard for this period: one naming the
 * period itself, else one naming only its quarter ("Scorecard (Q2)"), as a
 * forward plan that repeats every year does.
 */
export function meetingForPeriod(committee: Committee | undefined, period: Period | undefined): Meeting | undefined {
  if (!committee || !period) return undefined
  const exact = committee.meetings.find((m) => m.scorecard?.period === period.id)
  if (exact) return exact
  const quarter = quarterOf(period)
  return quarter === undefined
    ? undefined
    : committee.meetings.find((m) => m.scorecard?.period === undefined && m.scorecard?.quarter === quarter)
}

/** The sections a meeting focuses on, as the scorecard declares them. */
export function focusSections(meeting: Meeting, sections: readonly Section[]): Section[] {
  return (meeting.focus?.sections ?? []).flatMap((id) => sections.find((s) => s.id === id) ?? [])
}
