// Validates a scorecard file and keeps everything that is valid. Each problem
// is reported with the file, the indicator ref (or the list) and the field,
// so an officer can find and fix it; one bad entry never costs the rest of the
// scorecard: periods, sections, documents, indicators and each indicator's
// cells are checked one by one, and a bad one is left out on its own.
import type { z } from 'zod/mini'
import { checkCell, describeCellProblem, DROPPED } from './checkCell'
import { describeSchemaIssues } from './describeSchemaIssue'
import { parseCommittee } from './parseCommittee'
import { fastComparator, fastCommentary, fastIndicatorMeta, fastValueCell } from './schemaFastPath'
import { checkSectionKinds, fromOlderSpelling, parseSectionKinds } from './sectionKinds'
import {
  CELL_KEYS,
  CommentarySchema,
  ComparatorSchema,
  DocumentSchema,
  IndicatorMetaSchema,
  IndicatorNoteSchema,
  OfficialLinkSchema,
  PeriodSchema,
  ReportedStatusSchema,
  ScorecardEnvelopeSchema,
  SectionSchema,
  ValueCellSchema,
  AdditionMetaSchema,
  type Addition,
  type Indicator,
  type OfficialLink,
  type Scorecard,
  type Unit,
  type ValueCell,
} from './scorecardSchema'

/** What a problem left out of what is shown, so a notice can count it. */
export const LEFT_OUT_KINDS = [
  'file',
  'saved version',
  'period',
  'section',
  'document',
  'committee',
  'meeting',
  'meeting link',
  'indicator',
  'addition',
  'target',
  'official link',
  'value',
  'comparator',
  'comment',
  'note',
  'reported status',
] as const
export type LeftOutKind = (typeof LEFT_OUT_KINDS)[number]

export type DataIssue = {
  severity: 'error' | 'warning'
  file: string
  /** The indicator's ref, when the problem is inside an indicator. */
  ref?: string
  /** Path to the field, e.g. `values[2].number`, or `periods[3].label` for an entry of a file's list. */
  field: string
  message: string
  /**
   * What this problem left out, on every issue about it: `item` says which
   * (`periods[3]`, `indicators[5].values[2]`), so several issues about one
   * thing count it once. An error without it still left something out.
   */
  leftOut?: { kind: LeftOutKind; item: string }
}

export type ParseResult = { scorecard: Scorecard | null; issues: DataIssue[] }

type Report = (issue: Omit<DataIssue, 'file'>) => void

function fieldPath(prefix: string, path: readonly PropertyKey[], whole: string): string {
  let out = prefix
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`
  }
  return out || whole
}

type Place = {
  /** Put before each field's path: '' inside an indicator (its ref is named), `additions[2].` or `periods[3].` otherwise. */
  prefix: string
  /** The field named when the whole item is wrong (not an object): `indicators[5]`, `periods[3]`. */
  whole: string
  ref?: string
  leftOut?: DataIssue['leftOut']
}

/** Each schema issue of a parse of `input` at `place`, followed by `consequence` ("This indicator was not loaded."). */
function reportSchemaIssues(report: Report, error: z.core.$ZodError, input: unknown, place: Place, consequence = '') {
  for (const problem of describeSchemaIssues(error, input)) {
    report({
      severity: 'error',
      ...(place.ref !== undefined ? { ref: place.ref } : {}),
      field: fieldPath(place.prefix, problem.path, place.whole),
      message: consequence ? `${problem.message} ${consequence}` : problem.message,
      ...(place.leftOut ? { leftOut: place.leftOut } : {}),
    })
  }
}

/** Parses the text of a scorecard file (JSON). */
export function parseScorecardJson(text: string, file: string): ParseResult {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      scorecard: null,
      issues: [
        {
          severity: 'error',
          file,
          field: '(file)',
          message: `This file is not valid JSON: ${reason}`,
          leftOut: { kind: 'file', item: '(file)' },
        },
      ],
    }
  }
  return parseScorecard(data, file)
}

const WHOLE_FILE: Place = { prefix: '', whole: '(file)', leftOut: { kind: 'file', item: '(file)' } }
const ENVELOPE_KEYS = [
  'format',
  'authority',
  'title',
  'reportingYear',
  'documents',
  'periods',
  'sections',
  'sectionKinds',
  'committee',
  'indicators',
  'additions',
]

/** Validates already-decoded data. Never throws. */
export function parseScorecard(data: unknown, file: string): ParseResult {
  const issues: DataIssue[] = []
  const report: Report = (issue) => issues.push({ file, ...issue })

  const envelope = ScorecardEnvelopeSchema.safeParse(data)
  if (!envelope.success) {
    // The lists' entries are checked one by one below; anything wrong here
    // (wrong format id, no authority, a list that is not a list) means this is not a scorecard.
    reportSchemaIssues(report, envelope.error, data, WHOLE_FILE, 'This file was not loaded.')
    return { scorecard: null, issues }
  }
  const raw = envelope.data
  for (const key of Object.keys(data as object)) {
    if (!ENVELOPE_KEYS.includes(key)) {
      report({
        severity: 'warning',
        field: key,
        message: `Unknown key "${key}" at the top of the file: the format has no such field, so it was ignored.`,
      })
    }
  }

  const dropped: Dropped = { periods: new Map(), sections: new Map() }
  const periods = keepValidUnique(raw.periods, PeriodSchema, 'periods', 'period', dropped.periods, report)
  const sections = keepValidUnique(raw.sections, SectionSchema, 'sections', 'section', dropped.sections, report).map((s, i) =>
    fromOlderSpelling(s, i, report),
  )
  const documents = keepValidUnique(raw.documents, DocumentSchema, 'documents', 'document', new Map(), report)
  const known: Known = { periodIds: new Set(periods.map((p) => p.id)), sectionIds: new Set(sections.map((s) => s.id)), dropped }
  const sectionKinds = parseSectionKinds(raw.sectionKinds, report)
  checkSectionKinds(sections, sectionKinds, report)
  const committee = parseCommittee(
    raw.committee,
    { sectionIds: known.sectionIds, periodIds: known.periodIds, documentIds: new Set(documents.map((d) => d.id)) },
    report,
  )

  const indicators: Indicator[] = []
  const seenRefs = new Set<string>()
  raw.indicators.forEach((item, index) => {
    const indicator = parseIndicator(item, index, known, report)
    if (!indicator) return
    if (seenRefs.has(indicator.ref)) {
      report({
        severity: 'error',
        ref: indicator.ref,
        field: `indicators[${index}].ref`,
        message: `The ref ${indicator.ref} is used by an earlier indicator; this one was not loaded.`,
        leftOut: { kind: 'indicator', item: `indicators[${index}]` },
      })
      return
    }
    seenRefs.add(indicator.ref)
    indicators.push(indicator)
  })

  return {
    scorecard: {
      format: raw.format,
      authority: raw.authority,
      title: raw.title,
      reportingYear: raw.reportingYear,
      documents,
      periods,
      sections,
      ...(sectionKinds ? { sectionKinds } : {}),
      ...(committee ? { committee } : {}),
      indicators,
      additions: raw.additions.flatMap((item, index) => parseAddition(item, index, known, report) ?? []),
    },
    issues,
  }
}

/** Ids of list entries that were left out, with where they were: what refers to them is told why it is left out too. */
type Dropped = { periods: Map<string, string>; sections: Map<string, string> }

const LIST_ENTRY_LEFT_OUT: Record<'period' | 'section' | 'document', string> = {
  period: 'This period was not loaded, nor any figure, comment or target for it; correct it in the file.',
  section: 'This section was not loaded; its indicators are shown under its id. Correct it in the file.',
  document: 'This document was not loaded; figures sourced to it still show, without its title. Correct it in the file.',
}

function keepValidUnique<S extends z.ZodMiniType<{ id: string }>>(
  items: readonly unknown[],
  schema: S,
  list: string,
  kind: 'period' | 'section' | 'document',
  dropped: Map<string, string>,
  report: Report,
): z.infer<S>[] {
  const kept: z.infer<S>[] = []
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const at = `${list}[${index}]`
    const place: Place = { prefix: at, whole: at, leftOut: { kind, item: at } }
    const result = schema.safeParse(item)
    if (!result.success) {
      reportSchemaIssues(report, result.error, item, place, LIST_ENTRY_LEFT_OUT[kind])
      const id = (item as { id?: unknown } | null)?.id
      if (typeof id === 'string' && !dropped.has(id)) dropped.set(id, at)
      return
    }
    const { id } = result.data
    if (seen.has(id)) {
      report({
        severity: 'error',
        field: `${at}.id`,
        message: `The id "${id}" is used twice; the second was ignored.`,
        leftOut: place.leftOut,
      })
      return
    }
    seen.add(id)
    kept.push(result.data)
  })
  // An id first dropped and then declared validly is known after all.
  for (const id of seen) dropped.delete(id)
  return kept
}

type Known = { periodIds: ReadonlySet<string>; sectionIds: ReadonlySet<string>; dropped: Dropped }

function parseIndicator(item: unknown, index: number, known: Known, report: Report): Indicator | null {
  const label = refLabel(item, `indicator #${index + 1}`)
  const where = `indicators[${index}]`
  // The fast path returns what zod would; zod runs whenever it is unsure, and words every problem.
  const fast = fastIndicatorMeta(item) as z.infer<typeof IndicatorMetaSchema> | undefined
  const meta = fast ? ({ success: true, data: fast } as const) : IndicatorMetaSchema.safeParse(item)
  if (!meta.success) {
    const place: Place = { prefix: '', whole: where, ref: label, leftOut: { kind: 'indicator', item: where } }
    reportSchemaIssues(report, meta.error, item, place, 'This indicator was not loaded.')
    return null
  }
  const m = meta.data
  const rawPriorities = (item as { priorities?: unknown }).priorities
  if (typeof rawPriorities === 'object' && rawPriorities !== null && Object.hasOwn(rawPriorities, '__proto__')) {
    // zod builds the record by assignment, where "__proto__" sets the prototype: said, not lost in silence.
    report({
      severity: 'warning',
      ref: m.ref,
      field: 'priorities.__proto__',
      message: 'A priority named "__proto__" cannot be kept (every object has a prototype of that name), so it was ignored; rename it.',
    })
  }
  if (!known.sectionIds.has(m.section)) {
    // The indicator itself is valid, so it is kept: every view groups an
    // undeclared section under its id (groupBySection), so nothing hides it.
    const droppedAt = known.dropped.sections.get(m.section)
    report({
      severity: 'warning',
      ref: m.ref,
      field: 'section',
      message: droppedAt
        ? `Section "${m.section}" was not loaded (${droppedAt} has a problem); this indicator is shown under the heading "${m.section}" until it is fixed.`
        : `Unknown section "${m.section}": no section in this file has that id, so this indicator is shown under the heading "${m.section}". Check the spelling, or add the section.`,
    })
  }
  let target = m.target
  if (target?.from !== undefined && !known.periodIds.has(target.from)) {
    report({
      severity: 'error',
      ref: m.ref,
      field: 'target.from',
      message: `${periodProblem(target.from, known)}; the target was ignored.`,
      leftOut: { kind: 'target', item: `${where}.target` },
    })
    target = undefined
  }
  let official: OfficialLink | undefined
  if (m.official !== undefined) {
    const link = OfficialLinkSchema.safeParse(m.official)
    if (link.success) official = link.data
    else
      reportSchemaIssues(
        report,
        link.error,
        m.official,
        { prefix: 'official', whole: 'official', ref: m.ref, leftOut: { kind: 'official link', item: `${where}.official` } },
        'The link to the official measure was ignored.',
      )
  }
  const { target: _dropped, official: _link, ...rest } = m
  return {
    ...rest,
    ...(target ? { target } : {}),
    ...(official ? { official } : {}),
    ...parseItems(m, { prefix: '', where, ref: m.ref }, m.unit, known, report).items,
  }
}

function parseAddition(item: unknown, index: number, known: Known, report: Report): Addition | null {
  const label = refLabel(item, `addition #${index + 1}`)
  const where = `additions[${index}]`
  const meta = AdditionMetaSchema.safeParse(item)
  if (!meta.success) {
    const place: Place = { prefix: where, whole: where, ref: label, leftOut: { kind: 'addition', item: where } }
    reportSchemaIssues(report, meta.error, item, place, 'This addition was not loaded.')
    return null
  }
  // The unit is checked when the addition meets its indicator (mergeScorecards).
  const { items, valueIndexes } = parseItems(
    { ...meta.data, reported: [] },
    { prefix: `${where}.`, where, ref: meta.data.ref },
    undefined,
    known,
    report,
  )
  const { values, comparators, commentary, notes } = items
  return { ref: meta.data.ref, values, comparators, commentary, notes, at: { index, values: valueIndexes } }
}

function refLabel(item: unknown, fallback: string): string {
  const rawRef = (item as { ref?: unknown } | null)?.ref
  return typeof rawRef === 'string' && rawRef.trim() ? rawRef.trim() : fallback
}

/** Why a period id is not known: its entry had a problem, or no period has it. */
function periodProblem(period: string, known: Known): string {
  const droppedAt = known.dropped.periods.get(period)
  return droppedAt ? `Period "${period}" was not loaded (${droppedAt} has a problem)` : `Unknown period "${period}"`
}

type RawItems = { values: unknown[]; comparators: unknown[]; commentary: unknown[]; notes: unknown[]; reported: unknown[] }

/** Where an indicator's (or an addition's) items are: `prefix` before each field, `where` the item in the file. */
type ItemsPlace = { prefix: string; where: string; ref: string }

/** Validates an indicator's cells, comparators, comments, notes and reported statuses one by one. */
function parseItems(raw: RawItems, place: ItemsPlace, unit: Unit | undefined, known: Known, report: Report) {
  const { prefix, where, ref } = place
  const periodKnown = (field: string, period: string | undefined, leftOut: DataIssue['leftOut']) => {
    if (period === undefined || known.periodIds.has(period)) return true
    report({
      severity: 'error',
      ref,
      field: `${prefix}${field}`,
      message: `${periodProblem(period, known)}; this entry was ignored.`,
      leftOut,
    })
    return false
  }

  const values: ValueCell[] = []
  const valueIndexes: number[] = []
  const cellPeriods = new Set<string>()
  raw.values.forEach((rawCell, i) => {
    // A cell the fast path accepts has no key that zod would strip, so none to report.
    const fastCell = fastValueCell(rawCell)
    // Most cells have no problem: keep them before building the words for one.
    if (fastCell && known.periodIds.has(fastCell.period) && !cellPeriods.has(fastCell.period) && !checkCell(fastCell, unit, rawCell)) {
      cellPeriods.add(fastCell.period)
      values.push(fastCell)
      valueIndexes.push(i)
      return
    }
    const field = `values[${i}]`
    const leftOut = { kind: 'value' as const, item: `${where}.${field}` }
    const parsed = fastCell ? ({ success: true, data: fastCell } as const) : ValueCellSchema.safeParse(rawCell)
    if (!parsed.success) {
      return reportSchemaIssues(report, parsed.error, rawCell, { prefix: `${prefix}${field}`, whole: `${prefix}${field}`, ref, leftOut })
    }
    const cell = parsed.data
    if (!periodKnown(`${field}.period`, cell.period, leftOut)) return
    if (cellPeriods.has(cell.period)) {
      report({
        severity: 'error',
        ref,
        field: `${prefix}${field}.period`,
        message: `A second value for period "${cell.period}" was ignored.`,
        leftOut,
      })
      return
    }
    const problem = checkCell(cell, unit, rawCell)
    if (problem) {
      report({
        severity: problem.severity,
        ref,
        field: `${prefix}${field}.${problem.field}`,
        message: describeCellProblem(problem, DROPPED),
        ...(problem.severity === 'error' ? { leftOut } : {}),
      })
    }
    if (problem?.severity === 'error') return
    if (!fastCell) reportStrippedKeys(rawCell, cell, problem?.code === 'suppressed-with-number', `${prefix}${field}`, ref, report)
    cellPeriods.add(cell.period)
    values.push(cell)
    valueIndexes.push(i)
  })

  const keep = <S extends z.ZodMiniType>(
    list: unknown[],
    schema: S,
    name: string,
    kind: LeftOutKind,
    periodOf: (x: z.infer<S>) => string | undefined,
    fastPath?: (x: unknown) => z.infer<S> | undefined,
  ) => {
    const kept: z.infer<S>[] = []
    list.forEach((rawItem, i) => {
      const field = `${prefix}${name}[${i}]`
      const leftOut = { kind, item: `${where}.${name}[${i}]` }
      const fastItem = fastPath?.(rawItem)
      const parsed = fastItem ? ({ success: true, data: fastItem } as const) : schema.safeParse(rawItem)
      if (!parsed.success) return reportSchemaIssues(report, parsed.error, rawItem, { prefix: field, whole: field, ref, leftOut })
      if (periodKnown(`${name}[${i}].period`, periodOf(parsed.data), leftOut)) kept.push(parsed.data)
    })
    return kept
  }

  return {
    items: {
      values,
      comparators: keep(raw.comparators, ComparatorSchema, 'comparators', 'comparator', (c) => c.period, fastComparator),
      commentary: keep(raw.commentary, CommentarySchema, 'commentary', 'comment', (c) => c.period, fastCommentary),
      notes: keep(raw.notes, IndicatorNoteSchema, 'notes', 'note', (n) => n.effectiveFrom),
      reported: keep(raw.reported, ReportedStatusSchema, 'reported', 'reported status', (r) => r.period),
    },
    valueIndexes,
  }
}

/**
 * A cell keeps only the keys its kind has; any other key in the file is said,
 * not dropped in silence: a figure on a status, text on a yes/no answer, a
 * misspelt `provisional`. The number on a suppressed cell has its own warning.
 */
function reportStrippedKeys(rawCell: unknown, cell: ValueCell, numberTold: boolean, field: string, ref: string, report: Report) {
  if (typeof rawCell !== 'object' || rawCell === null) return
  for (const key of Object.keys(rawCell)) {
    if (Object.hasOwn(cell, key) || (key === 'number' && numberTold)) continue
    report({
      severity: 'warning',
      ref,
      field: `${field}.${key}`,
      message: CELL_KEYS.has(key)
        ? `A ${cell.kind} value has no "${key}", so it was ignored: check the cell's kind.`
        : `Unknown key "${key}": cells have no such field, so it was ignored (check its spelling).`,
    })
  }
}
