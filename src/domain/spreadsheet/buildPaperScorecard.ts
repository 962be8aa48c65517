// Turns the rows of a paper-layout sheet into a scorecard. With a current
// scorecard (the usual case in the app) rows update the indicators with the
// same ref and everything else is kept; without one (tests, a fresh start) the
// sheet alone makes a complete scorecard. Either way the result is checked by
// the same parser as every data file, so nothing invalid can get through.
import { parseScorecard } from '../parseScorecard'
import { sortPeriods } from '../periods'
import { FORMAT_ID, type Indicator, type Period, type Scorecard, type SourceDocument } from '../scorecardSchema'
import { buildIndicatorFromRow } from './buildIndicatorFromRow'
import { financialYear, parseFinancialPeriodId } from '../financialYear'
import type { ImportEntry } from './importEntries'
import type { PaperRows } from './readPaperRows'
import { SectionResolver } from './sectionFromTitle'

export type PaperImportOptions = {
  fileName: string
  /** The scorecard in use now; null to build one from the sheet alone. */
  base: Scorecard | null
  /** Today's date, YYYY-MM-DD, for the imported document's record. */
  today: string
}

export type PaperImportResult = {
  scorecard: Scorecard | null
  entries: ImportEntry[]
  /** The period the RAG, direction and comments columns were read for. */
  reportPeriod?: Period
}

const isBlank = (text: string) => text.trim() === ''

/** The paper layout's columns besides Ref and the periods, for saying which a file lacks. */
const PAPER_FIELDS = [
  ['infoFrom', 'Info available from'],
  ['lead', 'Commentary/Lead'],
  ['indicator', 'Indicator'],
  ['polarity', 'Polarity'],
  ['statNeighbours', 'Stat Neigh Av'],
  ['national', 'National Av'],
  ['target', 'Target'],
  ['rag', 'RAG'],
  ['direction', 'direction of travel'],
  ['comments', 'Comments'],
] as const

/** The document id imported cells cite: the file name, made unique if an older import used it. */
function importDocument(base: Scorecard | null, fileName: string, today: string): SourceDocument {
  const title = `Spreadsheet imported in this browser: ${fileName}`
  const taken = (id: string) => base?.documents.some((d) => d.id === id && d.date !== today) ?? false
  const id = taken(fileName) ? `${fileName} (${today})` : fileName
  return { id, file: fileName, title, date: today }
}

export function buildPaperScorecard(sheet: PaperRows, options: PaperImportOptions): PaperImportResult {
  const { base, fileName, today } = options
  const entries: ImportEntry[] = [...sheet.entries]
  if (sheet.rows.length === 0) {
    entries.push({
      status: 'problem',
      column: '(file)',
      message: 'No indicator rows (a ref such as G1 or P3.17 in the Ref column) were found under the header.',
    })
    return { scorecard: null, entries }
  }

  const missing = PAPER_FIELDS.filter(([field]) => !sheet.fieldsPresent.has(field)).map(([, words]) => words)
  if (missing.length > 0) {
    entries.push({
      status: 'understood',
      column: '(file)',
      message: `The file has no column for ${missing.join(', ')}; ${base ? 'these stay as they are in the current scorecard' : 'these are left empty'}.`,
    })
  }

  const basePeriods = new Map((base?.periods ?? []).map((p) => [p.id, p]))
  const columnPeriods = sheet.periodColumns.map((c) => basePeriods.get(c.period.id) ?? c.period)
  const filled = new Set(sheet.rows.flatMap((r) => r.periods.filter((p) => !isBlank(p.cell.text)).map((p) => p.period.id)))
  const reportPeriod = sortPeriods(columnPeriods.filter((p) => filled.has(p.id))).at(-1)
  if (reportPeriod) {
    entries.push({
      status: 'understood',
      column: '(file)',
      message: `${reportPeriod.label} is the latest period with figures, so the RAG, direction and comments columns are read as ${reportPeriod.label}.`,
    })
  } else {
    entries.push({
      status: 'warning',
      column: '(file)',
      message: 'No period column has any figures, so comments, RAG and direction cannot be dated and are ignored.',
    })
  }

  const document = importDocument(base, fileName, today)
  const sourceFor = (rowNumber: number) => (column: string) => ({ doc: document.id, line: rowNumber, ...(column ? { column } : {}) })

  const sections = new SectionResolver(base?.sections ?? [])
  const baseByRef = new Map((base?.indicators ?? []).map((i) => [i.ref, i]))
  const built = new Map<string, Indicator>()
  const added: Indicator[] = []
  const seenRows = new Map<string, number>()

  for (const row of sheet.rows) {
    const firstRow = seenRows.get(row.ref)
    if (firstRow !== undefined) {
      entries.push({
        status: 'problem',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message: `${row.ref} is already on row ${firstRow}; this row was ignored.`,
      })
      continue
    }
    seenRows.set(row.ref, row.rowNumber)
    const current = baseByRef.get(row.ref)
    const currentSection = current ? sections.byId(current.section) : undefined
    let section = row.sectionTitle ? sections.find(row.sectionTitle) : undefined
    if (!section && row.sectionTitle && currentSection) {
      // An unknown heading over an existing indicator is more likely a stray note than a new section.
      entries.push({
        status: 'warning',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message: `The heading above, "${row.sectionTitle}", is not a section of the current scorecard, so ${row.ref} stays in "${currentSection.title}".`,
      })
      section = currentSection
    }
    section ??= row.sectionTitle
      ? sections.resolve(row.sectionTitle)
      : (currentSection ?? sections.byId('general') ?? sections.resolve('General'))
    const indicator = buildIndicatorFromRow({ row, current, section, reportPeriod, source: sourceFor(row.rowNumber), fileName }, entries)
    if (!indicator) continue
    if (current) built.set(current.ref, indicator)
    else added.push(indicator)
  }

  const indicators = placeIndicators(base?.indicators ?? [], built, added)
  const usedPeriodIds = new Set(indicators.flatMap((i) => [...i.values, ...i.commentary, ...i.reported].map((x) => x.period)))
  const periods = base
    ? sortPeriods([...base.periods, ...columnPeriods.filter((p) => !basePeriods.has(p.id) && usedPeriodIds.has(p.id))])
    : sortPeriods(columnPeriods)
  const usedSections = new Set(indicators.map((i) => i.section))
  const cited = indicators.some((i) =>
    [i.source, ...[...i.values, ...i.comparators, ...i.commentary, ...i.reported].map((x) => x.source)].some((s) => s.doc === document.id),
  )

  const draft: Scorecard = base
    ? {
        ...base,
        documents: cited ? [...base.documents, document] : base.documents,
        periods,
        sections: [...base.sections, ...sections.created.filter((s) => usedSections.has(s.id))],
        indicators,
        additions: [],
      }
    : {
        format: FORMAT_ID,
        authority: sheet.preamble[1] ?? 'Authority not stated in the file',
        title: sheet.preamble[0] ?? `Scorecard imported from ${fileName}`,
        reportingYear: reportingYearOf(reportPeriod) ?? 'Not stated',
        documents: [document],
        periods,
        sections: sections.created.filter((s) => usedSections.has(s.id)),
        indicators,
        additions: [],
      }

  // The same checks as any data file; anything they drop is reported, not hidden. Their
  // warnings were already given cell by cell above, so only what they drop is added.
  const checked = parseScorecard(JSON.parse(JSON.stringify(draft)) as unknown, fileName)
  for (const issue of checked.issues.filter((i) => i.severity === 'error')) {
    entries.push({ status: 'problem', ...(issue.ref ? { ref: issue.ref } : {}), column: issue.field, message: issue.message })
  }
  return { scorecard: checked.scorecard, entries, ...(reportPeriod ? { reportPeriod } : {}) }
}

function reportingYearOf(period: Period | undefined): string | undefined {
  const read = period ? parseFinancialPeriodId(period.id) : undefined
  return read ? financialYear(read.startYear) : undefined
}

/** Updated indicators stay where they were; new ones go after the last indicator of their section. */
function placeIndicators(current: readonly Indicator[], built: ReadonlyMap<string, Indicator>, added: readonly Indicator[]): Indicator[] {
  if (current.length === 0) return [...added]
  const out = current.map((i) => built.get(i.ref) ?? i)
  for (const indicator of added) {
    let at = -1
    out.forEach((i, index) => {
      if (i.section === indicator.section) at = index
    })
    if (at < 0) out.push(indicator)
    else out.splice(at + 1, 0, indicator)
  }
  return out
}
