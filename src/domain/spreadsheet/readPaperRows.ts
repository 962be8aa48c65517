// Reads the rows under the header of a paper-layout sheet: indicator rows (a
// ref such as G1 or P3.17), section rows ("Priority 1 - Being a Good Corporate
// Parent") and everything else, which is reported and ignored.
import type { Period } from '../scorecardSchema'
import type { ImportEntry } from './importEntries'
import { isRepeatedHeader, type HeaderColumn, type HeaderLocation } from './locateHeader'
import { columnLetter, isComparatorField, type ComparatorField, type HeaderMatch, type SimpleField } from './matchHeader'

export type CellRead = { text: string; header: string }

export type ComparatorCell = { field: ComparatorField; period?: Period; region?: string; cell: CellRead }

export type IndicatorRow = {
  /** 1-based row number as the spreadsheet shows it. */
  rowNumber: number
  ref: string
  /** The section row above this one, if any. */
  sectionTitle?: string
  fields: Partial<Record<Exclude<SimpleField, 'ref'>, CellRead>>
  comparators: ComparatorCell[]
  priorities: { key: string; cell: CellRead }[]
  periods: { period: Period; cell: CellRead }[]
}

export type PaperRows = {
  /** Text above the header row (the sheet's title), top to bottom. */
  preamble: string[]
  periodColumns: { period: Period; header: string }[]
  /** Periods named by comparator headings ("SN average 15/16"). */
  comparatorPeriods: Period[]
  /** The recognised columns, by field, present in the file. */
  fieldsPresent: Set<string>
  rows: IndicatorRow[]
  entries: ImportEntry[]
}

const REF = /^[A-Za-z]{0,4}\d+(?:\.\d+)*[A-Za-z]?$/
/** A row with no ref and at most this many filled cells, none of them figures, is a section title. */
const MAX_SECTION_CELLS = 3
/** A section title has a word of three letters or more ("General", "Priority 1 - …"), so "ZZ" or "x" is not one. */
const SECTION_TITLE = /\p{L}{3,}/u

const isBlank = (text: string | undefined) => (text ?? '').trim() === ''

export function readPaperRows(grid: readonly (readonly string[])[], header: HeaderLocation): PaperRows {
  const entries: ImportEntry[] = []
  const used = header.columns.filter(
    (c): c is HeaderColumn & { match: NonNullable<HeaderColumn['match']> } => c.match !== null && !c.duplicate,
  )
  const refColumn = used.find((c) => c.match.field === 'ref')!
  const periodColumns = used.flatMap((c) =>
    c.match.field === 'period' ? [{ period: c.match.period, header: c.header, index: c.index }] : [],
  )
  const fieldsPresent = new Set(used.map((c) => (c.match.field === 'priority' ? `priority:${c.match.key}` : c.match.field)))
  // Figures with no year ("Quarter 1") cannot be filed until the officer gives the period.
  const readable = used.filter((c) => c.match.field !== 'undated')

  const headerRowNumber = header.rowIndex + 1
  entries.push({
    status: 'understood',
    row: headerRowNumber,
    column: '(header)',
    message:
      header.rows === 2
        ? `Header spread over rows ${headerRowNumber - 1} and ${headerRowNumber}; the two rows were read together.`
        : `Header found on row ${headerRowNumber}.`,
  })
  for (const column of header.columns) {
    const label = column.header || `Column ${columnLetter(column.index)}`
    if (column.match?.field === 'undated' && !column.duplicate) {
      entries.push({
        status: 'warning',
        row: headerRowNumber,
        column: label,
        message: `Column ${columnLetter(column.index)} has figures for Quarter ${column.match.quarter}, but neither the heading nor the sheet's title says which year; choose its period in the list of columns, or its figures are not read.`,
      })
    } else if (column.match && !column.duplicate) {
      const meaning = column.match.field === 'period' ? `figures for ${column.match.period.label}` : describeMatch(column.match)
      entries.push({
        status: 'understood',
        row: headerRowNumber,
        column: label,
        message: `Column ${columnLetter(column.index)} ${column.mapped ? 'read, as you mapped it,' : 'read'} as ${meaning}.`,
      })
    } else if (column.appWorking) {
      entries.push({
        status: 'ignored',
        row: headerRowNumber,
        column: label,
        message: `Column ${columnLetter(column.index)} holds this app's own working (what it computes, beside what the source printed); the app works it out again, so it is not imported.`,
      })
    } else if (column.duplicate) {
      entries.push({
        status: 'ignored',
        row: headerRowNumber,
        column: label,
        message: `Column ${columnLetter(column.index)} repeats an earlier column with the same meaning; it is ignored.`,
      })
    } else if (column.header) {
      entries.push({
        status: 'ignored',
        row: headerRowNumber,
        column: label,
        message: `Column ${columnLetter(column.index)} is not part of the scorecard layout; it is ignored.`,
      })
    }
  }

  const preamble = grid
    .slice(0, header.rowIndex + 1 - header.rows)
    .map((row) =>
      row
        .map((c) => c.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)

  const rows: IndicatorRow[] = []
  const ignoredCells = new Map<number, number[]>()
  // The app's own working is said once, in the header's entries, not cell by cell.
  const ignoredColumns = header.columns.filter((c) => !c.appWorking && (c.match === null || c.duplicate || c.match.field === 'undated'))
  const noteIgnored = (index: number, rowNumber: number) => {
    const list = ignoredCells.get(index)
    if (list) list.push(rowNumber)
    else ignoredCells.set(index, [rowNumber])
  }
  let sectionTitle: string | undefined
  let emptyRun: number[] = []
  const flushEmpty = () => {
    if (emptyRun.length === 0) return
    const [first, last] = [emptyRun[0]!, emptyRun.at(-1)!]
    entries.push({
      status: 'ignored',
      row: first,
      column: '(row)',
      message: first === last ? `Row ${first} is empty.` : `Rows ${first} to ${last} are empty.`,
    })
    emptyRun = []
  }

  for (let index = header.rowIndex + 1; index < grid.length; index++) {
    const row = grid[index]!
    const rowNumber = index + 1
    if (row.every(isBlank)) {
      emptyRun.push(rowNumber)
      continue
    }
    flushEmpty()
    // A ref first: a repeated header never has one there, and most rows have one.
    const ref = (row[refColumn.index] ?? '').trim()
    if (REF.test(ref)) {
      rows.push(readIndicatorRow(row, rowNumber, ref, sectionTitle, readable))
      for (const column of ignoredColumns) if (!isBlank(row[column.index])) noteIgnored(column.index, rowNumber)
      for (let extra = header.columns.length; extra < row.length; extra++) if (!isBlank(row[extra])) noteIgnored(extra, rowNumber)
      continue
    }
    if (isRepeatedHeader(row, header)) {
      entries.push({
        status: 'ignored',
        row: rowNumber,
        column: '(row)',
        message: 'A repeat of the header row (as at the top of a printed page); ignored.',
      })
      continue
    }
    const filled = row.map((text, i) => ({ text: text.trim(), i })).filter((c) => c.text !== '')
    const hasFigures = periodColumns.some((c) => !isBlank(row[c.index]))
    const title = filled
      .map((c) => c.text)
      .join(' ')
      .replace(/\s+/g, ' ')
    if (!hasFigures && filled.length <= MAX_SECTION_CELLS && SECTION_TITLE.test(title)) {
      sectionTitle = title
      entries.push({
        status: 'understood',
        row: rowNumber,
        column: '(row)',
        text: sectionTitle,
        message: `Section heading "${sectionTitle}".`,
      })
      continue
    }
    entries.push({
      status: 'problem',
      row: rowNumber,
      column: refColumn.header,
      text: ref,
      message:
        ref === ''
          ? 'This row has content but no ref, so it was left out. If it is an indicator, add its ref in the file and import the file again.'
          : `"${ref}" is not a ref like G1 or P3.17, so the row was left out. If it is an indicator, correct its ref in the file and import the file again.`,
    })
  }
  flushEmpty()

  for (const [index, rowNumbers] of ignoredCells) {
    const column = header.columns[index]
    const label = column?.header || `Column ${columnLetter(index)}`
    const shown = rowNumbers.slice(0, 5).join(', ') + (rowNumbers.length > 5 ? ', …' : '')
    entries.push({
      status: 'ignored',
      column: label,
      message:
        rowNumbers.length === 1
          ? `1 cell in column ${columnLetter(index)} (row ${shown}) ${column?.duplicate ? 'repeats another column' : 'is outside the scorecard layout'} and was ignored.`
          : `${rowNumbers.length} cells in column ${columnLetter(index)} (rows ${shown}) ${column?.duplicate ? 'repeat another column' : 'are outside the scorecard layout'} and were ignored.`,
    })
  }

  const comparatorPeriods = used.flatMap((c) =>
    isComparatorField(c.match.field) && 'period' in c.match && c.match.period ? [c.match.period] : [],
  )
  return {
    preamble,
    periodColumns: periodColumns.map(({ period, header: h }) => ({ period, header: h })),
    comparatorPeriods,
    fieldsPresent,
    rows,
    entries,
  }
}

function readIndicatorRow(
  row: readonly string[],
  rowNumber: number,
  ref: string,
  sectionTitle: string | undefined,
  columns: readonly (HeaderColumn & { match: NonNullable<HeaderColumn['match']> })[],
): IndicatorRow {
  const read: IndicatorRow = {
    rowNumber,
    ref,
    fields: {},
    comparators: [],
    priorities: [],
    periods: [],
    ...(sectionTitle ? { sectionTitle } : {}),
  }
  for (const column of columns) {
    const cell = { text: row[column.index] ?? '', header: column.header }
    const { match } = column
    if (match.field === 'period') read.periods.push({ period: match.period, cell })
    else if (match.field === 'priority') read.priorities.push({ key: match.key, cell })
    else if (match.field === 'statNeighbours' || match.field === 'national' || match.field === 'region')
      read.comparators.push({
        field: match.field,
        ...(match.period ? { period: match.period } : {}),
        ...(match.region ? { region: match.region } : {}),
        cell,
      })
    else if (match.field !== 'ref' && match.field !== 'undated') read.fields[match.field] = cell
  }
  return read
}

const FIELD_WORDS: Record<string, string> = {
  ref: 'the indicator ref',
  infoFrom: '"Info available from"',
  lead: 'the lead officer',
  indicator: 'the indicator title',
  polarity: 'polarity',
  unit: 'the unit',
  amberTolerance: 'the amber tolerance',
  cohort: 'the cohort',
  frequency: 'the frequency',
  statNeighbours: 'the statistical neighbours average',
  national: 'the national (England) average',
  region: 'the regional average',
  target: 'the target',
  rag: 'the reported RAG rating',
  direction: 'the reported direction of travel',
  comments: 'the commentary',
  official: 'the DfE measure it is (its LAIT code)',
  'priority:cyp': 'the Children and Young People plan priority',
  'priority:corporate': 'the corporate priority',
}

export function describeField(field: string): string {
  return FIELD_WORDS[field] ?? `a plan priority (${field.replace(/^priority:/, '')})`
}

/** A column's meaning in words: "figures for Q1 2016-17", "the England average for 2016-17". */
export function describeMatch(match: HeaderMatch): string {
  if (match.field === 'period') return `figures for ${match.period.label}`
  if (match.field === 'undated') return `figures for Quarter ${match.quarter} (year not given)`
  if (match.field === 'priority') return describeField(`priority:${match.key}`)
  if (isComparatorField(match.field)) {
    const comparator = match as Extract<HeaderMatch, { field: ComparatorField }>
    const what = comparator.region ? `the ${comparator.region} average` : describeField(comparator.field)
    return comparator.period ? `${what} for ${comparator.period.label}` : what
  }
  return describeField(match.field)
}
