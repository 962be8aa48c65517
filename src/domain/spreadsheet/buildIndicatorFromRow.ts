// One paper-layout row as an indicator. With a current indicator of the same
// ref, only what the row changes is replaced: a cell that reads the same keeps
// its original source, and a blank never removes anything (the paper cannot
// say "delete"). Everything the paper cannot carry (unit, cohorts, notes,
// history) is kept from the current indicator.
import { isFigure } from '../cellKinds'
import { readPrintedArrow } from '../computeDirection'
import { formatCell } from '../formatValue'
import { checkTypedCell, describeCellProblem, type ProblemContext } from '../checkCell'
import { parseFigure, parsePrintedTarget } from '../parsePrintedValue'
import { comparePeriods } from '../periods'
import type {
  Commentary,
  Comparator,
  Indicator,
  Period,
  ReportedStatus,
  Section,
  SourceRef,
  Target,
  Unit,
  ValueCell,
} from '../scorecardSchema'
import { capitalise, POLARITY_WORDS, UNIT_WORDS } from '../wording'
import type { ImportEntry } from './importEntries'
import { inferCohorts, inferFrequency, inferUnit } from './inferIndicatorMeta'
import { isColumnComparator } from './matchHeader'
import { paperComparatorText, paperTargetText, sameCell, sameText } from './paperText'
import { readPolarityText, readRagText, readTypedCell } from './readTypedCell'
import type { CellRead, IndicatorRow } from './readPaperRows'

export type RowContext = {
  row: IndicatorRow
  current: Indicator | undefined
  section: Section
  /** The period the RAG, direction and comments columns describe. */
  reportPeriod: Period | undefined
  source: (column: string) => SourceRef
  fileName: string
}

const isBlank = (text: string | undefined) => (text ?? '').trim() === ''

/** Builds the indicator for a row, or null when the row cannot be used. Adds its report entries. */
export function buildIndicatorFromRow(context: RowContext, entries: ImportEntry[]): Indicator | null {
  const { row, current, section, source } = context
  const note = (status: ImportEntry['status'], cell: CellRead | { header: string; text?: string }, message: string) =>
    entries.push({
      status,
      row: row.rowNumber,
      ref: row.ref,
      column: cell.header,
      ...(cell.text !== undefined && cell.text !== '' ? { text: cell.text } : {}),
      message,
    })

  // Title: required for a new indicator.
  const titleCell = row.fields.indicator
  let title: string
  if (!titleCell || isBlank(titleCell.text)) {
    if (!current) {
      note('problem', titleCell ?? { header: '(row)' }, 'A new indicator needs a title in the Indicator column; the row was ignored.')
      return null
    }
    title = current.title
    if (titleCell) note('understood', titleCell, 'Blank: the current title is kept.')
  } else if (current && sameText(current.title, titleCell.text)) {
    title = current.title
    note('understood', titleCell, 'Title unchanged.')
  } else {
    title = titleCell.text
    note('understood', titleCell, current ? `Title changed from "${current.title}".` : 'Read as the title.')
  }

  // Unit: the current indicator's, else read from the title and figures.
  const typedTexts = [...row.periods.map((p) => p.cell.text), row.fields.target?.text ?? '']
  const unit: Unit = current?.unit ?? inferUnit(title, typedTexts)
  const frequency = current?.frequency ?? inferFrequency(title)
  const cohorts = current?.cohorts ?? inferCohorts(title, section.kind)
  if (!current) {
    note(
      'understood',
      { header: '(row)' },
      `New indicator. Assumed from its title and figures: ${UNIT_WORDS[unit].inSentence}, ${frequency.replace(/-/g, ' ')}, for ${cohorts.join(', ').replace(/-/g, ' ')}. The paper layout does not say; check these if they matter.`,
    )
  }
  if (current && current.section !== section.id) note('understood', { header: '(row)' }, `Moved to the section "${section.title}".`)

  // In the paper's column order, so the report reads across the row.
  const infoFrom = readTextField(row.fields.infoFrom, current?.infoFrom, '"Info available from"', note)
  const lead = readTextField(row.fields.lead, current?.lead, 'lead officer', note)
  const polarity = readPolarityField(row, current, note)
  const comparators = readComparators(row, current, unit, source, note)
  const target = readTargetField(row, current, unit, note)
  const values = readValues(context, unit, note)
  const { commentary, reported } = readReportColumns(context, note)
  const priorities = readPriorities(row, current, note)

  const indicator: Indicator = {
    ref: current?.ref ?? row.ref,
    title,
    section: section.id,
    cohorts,
    ...(lead !== undefined ? { lead } : {}),
    ...(infoFrom !== undefined ? { infoFrom } : {}),
    polarity,
    unit,
    frequency,
    ...(target ? { target } : {}),
    ...(current?.amberTolerance !== undefined ? { amberTolerance: current.amberTolerance } : {}),
    ...(priorities ? { priorities } : {}),
    // The paper layout has no column for it: a row never removes the link to the official measure.
    ...(current?.official ? { official: current.official } : {}),
    source: current?.source ?? source(''),
    values,
    comparators,
    commentary,
    notes: current?.notes ?? [
      {
        kind: 'transcription',
        text: `Added from ${context.fileName}, row ${row.rowNumber}. Unit, frequency and cohorts were assumed from the title and figures.`,
      },
    ],
    reported,
  }
  return indicator
}

type Note = (status: ImportEntry['status'], cell: CellRead | { header: string; text?: string }, message: string) => void

function readTextField(cell: CellRead | undefined, current: string | undefined, what: string, note: Note): string | undefined {
  if (!cell) return current
  if (isBlank(cell.text)) {
    if (current !== undefined && current.trim() !== '') note('understood', cell, `Blank: the current ${what} "${current}" is kept.`)
    return current
  }
  if (current !== undefined && sameText(current, cell.text)) {
    note('understood', cell, `${capitalise(what)} unchanged.`)
    return current
  }
  note('understood', cell, current ? `${capitalise(what)} changed from "${current}".` : `Read as the ${what}.`)
  return cell.text
}

function readPolarityField(row: IndicatorRow, current: Indicator | undefined, note: Note): Indicator['polarity'] {
  const cell = row.fields.polarity
  if (!cell) return current?.polarity ?? 'none'
  const read = readPolarityText(cell.text)
  if (read === undefined) {
    note(
      'problem',
      cell,
      `"${cell.text.trim()}" is not a polarity (High is Good, Low is Good or blank); ${current ? 'the current polarity is kept' : 'no polarity was set, so no RAG is computed'}.`,
    )
    return current?.polarity ?? 'none'
  }
  if (read === 'none' && current && current.polarity !== 'none') {
    note(
      'warning',
      cell,
      `Blank: the current polarity "${POLARITY_WORDS[current.polarity].paper}" is kept. A blank never removes anything.`,
    )
    return current.polarity
  }
  if (current && current.polarity !== read)
    note(
      'understood',
      cell,
      `Polarity changed from "${POLARITY_WORDS[current.polarity].paper || 'none'}" to "${POLARITY_WORDS[read].paper || 'none'}".`,
    )
  else if (!current && read !== 'none') note('understood', cell, `Read as ${POLARITY_WORDS[read].paper}.`)
  return read
}

function readTargetField(row: IndicatorRow, current: Indicator | undefined, unit: Unit, note: Note): Target | undefined {
  const cell = row.fields.target
  const currentTarget = current?.target
  if (!cell) return currentTarget
  const read = parsePrintedTarget(cell.text)
  if (read.kind === 'none') {
    if (currentTarget)
      note('warning', cell, `Blank: the current target ${paperTargetText(currentTarget, unit)} is kept. A blank never removes anything.`)
    return currentTarget
  }
  if (currentTarget && sameText(paperTargetText(currentTarget, unit), cell.text)) {
    note('understood', cell, 'Target unchanged.')
    return currentTarget
  }
  const target: Target =
    read.kind === 'number'
      ? { kind: 'number', value: read.value, printed: cell.text }
      : read.kind === 'range'
        ? { kind: 'range', min: read.min, max: read.max, printed: cell.text }
        : { kind: 'text', text: cell.text }
  const reading =
    target.kind === 'number'
      ? `a target of ${target.value}`
      : target.kind === 'range'
        ? `a target range ${target.min} to ${target.max}`
        : 'a target in words (no RAG is computed against it)'
  note(
    'understood',
    cell,
    currentTarget ? `Target changed from ${paperTargetText(currentTarget, unit)}; read as ${reading}.` : `Read as ${reading}.`,
  )
  return target
}

function readValues(context: RowContext, unit: Unit, note: Note): ValueCell[] {
  const { row, current, reportPeriod, source } = context
  const values = [...(current?.values ?? [])]
  for (const { period, cell } of row.periods) {
    const at = values.findIndex((v) => v.period === period.id)
    const existing = at >= 0 ? values[at] : undefined
    if (isBlank(cell.text)) {
      if (existing) {
        if (isFigure(existing)) {
          note(
            'warning',
            cell,
            `Blank: the current ${period.label} figure ${formatCell(existing, unit)} is kept. A blank never removes a figure.`,
          )
        }
      } else if (!current && reportPeriod && comparePeriods(period, reportPeriod) <= 0) {
        // The paper's convention: a blank in a column that was reported means "not reported".
        values.push({ period: period.id, kind: 'not-reported', printed: cell.text, source: source(cell.header) })
        note('understood', cell, `Blank: ${period.label} not reported.`)
      }
      continue
    }
    const candidate: ValueCell = { ...readTypedCell(cell.text), period: period.id, source: source(cell.header) }
    if (existing && sameCell(existing, candidate, unit)) {
      note('understood', cell, `${period.label}: ${formatCell(existing, unit)}, unchanged.`)
      continue
    }
    const problems = checkTypedCell(cell.text, candidate, unit)
    const context: ProblemContext = { kind: 'import', current: existing ? formatCell(existing, unit) : undefined }
    const error = problems.find((p) => p.severity === 'error')
    if (error) {
      note('problem', cell, describeCellProblem(error, context))
      continue
    }
    for (const problem of problems) note('warning', cell, describeCellProblem(problem, context))
    const shown = formatCell(candidate, unit)
    note('understood', cell, existing ? `${period.label}: ${formatCell(existing, unit)} → ${shown}.` : `${period.label}: ${shown}.`)
    if (at >= 0) values[at] = candidate
    else values.push(candidate)
  }
  return values
}

const COMPARATOR_COLUMNS = [
  { field: 'statNeighbours', kind: 'stat-neighbours', words: 'statistical neighbours average' },
  { field: 'national', kind: 'england', words: 'national average' },
] as const

function readComparators(
  row: IndicatorRow,
  current: Indicator | undefined,
  unit: Unit,
  source: RowContext['source'],
  note: Note,
): Comparator[] {
  let comparators = [...(current?.comparators ?? [])]
  for (const { field, kind, words } of COMPARATOR_COLUMNS) {
    const cell = row.fields[field]
    if (!cell) continue
    // Only comparators printed in this column are replaced; ones taken from comments stay.
    const fromColumn = (c: Comparator) => isColumnComparator(c, kind, field)
    const inColumn = comparators.filter(fromColumn)
    if (isBlank(cell.text)) {
      if (inColumn.length > 0)
        note(
          'warning',
          cell,
          `Blank: the current ${words} ${paperComparatorText(inColumn[0]!, unit)} is kept. A blank never removes anything.`,
        )
      continue
    }
    const figure = parseFigure(cell.text)
    if (!figure) {
      note('warning', cell, `"${cell.text.trim()}" is not a figure, so it was ignored as the ${words}.`)
      continue
    }
    if (inColumn.some((c) => c.number === figure.number && sameText(paperComparatorText(c, unit), cell.text))) {
      note('understood', cell, `${capitalise(words)} unchanged.`)
      continue
    }
    comparators = [
      ...comparators.filter((c) => !fromColumn(c)),
      { kind, number: figure.number, printed: cell.text, source: source(cell.header) },
    ]
    note(
      'understood',
      cell,
      inColumn.length > 0
        ? `${capitalise(words)} changed from ${paperComparatorText(inColumn[0]!, unit)} to ${figure.number}.`
        : `Read as the ${words}: ${figure.number}.`,
    )
  }
  return comparators
}

function readReportColumns(context: RowContext, note: Note): { commentary: Commentary[]; reported: ReportedStatus[] } {
  const { row, current, reportPeriod, source } = context
  let commentary = [...(current?.commentary ?? [])]
  let reported = [...(current?.reported ?? [])]
  const { comments, rag, direction } = row.fields
  const given = [comments, rag, direction].filter((c): c is CellRead => c !== undefined && !isBlank(c.text))
  if (!reportPeriod) {
    for (const cell of given) note('warning', cell, 'No period column has figures, so this cannot be dated; it was ignored.')
    return { commentary, reported }
  }

  if (comments && !isBlank(comments.text)) {
    const existing = commentary.filter((c) => c.period === reportPeriod.id)
    if (existing.length === 1 && sameText(existing[0]!.text, comments.text)) {
      note('understood', comments, `Commentary for ${reportPeriod.label}, unchanged.`)
    } else {
      commentary = [
        ...commentary.filter((c) => c.period !== reportPeriod.id),
        { period: reportPeriod.id, text: comments.text, source: source(comments.header) },
      ]
      note(
        'understood',
        comments,
        existing.length > 0 ? `Commentary for ${reportPeriod.label} replaced.` : `Commentary for ${reportPeriod.label}.`,
      )
    }
  }

  const ragText = rag && !isBlank(rag.text) ? rag.text : undefined
  const ragRead = ragText !== undefined ? readRagText(ragText) : undefined
  if (rag && ragText !== undefined && !ragRead)
    note('warning', rag, `"${ragText.trim()}" is not a RAG rating (Red, Amber or Green); it was ignored.`)
  const dirText = direction && !isBlank(direction.text) ? direction.text : undefined
  if (ragRead || dirText !== undefined) {
    const existing = reported.find((r) => r.period === reportPeriod.id)
    const next: ReportedStatus = {
      period: reportPeriod.id,
      ...(ragRead
        ? { rag: ragRead, ragRaw: ragText! }
        : existing?.rag
          ? { rag: existing.rag, ...(existing.ragRaw !== undefined ? { ragRaw: existing.ragRaw } : {}) }
          : {}),
      ...(dirText !== undefined
        ? { directionRaw: dirText }
        : existing?.directionRaw !== undefined
          ? { directionRaw: existing.directionRaw }
          : {}),
      source: source([ragRead ? rag!.header : '', dirText !== undefined ? direction!.header : ''].filter(Boolean).join(', ')),
    }
    const unchanged = existing && existing.rag === next.rag && existing.directionRaw === next.directionRaw
    if (unchanged) {
      for (const cell of [ragRead ? rag : undefined, dirText !== undefined ? direction : undefined])
        if (cell) note('understood', cell, `Reported for ${reportPeriod.label}, unchanged.`)
    } else {
      reported = [...reported.filter((r) => r.period !== reportPeriod.id), next]
      if (ragRead)
        note(
          'understood',
          rag!,
          `Reported RAG for ${reportPeriod.label}: ${ragRead}. The app still computes its own and flags a disagreement.`,
        )
      if (dirText !== undefined) {
        const reading = readPrintedArrow(dirText)
        note(
          'understood',
          direction!,
          `Reported direction for ${reportPeriod.label}, kept as typed${reading === 'unknown' ? ' (it does not read as an arrow)' : ` (reads as ${reading})`}.`,
        )
      }
    }
  }
  return { commentary, reported }
}

function readPriorities(row: IndicatorRow, current: Indicator | undefined, note: Note): Record<string, string> | undefined {
  if (row.priorities.length === 0) return current?.priorities
  // Keys come from the sheet's headers ("Constructor priority" is "constructor"): a Map, not plain-object lookups.
  const priorities = new Map(Object.entries(current?.priorities ?? {}))
  for (const { key, cell } of row.priorities) {
    if (isBlank(cell.text)) continue
    const before = priorities.get(key)
    if (before !== undefined && sameText(before, cell.text)) {
      note('understood', cell, 'Priority unchanged.')
      continue
    }
    note('understood', cell, before !== undefined ? `Priority changed from "${before}".` : 'Read as a plan priority.')
    priorities.set(key, cell.text)
  }
  return priorities.size > 0 ? Object.fromEntries(priorities) : undefined
}
