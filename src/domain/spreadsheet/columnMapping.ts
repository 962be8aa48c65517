// How an officer told the importer to read a layout it did not recognise on
// its own: what each heading means, and which row holds the headings. A
// mapping belongs to a council and a set of headings (its fingerprint), so
// next quarter's file, with one more quarter column in the same spelling,
// finds it again. It can be shared as a small JSON file; whatever is read
// back (from storage or a colleague's file) is checked before it is used.
import { z } from 'zod/mini'
import { PeriodSchema } from '../scorecardSchema'
import { markDuplicates, type HeaderColumn, type HeaderLocation } from './locateHeader'
import { normaliseHeader, type HeaderMatch } from './matchHeader'

export type ColumnRole = HeaderMatch | { field: 'ignore' }
export type ColumnChoice = { heading: string; role: ColumnRole }
export type ColumnMapping = {
  /** The row (1-based) that holds the headings, when the officer chose it. */
  headerRow?: number
  columns: ColumnChoice[]
}

export const MAPPING_FORMAT = 'scorecard-column-mapping/1'
export type MappingFile = {
  format: typeof MAPPING_FORMAT
  council: string
  fingerprint: string
  /** The headings the mapping was made for, to show a colleague what it fits. */
  headings: string[]
  mapping: ColumnMapping
  savedAt: string
}

/** One way to read a column, as the mapping form offers it. */
export type RoleChoice = {
  field: ColumnRole['field']
  label: string
  /** Whether the column's figures need a period: figures always do, comparators may give one. */
  period: 'required' | 'optional' | 'none'
}

export const ROLE_CHOICES: readonly RoleChoice[] = [
  { field: 'ignore', label: 'Ignore this column', period: 'none' },
  { field: 'ref', label: 'Ref (the indicator’s reference, such as G1)', period: 'none' },
  { field: 'indicator', label: 'Indicator (its title)', period: 'none' },
  { field: 'period', label: 'Figures for a period', period: 'required' },
  { field: 'polarity', label: 'Polarity (high or low is good)', period: 'none' },
  { field: 'unit', label: 'Unit (%, number, rate per 10,000…)', period: 'none' },
  { field: 'target', label: 'Target', period: 'none' },
  { field: 'amberTolerance', label: 'Amber tolerance', period: 'none' },
  { field: 'lead', label: 'Lead officer', period: 'none' },
  { field: 'infoFrom', label: 'Source (info available from)', period: 'none' },
  { field: 'cohort', label: 'Cohort', period: 'none' },
  { field: 'frequency', label: 'Frequency', period: 'none' },
  { field: 'statNeighbours', label: 'Statistical neighbours average', period: 'optional' },
  { field: 'national', label: 'England average', period: 'optional' },
  { field: 'region', label: 'Region average', period: 'optional' },
  { field: 'comments', label: 'Comments', period: 'none' },
  { field: 'rag', label: 'RAG as reported', period: 'none' },
  { field: 'direction', label: 'Direction of travel as reported', period: 'none' },
  { field: 'official', label: 'The DfE measure it is (its LAIT code)', period: 'none' },
  { field: 'priority', label: 'A plan priority', period: 'none' },
  { field: 'undated', label: 'Figures, period not known yet', period: 'required' },
]

const ROLE_LABELS = new Map(ROLE_CHOICES.map((c) => [c.field, c.label]))
export const roleLabel = (field: ColumnRole['field']) => ROLE_LABELS.get(field) ?? field

/** The shape of a heading with its figures taken out, so "Q2 2016/17" and "Q3 2016/17" look alike. */
const headingShape = (heading: string) => normaliseHeader(heading).replace(/\d/g, '#')

/**
 * A short stable id for a set of headings: their shapes, each once, in any
 * order. Adding a quarter column in the same spelling keeps the fingerprint.
 */
export function headingsFingerprint(headings: readonly string[]): string {
  const shapes = [...new Set(headings.map(headingShape).filter(Boolean))].sort()
  // FNV-1a, 32 bits: enough to tell one council's few layouts apart.
  let hash = 0x811c9dc5
  for (const char of shapes.join('|')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * The mapping's choice for a heading: the same text first; else, for a heading
 * not recognised on its own, one of the same shape (next quarter's "Outturn
 * Q3" after "Outturn Q2"), unless that choice names a period of its own.
 */
function choiceFor(mapping: ColumnMapping, heading: string, recognised: boolean): ColumnChoice | undefined {
  const text = normaliseHeader(heading)
  const exact = mapping.columns.find((c) => normaliseHeader(c.heading) === text)
  if (exact || recognised) return exact
  const shape = headingShape(heading)
  return mapping.columns.find((c) => headingShape(c.heading) === shape && c.role.field !== 'period' && c.role.field !== 'undated')
}

/** The header read with the officer's choices in place of what was recognised. */
export function applyMapping(location: HeaderLocation, mapping: ColumnMapping | undefined): HeaderLocation {
  if (!mapping) return location
  const columns = location.columns.map((column): Omit<HeaderColumn, 'duplicate'> => {
    const choice = column.header ? choiceFor(mapping, column.header, column.match !== null) : undefined
    if (!choice) return { index: column.index, header: column.header, match: column.match }
    const match = choice.role.field === 'ignore' ? null : choice.role
    return { index: column.index, header: column.header, match, mapped: true }
  })
  return { ...location, columns: markDuplicates(columns) }
}

/** The mapping that reads a header as it is read now: every column's heading and role. */
export function mappingOf(location: HeaderLocation, headerRowChosen: boolean): ColumnMapping {
  return {
    ...(headerRowChosen ? { headerRow: location.rowIndex + 1 } : {}),
    columns: location.columns
      .filter((c) => c.header !== '')
      .map((c) => ({ heading: c.header, role: c.match && !c.duplicate ? c.match : { field: 'ignore' as const } })),
  }
}

// ---- Checking what is read back --------------------------------------------

const text = z.string().check(z.minLength(1), z.maxLength(200))
const RoleSchema = z.union([
  z.strictObject({
    field: z.enum([
      'ignore',
      'ref',
      'infoFrom',
      'lead',
      'indicator',
      'polarity',
      'unit',
      'target',
      'amberTolerance',
      'cohort',
      'frequency',
      'rag',
      'direction',
      'comments',
      'official',
    ]),
  }),
  z.strictObject({
    field: z.enum(['statNeighbours', 'national', 'region']),
    period: z.optional(PeriodSchema),
    region: z.optional(text),
  }),
  z.strictObject({ field: z.literal('period'), period: PeriodSchema }),
  z.strictObject({ field: z.literal('undated'), quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  z.strictObject({ field: z.literal('priority'), key: text }),
])
const MappingSchema = z.strictObject({
  headerRow: z.optional(z.number().check(z.int(), z.positive(), z.lte(1_000_000))),
  columns: z.array(z.strictObject({ heading: text, role: RoleSchema })).check(z.maxLength(2000)),
})
const MappingFileSchema = z.strictObject({
  format: z.literal(MAPPING_FORMAT),
  council: text,
  fingerprint: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  headings: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(2000)),
  mapping: MappingSchema,
  savedAt: z.string().check(z.maxLength(40)),
})

export type MappingRead = { ok: true; file: MappingFile } | { ok: false; problem: string }

/** Checks a mapping file (parsed JSON) before it is used; says what is wrong, never throws. */
export function readMappingFile(data: unknown): MappingRead {
  const parsed = MappingFileSchema.safeParse(data)
  if (parsed.success) return { ok: true, file: parsed.data as MappingFile }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== MAPPING_FORMAT)
    return { ok: false, problem: `This is not a column mapping exported by this app (it needs "format": "${MAPPING_FORMAT}").` }
  const issue = parsed.error.issues[0]
  return {
    ok: false,
    problem: `This column mapping cannot be used: ${issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'it is not in the expected form'}.`,
  }
}

/** A mapping file for a council's headings. */
export function mappingFile(council: string, headings: readonly string[], mapping: ColumnMapping, savedAt: string): MappingFile {
  return { format: MAPPING_FORMAT, council, fingerprint: headingsFingerprint(headings), headings: [...headings], mapping, savedAt }
}
