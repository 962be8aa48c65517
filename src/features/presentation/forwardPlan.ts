// Which pledge each committee meeting focuses on, and which quarter's scorecard
// it takes, transcribed from Cheshire East's "Draft Corporate Parenting
// Committee Forward Plan 2018-19": document 004 (the 22 January 2019 agenda
// pack), lines 2586–2617; see ../shared/seed-notes/seed-004.md §4. Only what
// the plan prints is here. The January row is split by the OCR across lines
// 2610 ("JANUARY") and 2611 ("JANUART", the pledge). NOVEMBER and MARCH have no
// scorecard item. Shown as a hint on the deck chooser, only for this council.

export type ForwardPlanMeeting = {
  /** The meeting as the plan names it. */
  meeting: string
  /** The focus as printed (the pledge's number and words, or "Enablers - Cross cutting"). */
  focus: string
  /** The pledge the focus names; none for the cross-cutting meeting. */
  pledge?: number
  focusLine: number
  /** The scorecard item on the agenda, if any. */
  scorecard?: { quarter: number; text: string; line: number }
}

export const FORWARD_PLAN = {
  authority: 'Cheshire East Council',
  title: 'Draft Corporate Parenting Committee Forward Plan 2018-19',
  doc: '004',
  lines: '2586–2617',
  meetings: [
    { meeting: 'MARCH', focus: 'Pledge Five - We will prepare young people for adulthood', pledge: 5, focusLine: 2589 },
    {
      meeting: 'APRIL/MAY (to be confirmed; meeting currently arranged for 23/4/19)',
      focus: 'Enablers - Cross cutting',
      focusLine: 2594,
      scorecard: { quarter: 3, text: 'Corporate Parenting Performance Scorecard (Q3)', line: 2595 },
    },
    {
      meeting: 'JULY',
      focus: 'Pledge One - We will be a good corporate parent',
      pledge: 1,
      focusLine: 2597,
      scorecard: { quarter: 4, text: 'Corporate Parenting Performance Scorecard (Q4)', line: 2598 },
    },
    {
      meeting: 'SEPTEMBER',
      focus: 'Pledge Three - We will work to achieve permanence and keep children safe',
      pledge: 3,
      focusLine: 2603,
      scorecard: { quarter: 1, text: 'Corporate Parenting Performance Scorecard (Q1)', line: 2604 },
    },
    { meeting: 'NOVEMBER', focus: 'Pledge Two - We will improve education, employment and training outcomes', pledge: 2, focusLine: 2609 },
    {
      meeting: 'JANUARY',
      focus: 'Pledge Four - We will improve health and wellbeing outcomes',
      pledge: 4,
      focusLine: 2611,
      scorecard: { quarter: 2, text: 'Corporate Parenting Performance Scorecard (Q2)', line: 2612 },
    },
  ] satisfies ForwardPlanMeeting[] as ForwardPlanMeeting[],
}

/** The quarter number of a quarterly period ("Q2 2018-19" → 2), else undefined. */
export function quarterOf(period: { kind: string; label: string; id: string } | undefined): number | undefined {
  if (period?.kind !== 'quarter') return undefined
  const match = /\bQ([1-4])\b/.exec(period.label) ?? /-Q([1-4])$/.exec(period.id)
  return match ? Number(match[1]) : undefined
}

/** The meeting that takes this quarter's scorecard, by the plan. */
export function meetingForQuarter(quarter: number | undefined): ForwardPlanMeeting | undefined {
  return quarter === undefined ? undefined : FORWARD_PLAN.meetings.find((m) => m.scorecard?.quarter === quarter)
}
