// The scorecard file format (docs/data-format.md), as zod schemas.
// Parsing is two-level on purpose: the file envelope and each indicator's
// metadata are validated first, then each value / comparator / comment on its
// own, so one bad cell costs that cell, not the indicator or the file.
import { z } from 'zod/mini'
import { hasTooManyDecimals, MAX_DECIMAL_PLACES } from './decimalPlaces'

// No runtime code generation: the app's Content-Security-Policy forbids eval,
// and zod's JIT probe (new Function) would otherwise be reported as a violation.
// Must run before any schema below is built.
z.config({ jitless: true })
// zod/mini ships no default locale (classic zod installs English itself);
// without this every issue would read just "Invalid input".
z.config(z.locales.en())

export const FORMAT_ID = 'corporate-parenting-scorecard/1'

// Non-blank, but kept exactly as written: verbatim text is never trimmed.
const nonEmpty = z.string().check(z.refine((s) => s.trim().length > 0, 'must not be blank'))
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'))
/** Text as printed in the source, which the formatters read for its decimal places. */
const printedText = z
  .string()
  .check(
    z.refine(
      (s) => !hasTooManyDecimals(s),
      `has more than ${MAX_DECIMAL_PLACES} decimal places, more than can be shown; round the figure in the file`,
    ),
  )
/**
 * An indicator's ref is its address (/indicator/P3.17), so it must be one.
 * Any text works ("/", "%", "?" and "#" are encoded), except: a ref that is
 * only dots, which browsers resolve ("." and "..", even written %2E) before
 * the app sees the address; and a ref holding the text "%2F", which the
 * router reads back as "/" (it cannot tell "A%2FB" from "A/B").
 */
export const REF_PROBLEMS = [
  {
    test: (s: string) => /^\s*\.+\s*$/.test(s),
    message: 'must not be only dots ("." or ".."): such a ref cannot be the address of its page',
  },
  { test: (s: string) => s.includes('%2F'), message: 'must not hold the text "%2F": the address of its page would read it as "/"' },
]
const refText = nonEmpty.check(...REF_PROBLEMS.map(({ test, message }) => z.refine<string>((s) => !test(s), message)))

/**
 * Where a figure or text came from: a document id and a line and/or a table
 * name; `page` is the page number printed on the document's page, given only
 * where the source text shows it (a person cites a page, an analyst a line).
 */
export const SourceRefSchema = z
  .strictObject({
    doc: nonEmpty,
    line: z.optional(z.number().check(z.int(), z.positive())),
    table: z.optional(nonEmpty),
    column: z.optional(nonEmpty),
    page: z.optional(z.number().check(z.int(), z.positive())),
    note: z.optional(nonEmpty),
  })
  .check(
    z.refine((s) => s.line !== undefined || s.table !== undefined, {
      message: 'a source needs a line or a table',
    }),
  )

export const DocumentSchema = z.strictObject({
  id: nonEmpty,
  file: z.optional(nonEmpty),
  title: nonEmpty,
  date: z.optional(isoDate),
  /** Where a person can read the published document (https only): sources that cite it link to it. */
  url: z.optional(z.string().check(z.regex(/^https:\/\/\S+$/, 'must be an https:// address'))),
})

// `annual` is a UK financial year (April–March); calendarPeriods.ts builds every
// kind but financial quarters and year ends (financialYear.ts).
export const PERIOD_KINDS = [
  'quarter',
  'year-end',
  'as-at',
  'annual',
  'month',
  'multi-year',
  'calendar-year',
  'academic-year',
  'term',
] as const
export const PeriodSchema = z
  .strictObject({
    id: nonEmpty,
    label: nonEmpty,
    kind: z.enum(PERIOD_KINDS),
    start: isoDate,
    end: isoDate,
  })
  .check(z.refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] }))

/**
 * A kind of section a council uses, in its own words: "pledge", "priority",
 * "theme", "outcome". `name` is the word in a sentence ("Present pledge 3"),
 * `plural` its plural when it is not name + "s".
 */
export const SectionKindSchema = z.strictObject({
  id: nonEmpty,
  name: nonEmpty,
  plural: z.optional(nonEmpty),
})

/**
 * A section of the scorecard. `kind` is one of the file's `sectionKinds` when
 * it declares them (any text otherwise); `number` is the section's number in
 * the council's own list (pledge 3) and `statement` the commitment in its words.
 * `pledge` and `pledgeText` are the older spellings of `number` and
 * `statement`: still read (parseScorecard turns them into the new ones), never written.
 */
export const SectionSchema = z.strictObject({
  id: nonEmpty,
  title: nonEmpty,
  kind: nonEmpty,
  number: z.optional(z.number().check(z.int(), z.positive())),
  statement: z.optional(nonEmpty),
  pledge: z.optional(z.number().check(z.int(), z.positive())),
  pledgeText: z.optional(nonEmpty),
  source: z.optional(SourceRefSchema),
})

/**
 * The committee the scorecard goes to, its meetings and its forward plan
 * (which section each meeting focuses on, which scorecard it takes). The
 * meetings are checked one by one in parseCommittee.ts.
 */
export const CommitteeSchema = z.strictObject({
  name: nonEmpty,
  source: z.optional(SourceRefSchema),
  /** The document the meetings are transcribed from, when they come from a forward plan. */
  forwardPlan: z.optional(z.strictObject({ title: nonEmpty, source: SourceRefSchema })),
  meetings: z._default(z.array(z.unknown()), []),
})

export const MeetingSchema = z.strictObject({
  /** The meeting as the papers name it ("JULY", "23 April 2019"). */
  name: nonEmpty,
  /** Only when the papers give the day. */
  date: z.optional(isoDate),
  /** What the meeting focuses on: the words as printed, and the sections (ids) they name. */
  focus: z.optional(z.strictObject({ text: nonEmpty, sections: z._default(z.array(nonEmpty), []), source: z.optional(SourceRefSchema) })),
  /**
   * The scorecard on the meeting's agenda: a reporting period (an id), or,
   * when the plan names only the quarter ("Scorecard (Q2)"), that quarter's number.
   */
  scorecard: z.optional(
    z.strictObject({
      text: nonEmpty,
      period: z.optional(nonEmpty),
      quarter: z.optional(z.number().check(z.int(), z.gte(1), z.lte(4))),
      source: z.optional(SourceRefSchema),
    }),
  ),
  /** The document id of the meeting's papers, when they are among `documents`. */
  papers: z.optional(nonEmpty),
})

export const COHORTS = ['cared-for-children', 'care-leavers', 'sufficiency', 'health'] as const
export const POLARITIES = ['high-is-good', 'low-is-good', 'none'] as const
export const UNITS = ['count', 'percent', 'rate-per-10000', 'days', 'gbp-per-week', 'score', 'yes-no', 'text'] as const
export const FREQUENCIES = ['quarterly', 'termly', 'half-termly', 'monthly', 'year-to-date', 'annual', 'as-at'] as const

/** The first period a target applies to; without it, the target applies to every period. */
const targetFrom = { from: z.optional(nonEmpty) }
export const TargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('number'), value: z.number(), printed: z.optional(printedText), ...targetFrom }),
  z
    .strictObject({ kind: z.literal('range'), min: z.number(), max: z.number(), printed: z.optional(printedText), ...targetFrom })
    .check(z.refine((t) => t.min <= t.max, { message: 'range min must not exceed max', path: ['max'] })),
  z.strictObject({ kind: z.literal('text'), text: nonEmpty, ...targetFrom }),
])

const cellBase = {
  period: nonEmpty,
  /** The cell exactly as printed in the source ("91.0%", "£3561", "Supressed", ""). */
  printed: z.optional(printedText),
  source: SourceRefSchema,
  note: z.optional(nonEmpty),
}

// Statuses carry no figure. A `number` key on a suppressed cell is stripped by
// zod (cells strip unknown keys rather than refuse them), and parseScorecard
// warns about it and about every other key it strips, so a wrongly included
// small number can never reach the screen or an export, and nothing goes unsaid.
export const STATUS_KINDS = ['suppressed', 'not-reported', 'not-applicable', 'under-development'] as const

const numberCellShape = {
  ...cellBase,
  kind: z.literal('number'),
  number: z.number().check(z.refine(Number.isFinite, 'must be a finite number')),
  alternate: z.optional(z.strictObject({ number: z.number(), printed: z.optional(printedText), note: z.optional(nonEmpty) })),
  provisional: z.optional(z.boolean()),
}
const yesNoCellShape = { ...cellBase, kind: z.literal('yes-no'), answer: z.boolean() }
const textCellShape = { ...cellBase, kind: z.literal('text'), text: nonEmpty }

export const ValueCellSchema = z.discriminatedUnion('kind', [
  z.object(numberCellShape),
  z.object(yesNoCellShape),
  z.object(textCellShape),
  z.object({ ...cellBase, kind: z.enum(STATUS_KINDS) }),
])

/** Every key some kind of cell has: a stripped key among these is on the wrong kind of cell, any other is unknown. */
export const CELL_KEYS: ReadonlySet<string> = new Set([
  ...Object.keys(numberCellShape),
  ...Object.keys(yesNoCellShape),
  ...Object.keys(textCellShape),
])

export const COMPARATOR_KINDS = ['stat-neighbours', 'england', 'north-west', 'other'] as const
export const ComparatorSchema = z.strictObject({
  kind: z.enum(COMPARATOR_KINDS),
  label: z.optional(nonEmpty),
  /** The period the comparator describes; absent when the source does not say. */
  period: z.optional(nonEmpty),
  number: z.number(),
  printed: z.optional(printedText),
  source: SourceRefSchema,
})

export const CommentarySchema = z.strictObject({ period: nonEmpty, text: nonEmpty, source: SourceRefSchema })

export const NOTE_KINDS = ['definition', 'data-quality', 'transcription', 'context'] as const
export const IndicatorNoteSchema = z.strictObject({
  kind: z.enum(NOTE_KINDS),
  text: nonEmpty,
  /** For definition changes: the first period measured the new way. */
  effectiveFrom: z.optional(nonEmpty),
  /** True when values before and after effectiveFrom must not be compared. */
  breaksSeries: z.optional(z.boolean()),
  source: z.optional(SourceRefSchema),
})

export const ReportedStatusSchema = z.strictObject({
  period: nonEmpty,
  /** RAG as printed or stated in the source (e.g. "amber" from a comment). */
  rag: z.optional(z.enum(['red', 'amber', 'green'])),
  ragRaw: z.optional(z.string()),
  /** The direction-of-travel cell exactly as printed, garbled glyphs included. */
  directionRaw: z.optional(z.string()),
  source: SourceRefSchema,
})

/**
 * The DfE measure an indicator corresponds to (a code in public/official's
 * measures.json), so views can set the published figures beside the
 * council's own: `exact` when the definitions are the same, `near` when they
 * differ in a way the `note` explains (a near match needs one).
 */
export const OFFICIAL_MATCHES = ['exact', 'near'] as const
export const OfficialLinkSchema = z
  .strictObject({
    measure: nonEmpty,
    match: z.enum(OFFICIAL_MATCHES),
    note: z.optional(nonEmpty),
  })
  .check(
    z.refine((o) => o.match !== 'near' || o.note !== undefined, {
      message: 'a near match needs a note saying how the definitions differ',
      path: ['note'],
    }),
  )

/** A list checked item by item later; absent means empty. */
const uncheckedList = () => z._default(z.array(z.unknown()), [])

/** Indicator metadata; the array fields are checked item by item in parseScorecard. */
export const IndicatorMetaSchema = z.strictObject({
  ref: refText,
  title: nonEmpty,
  section: nonEmpty,
  cohorts: z.array(z.enum(COHORTS)),
  lead: z.optional(z.string()),
  infoFrom: z.optional(z.string()),
  polarity: z.enum(POLARITIES),
  unit: z.enum(UNITS),
  frequency: z.enum(FREQUENCIES),
  target: z.optional(TargetSchema),
  /** Amber band: a miss by at most this much (in the indicator's unit) is amber, not red. */
  amberTolerance: z.optional(z.number().check(z.nonnegative())),
  priorities: z.optional(z.record(z.string(), z.string())),
  source: SourceRefSchema,
  /** Checked on its own in parseScorecard: a bad link costs the link, not the indicator. */
  official: z.optional(z.unknown()),
  values: uncheckedList(),
  comparators: uncheckedList(),
  commentary: uncheckedList(),
  notes: uncheckedList(),
  reported: uncheckedList(),
})

/**
 * Extra cells for an indicator defined in another file (earlier points from
 * another document, or a later quarter), merged in when the files are loaded.
 */
export const AdditionMetaSchema = z.strictObject({
  ref: refText,
  values: uncheckedList(),
  comparators: uncheckedList(),
  commentary: uncheckedList(),
  notes: uncheckedList(),
})

/**
 * The file itself. Its lists are checked item by item in parseScorecard, so a
 * bad period, section, document or indicator costs only itself; an unknown
 * top-level key is stripped (and parseScorecard says so), not a reason to
 * refuse the file.
 */
export const ScorecardEnvelopeSchema = z.object({
  format: z.literal(FORMAT_ID),
  authority: nonEmpty,
  title: nonEmpty,
  reportingYear: nonEmpty,
  documents: uncheckedList(),
  periods: z.array(z.unknown()),
  sections: z.array(z.unknown()),
  /** Checked on their own (parseCommittee.ts, sectionKinds.ts): a bad one costs itself, not the file. */
  sectionKinds: z.optional(z.unknown()),
  committee: z.optional(z.unknown()),
  indicators: z.array(z.unknown()),
  additions: uncheckedList(),
})

export type SourceRef = z.infer<typeof SourceRefSchema>
export type SourceDocument = z.infer<typeof DocumentSchema>
export type Period = z.infer<typeof PeriodSchema>
export type SectionKind = z.infer<typeof SectionKindSchema>
export type Section = Omit<z.infer<typeof SectionSchema>, 'pledge' | 'pledgeText'>
export type Meeting = z.infer<typeof MeetingSchema>
export type Committee = Omit<z.infer<typeof CommitteeSchema>, 'meetings'> & { meetings: Meeting[] }
export type Cohort = (typeof COHORTS)[number]
export type Polarity = (typeof POLARITIES)[number]
export type Unit = (typeof UNITS)[number]
export type Frequency = (typeof FREQUENCIES)[number]
export type Target = z.infer<typeof TargetSchema>
export type ValueCell = z.infer<typeof ValueCellSchema>
export type NumberCell = Extract<ValueCell, { kind: 'number' }>
export type Comparator = z.infer<typeof ComparatorSchema>
export type ComparatorKind = Comparator['kind']
export type Commentary = z.infer<typeof CommentarySchema>
export type IndicatorNote = z.infer<typeof IndicatorNoteSchema>
export type ReportedStatus = z.infer<typeof ReportedStatusSchema>
export type OfficialLink = z.infer<typeof OfficialLinkSchema>

type IndicatorMeta = z.infer<typeof IndicatorMetaSchema>
export type Indicator = Omit<IndicatorMeta, 'official' | 'values' | 'comparators' | 'commentary' | 'notes' | 'reported'> & {
  official?: OfficialLink
  values: ValueCell[]
  comparators: Comparator[]
  commentary: Commentary[]
  notes: IndicatorNote[]
  reported: ReportedStatus[]
}

export type Addition = Pick<Indicator, 'ref' | 'values' | 'comparators' | 'commentary' | 'notes'> & {
  /**
   * Where it is in its file (the index in `additions`, and each value's index in
   * its `values`), so a problem found on merge names the place to fix. Absent
   * for additions made in the app, which then are named by their position.
   */
  at?: { index: number; values: number[] }
}

export type Scorecard = {
  format: typeof FORMAT_ID
  authority: string
  title: string
  reportingYear: string
  documents: SourceDocument[]
  periods: Period[]
  sections: Section[]
  /** The section kinds the council uses, in its words; absent when the files declare none. */
  sectionKinds?: SectionKind[]
  /** The committee the scorecard goes to; absent when the files name none. */
  committee?: Committee
  indicators: Indicator[]
  /** Cells for indicators in other files; empty once files are merged. */
  additions: Addition[]
}
