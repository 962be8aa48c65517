// One paper-layout row as an indicator. With a current indicator of the same
// ref, only what the row changes is replaced: a cell that reads the same keeps
// its original source, and a blank never removes anything (the paper cannot
// say "delete"). Everything the row does not carry (unit, cohorts, notes,
// history) is kept from the current indicator. Whether a row may update an
// indicator at all (a different title, unit or polarity is another
// indicator) is decided before, in buildPaperScorecard.
import { isFigure } from '../cellKinds'
import { readPrintedArrow } from '../computeDirection'
import { UNREADABLE_IN_SOURCE } from '../ratingWords'
import { formatCell } from '../formatValue'
import { isFormulaText } from './formulaGuard'
import { checkTypedCell, describeCellProblem, type CellProblem, type ProblemContext, type TypedProblem } from '../checkCell'
import { parseFigure, parsePrintedTarget } from '../parsePrintedValue'
import { comparePeriods } from '../periods'
import type {
  Cohort,
  Commentary,
  Comparator,
  Frequency,
  Indicator,
  Period,
  Polarity,
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
import { readCohortText, readFrequencyText, readPolarityText, readRagText, readTypedCell, readUnitText } from './readTypedCell'
import type { CellRead, ComparatorCell, IndicatorRow } from './readPaperRows'

/** What the officer set in the review for a row's indicator, where the file has no column for it (or to correct a guess). */
export type RowSettings = { unit?: Unit; polarity?: Polarity; cohorts?: Cohort[]; frequency?: Frequency }

export type RowContext = {
  row: IndicatorRow
  current: Indicator | undefined
  section: Section
  /** The period the RAG, direction and comments columns describe. */
  reportPeriod: Period | undefined
  source: (column: string) => SourceRef
  fileName: string
  /** The ref to give the indicator, when it is not the row's own (the file's indicator kept beside a current one). */
  ref?: string
  settings?: RowSettings
}

/** A figure that looks wrong for its indicator (179 where a percentage is expected): the row waits for the officer. */
export type SuspectFigure = { column: string; text: string; message: string }

export type RowBuild = { indicator: Indicator | null; suspect: SuspectFigure[] }

/** Where an indicator's unit, frequency or cohorts came from, so a guess can be shown as one. */
export type MetaSource = 'file' | 'review' | 'current' | 'guess'
export type RowMeta = {
  unit: Unit
  frequency: Frequency
  cohorts: Cohort[]
  sources: { unit: MetaSource; frequency: MetaSource; cohorts: MetaSource }
}

const isBlank = (text: string | undefined) => (text ?? '').trim() === ''

/** Warnings that mean the figure does not fit its indicator, rather than an odd but possible figure. */
const SUSPECT_CODES: ReadonlySet<(CellProblem | TypedProblem)['code']> = new Set([
  'percent-out-of-range',
  'typed-as-percent',
  'typed-in-pounds',
])

/** The unit the row states in a unit column, if it states one. */
export function unitInRow(row: IndicatorRow): Unit | undefined {
  const cell = row.fields.unit
  return cell && !isBlank(cell.text) ? readUnitText(cell.text) : undefined
}

/** The polarity the row states (not blank, and readable), if it states one. */
export function polarityInRow(row: IndicatorRow): Polarity | undefined {
  const cell = row.fields.polarity
  if (!cell || isBlank(cell.text)) return undefined
  const read = readPolarityText(cell.text)
  return read === 'none' ? undefined : read
}

/** Unit, frequency and cohorts: the review's setting, the file's column, the current indicator's, else a guess from the title and figures. */
export function readRowMeta(row: IndicatorRow, current: Indicator | undefined, section: Section, settings: RowSettings = {}): RowMeta {
  const title = !isBlank(row.fields.indicator?.text) ? row.fields.indicator!.text : (current?.title ?? '')
  const typedTexts = [...row.periods.map((p) => p.cell.text), row.fields.target?.text ?? '']
  const pick = <T>(review: T | undefined, file: T | undefined, kept: T | undefined, guess: () => T): [T, MetaSource] =>
    review !== undefined
      ? [review, 'review']
      : file !== undefined
        ? [file, 'file']
        : kept !== undefined
          ? [kept, 'current']
          : [guess(), 'guess']
  const fileCohorts = row.fields.cohort && !isBlank(row.fields.cohort.text) ? readCohortText(row.fields.cohort.text) : undefined
  const fileFrequency =
    row.fields.frequency && !isBlank(row.fields.frequency.text) ? readFrequencyText(row.fields.frequency.text) : undefined
  const [unit, unitSource] = pick(settings.unit, unitInRow(row), current?.unit, () => inferUnit(title, typedTexts))
  const [frequency, frequencySource] = pick(settings.frequency, fileFrequency, current?.frequency, () => inferFrequency(title))
  const [cohorts, cohortsSource] = pick(settings.cohorts, fileCohorts, current?.cohorts, () => inferCohorts(title, section.kind))
  return { unit, frequency, cohorts, sources: { unit: unitSource, frequency: frequencySource, cohorts: cohortsSource } }
}

/** Builds the indicator for a row (null when the row cannot be used), with any figures that look wrong for it. Adds its report entries. */
export function buildIndicatorFromRow(context: RowContext, entries: ImportEntry[]): RowBuild {
  const { row, current, section, source } = context
  const ref = context.ref ?? current?.ref ?? row.ref
  const note = (status: ImportEntry['status'], cell: CellRead | { header: string; text?: string }, message: string) =>
    entries.push({
      status,
      row: row.rowNumber,
      ref,
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
      return { indicator: null, suspect: [] }
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

  const meta = readRowMeta(row, current, section, context.settings)
  const { unit, frequency, cohorts } = meta
  readMetaCells(row, meta, note)
  if (!current) {
    const guessed = [
      meta.sources.unit === 'guess' ? UNIT_WORDS[unit].inSentence : '',
      meta.sources.frequency === 'guess' ? frequency.replace(/-/g, ' ') : '',
      meta.sources.cohorts === 'guess' ? `for ${cohorts.join(', ').replace(/-/g, ' ')}` : '',
    ].filter(Boolean)
    note(
      'understood',
      { header: '(row)' },
      guessed.length > 0
        ? `New indicator. Assumed from its title and figures: ${guessed.join(', ')}. The file does not say; check these in the review.`
        : 'New indicator.',
    )
  }
  if (current && current.section !== section.id) note('understood', { header: '(row)' }, `Moved to the section "${section.title}".`)

  // In the paper's column order, so the report reads across the row.
  const infoFrom = readTextField(row.fields.infoFrom, current?.infoFrom, '"Info available from"', note)
  const lead = readTextField(row.fields.lead, current?.lead, 'lead officer', note)
  const polarity = readPolarityField(row, current, context.settings?.polarity, note)
  const comparators = readComparators(row, current, unit, source, note)
  const target = readTargetField(row, current, unit, note)
  const amberTolerance = readAmberTolerance(row, current, note)
  const suspect: SuspectFigure[] = []
  const values = readValues(context, unit, note, suspect)
  const { commentary, reported } = readReportColumns(context, note)
  const priorities = readPriorities(row, current, note)
  const official = readOfficialLink(row, current, note)
  const guessedAny = meta.sources.unit === 'guess' || meta.sources.frequency === 'guess' || meta.sources.cohorts === 'guess'

  const indicator: Indicator = {
    ref,
    title,
    section: section.id,
    cohorts,
    ...(lead !== undefined ? { lead } : {}),
    ...(infoFrom !== undefined ? { infoFrom } : {}),
    polarity,
    unit,
    frequency,
    ...(target ? { target } : {}),
    ...(amberTolerance !== undefined ? { amberTolerance } : {}),
    ...(priorities ? { priorities } : {}),
    // A row never removes the link to the official measure; a DfE measure column (the template's) gives one.
    ...(official ? { official } : {}),
    source: current?.source ?? source(''),
    values,
    comparators,
    commentary,
    notes: current?.notes ?? [
      {
        kind: 'transcription',
        text: `Added from ${context.fileName}, row ${row.rowNumber}.${guessedAny ? ' Where the file has no column for them, unit, frequency and cohorts were guessed from the title and figures unless set in the review.' : ''}`,
      },
    ],
    reported,
  }
  return { indicator, suspect }
}

/** The DfE measure a row names (the template writes its LAIT code), else the current indicator's link. */
function readOfficialLink(row: IndicatorRow, current: Indicator | undefined, note: Note): Indicator['official'] {
  const cell = row.fields.official
  const code = cell?.text.trim() ?? ''
  if (!cell || code === '' || current?.official?.measure === code) return current?.official
  note('understood', cell, `Linked to the DfE measure ${code}, so the published figures can be shown beside it.`)
  return { measure: code, match: 'exact' }
}

/** Report entries for the unit, cohort and frequency cells: read, or not understood. */
function readMetaCells(row: IndicatorRow, meta: RowMeta, note: Note) {
  const cells = [
    { cell: row.fields.unit, read: (t: string) => readUnitText(t) !== undefined, what: 'unit', shown: UNIT_WORDS[meta.unit].label },
    { cell: row.fields.cohort, read: (t: string) => readCohortText(t) !== undefined, what: 'cohort', shown: meta.cohorts.join(', ') },
    { cell: row.fields.frequency, read: (t: string) => readFrequencyText(t) !== undefined, what: 'frequency', shown: meta.frequency },
  ]
  for (const { cell, read, what, shown } of cells) {
    if (!cell || isBlank(cell.text)) continue
    if (read(cell.text)) note('understood', cell, `Read as the ${what}: ${shown.replace(/-/g, ' ')}.`)
    else
      note(
        'warning',
        cell,
        `"${cell.text.trim()}" is not a ${what} this app knows; ${shown.replace(/-/g, ' ')} is used instead (change it in the review).`,
      )
  }
}

function readAmberTolerance(row: IndicatorRow, current: Indicator | undefined, note: Note): number | undefined {
  const cell = row.fields.amberTolerance
  if (!cell || isBlank(cell.text)) return current?.amberTolerance
  const figure = parseFigure(cell.text)
  if (!figure || figure.number < 0) {
    note('warning', cell, `"${cell.text.trim()}" is not an amber tolerance (a figure such as 2 or 5%); it was ignored.`)
    return current?.amberTolerance
  }
  if (current?.amberTolerance === figure.number) note('understood', cell, 'Amber tolerance unchanged.')
  else note('understood', cell, `Read as an amber tolerance of ${figure.number}: a miss by at most this much is amber, not red.`)
  return figure.number
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

function readPolarityField(row: IndicatorRow, current: Indicator | undefined, setting: Polarity | undefined, note: Note): Polarity {
  const cell = row.fields.polarity
  // The review's choice counts where the file gives none (no column, or a blank).
  if (setting !== undefined && (!cell || isBlank(cell.text))) return setting
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

function readValues(context: RowContext, unit: Unit, note: Note, suspect: SuspectFigure[]): ValueCell[] {
  const { row, current, reportPeriod, source } = context
  const values = [...(current?.values ?? [])]
  // By period, so a long monthly series is not searched once per column.
  const at = new Map(values.map((v, index) => [v.period, index]))
  for (const { period, cell } of row.periods) {
    const index = at.get(period.id)
    const existing = index !== undefined ? values[index] : undefined
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
        at.set(period.id, values.length)
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
    for (const problem of problems) {
      const message = describeCellProblem(problem, context)
      note('warning', cell, message)
      if (SUSPECT_CODES.has(problem.code)) suspect.push({ column: cell.header, text: cell.text, message })
    }
    const shown = formatCell(candidate, unit)
    note('understood', cell, existing ? `${period.label}: ${formatCell(existing, unit)} → ${shown}.` : `${period.label}: ${shown}.`)
    if (index !== undefined) values[index] = candidate
    else {
      at.set(period.id, values.length)
      values.push(candidate)
    }
  }
  return values
}

const COMPARATOR_KIND = { statNeighbours: 'stat-neighbours', national: 'england', region: 'other' } as const
const COMPARATOR_WORDS = {
  statNeighbours: 'statistical neighbours average',
  national: 'national average',
  region: 'regional average',
} as const

/** The comparator a column holds: its kind, label and period as the heading gives them. */
function comparatorOfColumn({ field, region, period }: ComparatorCell): Pick<Comparator, 'kind' | 'label' | 'period'> {
  const kind = field === 'region' && region === 'North West' ? 'north-west' : COMPARATOR_KIND[field]
  return {
    kind,
    ...(field === 'region' ? { label: `${region ?? 'Region'} average` } : {}),
    ...(period ? { period: period.id } : {}),
  }
}

function readComparators(
  row: IndicatorRow,
  current: Indicator | undefined,
  unit: Unit,
  source: RowContext['source'],
  note: Note,
): Comparator[] {
  let comparators = [...(current?.comparators ?? [])]
  for (const column of row.comparators) {
    const { cell, field } = column
    const { kind, label, period } = comparatorOfColumn(column)
    const words = `${label ? `${label.replace(/ average$/, '')} average` : COMPARATOR_WORDS[field]}${column.period ? ` for ${column.period.label}` : ''}`
    // Only comparators printed in a column like this one (same kind and period) are replaced; ones taken from comments stay.
    // A heading without a period ("Stat Neigh Av") holds one such comparator, whatever period it was given.
    const fromColumn = (c: Comparator) =>
      isColumnComparator(c, kind, field) && (period === undefined || c.period === period) && (c.label ?? '') === (label ?? '')
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
      {
        kind,
        ...(label ? { label } : {}),
        ...(period ? { period } : {}),
        number: figure.number,
        printed: cell.text,
        source: source(cell.header),
      },
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
      // Kept as typed (it is only ever shown as text, and exports mark it as text), but worth a look.
      if (isFormulaText(comments.text))
        note(
          'warning',
          comments,
          'This comment starts with "=", like a spreadsheet formula: it is kept as text, exactly as typed. If the sheet meant a formula, copy its result in instead.',
        )
    }
  }

  // The table's download says a printed rating it cannot read in words: nothing to import for it.
  const unreadable = rag !== undefined && sameText(rag.text, UNREADABLE_IN_SOURCE)
  if (unreadable) note('understood', rag, 'The rating printed in the source could not be read; the current one is kept.')
  const ragText = rag && !isBlank(rag.text) && !unreadable ? rag.text : undefined
  const ragRead = ragText !== undefined ? readRagText(ragText) : undefined
  if (rag && ragText !== undefined && !ragRead)
    note('warning', rag, `"${ragText.trim()}" is not a RAG rating (Red, Amber or Green); it was ignored.`)
  const typedDirection = direction && !isBlank(direction.text) ? direction.text : undefined
  const existing = reported.find((r) => r.period === reportPeriod.id)
  // An arrow written in words ("Down", as the table's download writes "$\downarrow$") that reads as the current one keeps it as printed.
  const sameArrow =
    typedDirection !== undefined &&
    existing?.directionRaw !== undefined &&
    readPrintedArrow(typedDirection) === readPrintedArrow(existing.directionRaw) &&
    (readPrintedArrow(typedDirection) !== 'unknown' || sameText(typedDirection, UNREADABLE_IN_SOURCE))
  const dirText = sameArrow ? existing.directionRaw : typedDirection
  if (ragRead || dirText !== undefined) {
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
