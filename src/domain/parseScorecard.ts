// Validates a scorecard file and keeps everything that is valid. Each problem
// is reported with the file, the indicator ref and the field, so an officer
// can find and fix it; one bad row never costs the rest of the scorecard.
import type { z } from 'zod/mini'
import { checkCell, describeCellProblem, DROPPED } from './checkCell'
import { parseCommittee } from './parseCommittee'
import { checkSectionKinds, fromOlderSpelling, parseSectionKinds } from './sectionKinds'
import {
  CommentarySchema,
  ComparatorSchema,
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

export type DataIssue = {
  severity: 'error' | 'warning'
  file: string
  /** The indicator's ref, when the problem is inside an indicator. */
  ref?: string
  /** Path to the field, e.g. `values[2].number`. */
  field: string
  message: string
}

export type ParseResult = { scorecard: Scorecard | null; issues: DataIssue[] }

type Report = (issue: Omit<DataIssue, 'file'>) => void

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? String(part) : `.${String(part)}`
  }
  return out || '(file)'
}

function reportZodIssues(report: Report, error: z.core.$ZodError, prefix: string, ref?: string, consequence = '') {
  for (const issue of error.issues) {
    report({ severity: 'error', ref, field: fieldPath(prefix, issue.path), message: `${issue.message}${consequence}` })
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
      issues: [{ severity: 'error', file, field: '(file)', message: `This file is not valid JSON: ${reason}` }],
    }
  }
  return parseScorecard(data, file)
}

/** Validates already-decoded data. Never throws. */
export function parseScorecard(data: unknown, file: string): ParseResult {
  const issues: DataIssue[] = []
  const report: Report = (issue) => issues.push({ file, ...issue })

  const envelope = ScorecardEnvelopeSchema.safeParse(data)
  if (!envelope.success) {
    // Envelope problems inside the item arrays are handled item by item below;
    // anything else (wrong format id, missing authority) means this is not a scorecard.
    reportZodIssues(report, envelope.error, '')
    return { scorecard: null, issues }
  }
  const raw = envelope.data

  const periods = keepValidUnique(raw.periods, PeriodSchema, 'periods', (p) => p.id, report)
  const sections = keepValidUnique(raw.sections, SectionSchema, 'sections', (s) => s.id, report).map((s, i) =>
    fromOlderSpelling(s, i, report),
  )
  const sectionKinds = parseSectionKinds(raw.sectionKinds, report)
  checkSectionKinds(sections, sectionKinds, report)
  const periodIds = new Set(periods.map((p) => p.id))
  const sectionIds = new Set(sections.map((s) => s.id))
  const committee = parseCommittee(raw.committee, { sectionIds, periodIds, documentIds: new Set(raw.documents.map((d) => d.id)) }, report)

  const indicators: Indicator[] = []
  const seenRefs = new Set<string>()
  raw.indicators.forEach((item, index) => {
    const indicator = parseIndicator(item, index, { periodIds, sectionIds }, report)
    if (!indicator) return
    if (seenRefs.has(indicator.ref)) {
      report({
        severity: 'error',
        ref: indicator.ref,
        field: `indicators[${index}].ref`,
        message: `The ref ${indicator.ref} is used by an earlier indicator; this one was not loaded.`,
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
      documents: raw.documents,
      periods,
      sections,
      ...(sectionKinds ? { sectionKinds } : {}),
      ...(committee ? { committee } : {}),
      indicators,
      additions: raw.additions.flatMap((item, index) => parseAddition(item, index, { periodIds, sectionIds }, report) ?? []),
    },
    issues,
  }
}

function keepValidUnique<S extends z.ZodMiniType>(
  items: unknown[],
  schema: S,
  name: string,
  idOf: (item: z.infer<S>) => string,
  report: Report,
): z.infer<S>[] {
  const kept: z.infer<S>[] = []
  const seen = new Set<string>()
  items.forEach((item, index) => {
    const result = schema.safeParse(item)
    if (!result.success) return reportZodIssues(report, result.error, `${name}[${index}]`)
    const id = idOf(result.data)
    if (seen.has(id)) {
      report({ severity: 'error', field: `${name}[${index}].id`, message: `The id "${id}" is used twice; the second was ignored.` })
      return
    }
    seen.add(id)
    kept.push(result.data)
  })
  return kept
}

type Known = { periodIds: Set<string>; sectionIds: Set<string> }

function parseIndicator(item: unknown, index: number, known: Known, report: Report): Indicator | null {
  const label = refLabel(item, `indicator #${index + 1}`)
  const meta = IndicatorMetaSchema.safeParse(item)
  if (!meta.success) {
    reportZodIssues(report, meta.error, '', label, '. This indicator was not loaded.')
    return null
  }
  const m = meta.data
  if (!known.sectionIds.has(m.section)) {
    report({ severity: 'error', ref: m.ref, field: 'section', message: `Unknown section "${m.section}"; this indicator was not loaded.` })
    return null
  }
  let target = m.target
  if (target?.from !== undefined && !known.periodIds.has(target.from)) {
    report({ severity: 'error', ref: m.ref, field: 'target.from', message: `Unknown period "${target.from}"; the target was ignored.` })
    target = undefined
  }
  let official: OfficialLink | undefined
  if (m.official !== undefined) {
    const link = OfficialLinkSchema.safeParse(m.official)
    if (link.success) official = link.data
    else reportZodIssues(report, link.error, 'official', m.ref, '. The link to the official measure was ignored.')
  }
  const { target: _dropped, official: _link, ...rest } = m
  return { ...rest, ...(target ? { target } : {}), ...(official ? { official } : {}), ...parseItems(m, m.ref, m.unit, known, report) }
}

function parseAddition(item: unknown, index: number, known: Known, report: Report): Addition | null {
  const label = refLabel(item, `addition #${index + 1}`)
  const meta = AdditionMetaSchema.safeParse(item)
  if (!meta.success) {
    reportZodIssues(report, meta.error, `additions[${index}]`, label)
    return null
  }
  // The unit is checked when the addition meets its indicator (mergeScorecards).
  const { values, comparators, commentary, notes } = parseItems({ ...meta.data, reported: [] }, meta.data.ref, undefined, known, report)
  return { ref: meta.data.ref, values, comparators, commentary, notes }
}

function refLabel(item: unknown, fallback: string): string {
  const rawRef = (item as { ref?: unknown } | null)?.ref
  return typeof rawRef === 'string' && rawRef.trim() ? rawRef.trim() : fallback
}

type RawItems = { values: unknown[]; comparators: unknown[]; commentary: unknown[]; notes: unknown[]; reported: unknown[] }

/** Validates an indicator's cells, comparators, comments, notes and reported statuses one by one. */
function parseItems(raw: RawItems, ref: string, unit: Unit | undefined, known: Known, report: Report) {
  const periodKnown = (field: string, period: string | undefined) => {
    if (period === undefined || known.periodIds.has(period)) return true
    report({ severity: 'error', ref, field, message: `Unknown period "${period}"; this entry was ignored.` })
    return false
  }

  const values: ValueCell[] = []
  const cellPeriods = new Set<string>()
  raw.values.forEach((rawCell, i) => {
    const field = `values[${i}]`
    const parsed = ValueCellSchema.safeParse(rawCell)
    if (!parsed.success) return reportZodIssues(report, parsed.error, field, ref)
    const cell = parsed.data
    if (!periodKnown(`${field}.period`, cell.period)) return
    if (cellPeriods.has(cell.period)) {
      report({ severity: 'error', ref, field: `${field}.period`, message: `A second value for period "${cell.period}" was ignored.` })
      return
    }
    const problem = checkCell(cell, unit, rawCell)
    if (problem)
      report({ severity: problem.severity, ref, field: `${field}.${problem.field}`, message: describeCellProblem(problem, DROPPED) })
    if (problem?.severity === 'error') return
    cellPeriods.add(cell.period)
    values.push(cell)
  })

  const keep = <S extends z.ZodMiniType>(list: unknown[], schema: S, name: string, periodOf: (x: z.infer<S>) => string | undefined) => {
    const kept: z.infer<S>[] = []
    list.forEach((rawItem, i) => {
      const parsed = schema.safeParse(rawItem)
      if (!parsed.success) return reportZodIssues(report, parsed.error, `${name}[${i}]`, ref)
      if (periodKnown(`${name}[${i}].period`, periodOf(parsed.data))) kept.push(parsed.data)
    })
    return kept
  }

  return {
    values,
    comparators: keep(raw.comparators, ComparatorSchema, 'comparators', (c) => c.period),
    commentary: keep(raw.commentary, CommentarySchema, 'commentary', (c) => c.period),
    notes: keep(raw.notes, IndicatorNoteSchema, 'notes', (n) => n.effectiveFrom),
    reported: keep(raw.reported, ReportedStatusSchema, 'reported', (r) => r.period),
  }
}
