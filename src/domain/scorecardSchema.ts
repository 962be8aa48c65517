// The scorecard file format (docs/data-format.md), as zod schemas.
// Parsing is two-level on purpose: the file envelope and each indicator's
// metadata are validated first, then each value / comparator / comment on its
// own, so one bad cell costs that cell, not the indicator or the file.
import { z } from 'zod'

// No runtime code generation: the app's Content-Security-Policy forbids eval,
// and zod's JIT probe (new Function) would otherwise be reported as a violation.
// Must run before any schema below is built.
z.config({ jitless: true })

export const FORMAT_ID = 'corporate-parenting-scorecard/1'

// Non-blank, but kept exactly as written: verbatim text is never trimmed.
const nonEmpty = z.string().refine((s) => s.trim().length > 0, 'must not be blank')
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')

/** Where a figure or text came from: a document id and a line and/or a table name. */
export const SourceRefSchema = z
  .object({
    doc: nonEmpty,
    line: z.number().int().positive().optional(),
    table: nonEmpty.optional(),
    column: nonEmpty.optional(),
    note: nonEmpty.optional(),
  })
  .strict()
  .refine((s) => s.line !== undefined || s.table !== undefined, {
    message: 'a source needs a line or a table',
  })

export const DocumentSchema = z
  .object({
    id: nonEmpty,
    file: nonEmpty.optional(),
    title: nonEmpty,
    date: isoDate.optional(),
  })
  .strict()

export const PERIOD_KINDS = ['quarter', 'year-end', 'as-at', 'annual', 'month', 'multi-year'] as const
export const PeriodSchema = z
  .object({
    id: nonEmpty,
    label: nonEmpty,
    kind: z.enum(PERIOD_KINDS),
    start: isoDate,
    end: isoDate,
  })
  .strict()
  .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] })

export const SECTION_KINDS = ['general', 'pledge', 'sufficiency', 'health', 'context'] as const
export const SectionSchema = z
  .object({
    id: nonEmpty,
    title: nonEmpty,
    kind: z.enum(SECTION_KINDS),
    pledge: z.number().int().min(1).max(5).optional(),
    pledgeText: nonEmpty.optional(),
    source: SourceRefSchema.optional(),
  })
  .strict()

export const COHORTS = ['cared-for-children', 'care-leavers', 'sufficiency', 'health'] as const
export const POLARITIES = ['high-is-good', 'low-is-good', 'none'] as const
export const UNITS = ['count', 'percent', 'rate-per-10000', 'days', 'gbp-per-week', 'score', 'yes-no', 'text'] as const
export const FREQUENCIES = ['quarterly', 'termly', 'half-termly', 'monthly', 'year-to-date', 'annual', 'as-at'] as const

/** The first period a target applies to; without it, the target applies to every period. */
const targetFrom = { from: nonEmpty.optional() }
export const TargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number(), printed: z.string().optional(), ...targetFrom }).strict(),
  z
    .object({ kind: z.literal('range'), min: z.number(), max: z.number(), printed: z.string().optional(), ...targetFrom })
    .strict()
    .refine((t) => t.min <= t.max, { message: 'range min must not exceed max', path: ['max'] }),
  z.object({ kind: z.literal('text'), text: nonEmpty, ...targetFrom }).strict(),
])

const cellBase = {
  period: nonEmpty,
  /** The cell exactly as printed in the source ("91.0%", "£3561", "Supressed", ""). */
  printed: z.string().optional(),
  source: SourceRefSchema,
  note: nonEmpty.optional(),
}

// Statuses carry no figure. A `number` key on a suppressed cell is stripped by
// zod (objects strip unknown keys), and parseScorecard warns about it, so a
// wrongly included small number can never reach the screen or an export.
const STATUS_KINDS = ['suppressed', 'not-reported', 'not-applicable', 'under-development'] as const

export const ValueCellSchema = z.discriminatedUnion('kind', [
  z.object({
    ...cellBase,
    kind: z.literal('number'),
    number: z.number().refine(Number.isFinite, 'must be a finite number'),
    alternate: z
      .object({ number: z.number(), printed: z.string().optional(), note: nonEmpty.optional() })
      .strict()
      .optional(),
    provisional: z.boolean().optional(),
  }),
  z.object({ ...cellBase, kind: z.literal('yes-no'), answer: z.boolean() }),
  z.object({ ...cellBase, kind: z.literal('text'), text: nonEmpty }),
  z.object({ ...cellBase, kind: z.enum(STATUS_KINDS) }),
])

export const COMPARATOR_KINDS = ['stat-neighbours', 'england', 'north-west', 'other'] as const
export const ComparatorSchema = z
  .object({
    kind: z.enum(COMPARATOR_KINDS),
    label: nonEmpty.optional(),
    /** The period the comparator describes; absent when the source does not say. */
    period: nonEmpty.optional(),
    number: z.number(),
    printed: z.string().optional(),
    source: SourceRefSchema,
  })
  .strict()

export const CommentarySchema = z
  .object({ period: nonEmpty, text: nonEmpty, source: SourceRefSchema })
  .strict()

export const NOTE_KINDS = ['definition', 'data-quality', 'transcription', 'context'] as const
export const IndicatorNoteSchema = z
  .object({
    kind: z.enum(NOTE_KINDS),
    text: nonEmpty,
    /** For definition changes: the first period measured the new way. */
    effectiveFrom: nonEmpty.optional(),
    /** True when values before and after effectiveFrom must not be compared. */
    breaksSeries: z.boolean().optional(),
    source: SourceRefSchema.optional(),
  })
  .strict()

export const ReportedStatusSchema = z
  .object({
    period: nonEmpty,
    /** RAG as printed or stated in the source (e.g. "amber" from a comment). */
    rag: z.enum(['red', 'amber', 'green']).optional(),
    ragRaw: z.string().optional(),
    /** The direction-of-travel cell exactly as printed, garbled glyphs included. */
    directionRaw: z.string().optional(),
    source: SourceRefSchema,
  })
  .strict()

/** Indicator metadata; the array fields are checked item by item in parseScorecard. */
export const IndicatorMetaSchema = z
  .object({
    ref: nonEmpty,
    title: nonEmpty,
    section: nonEmpty,
    cohorts: z.array(z.enum(COHORTS)),
    lead: z.string().optional(),
    infoFrom: z.string().optional(),
    polarity: z.enum(POLARITIES),
    unit: z.enum(UNITS),
    frequency: z.enum(FREQUENCIES),
    target: TargetSchema.optional(),
    /** Amber band: a miss by at most this much (in the indicator's unit) is amber, not red. */
    amberTolerance: z.number().nonnegative().optional(),
    priorities: z.record(z.string(), z.string()).optional(),
    source: SourceRefSchema,
    values: z.array(z.unknown()).default([]),
    comparators: z.array(z.unknown()).default([]),
    commentary: z.array(z.unknown()).default([]),
    notes: z.array(z.unknown()).default([]),
    reported: z.array(z.unknown()).default([]),
  })
  .strict()

/**
 * Extra cells for an indicator defined in another file (earlier points from
 * another document, or a later quarter), merged in when the files are loaded.
 */
export const AdditionMetaSchema = z
  .object({
    ref: nonEmpty,
    values: z.array(z.unknown()).default([]),
    comparators: z.array(z.unknown()).default([]),
    commentary: z.array(z.unknown()).default([]),
    notes: z.array(z.unknown()).default([]),
  })
  .strict()

export const ScorecardEnvelopeSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    authority: nonEmpty,
    title: nonEmpty,
    reportingYear: nonEmpty,
    documents: z.array(DocumentSchema).default([]),
    periods: z.array(PeriodSchema),
    sections: z.array(SectionSchema),
    indicators: z.array(z.unknown()),
    additions: z.array(z.unknown()).default([]),
  })
  .strict()

export type SourceRef = z.infer<typeof SourceRefSchema>
export type SourceDocument = z.infer<typeof DocumentSchema>
export type Period = z.infer<typeof PeriodSchema>
export type PeriodKind = Period['kind']
export type Section = z.infer<typeof SectionSchema>
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

type IndicatorMeta = z.infer<typeof IndicatorMetaSchema>
export type Indicator = Omit<IndicatorMeta, 'values' | 'comparators' | 'commentary' | 'notes' | 'reported'> & {
  values: ValueCell[]
  comparators: Comparator[]
  commentary: Commentary[]
  notes: IndicatorNote[]
  reported: ReportedStatus[]
}

export type Addition = Pick<Indicator, 'ref' | 'values' | 'comparators' | 'commentary' | 'notes'>

export type Scorecard = {
  format: typeof FORMAT_ID
  authority: string
  title: string
  reportingYear: string
  documents: SourceDocument[]
  periods: Period[]
  sections: Section[]
  indicators: Indicator[]
  /** Cells for indicators in other files; empty once files are merged. */
  additions: Addition[]
}
