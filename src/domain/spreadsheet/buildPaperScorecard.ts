// Turns the rows of a sheet into a scorecard. With a current scorecard (the
// usual case in the app) rows update the indicators with the same ref and
// everything else is kept; without one (a new council, or a file started
// afresh) the sheet alone makes a complete scorecard. A row whose ref is an
// indicator's but whose title, unit or polarity is not is another indicator:
// it waits for the officer's choice and never takes the current one over. So
// does a row with a figure that does not fit its indicator (179 where a
// percentage is expected). Either way the result is checked by the same
// parser as every data file, so nothing invalid can get through.
import { parseScorecard } from '../parseScorecard'
import { sortPeriods } from '../periods'
import { FORMAT_ID, type Indicator, type Period, type Polarity, type Scorecard, type SourceDocument, type Unit } from '../scorecardSchema'
import {
  buildIndicatorFromRow,
  polarityInRow,
  readRowMeta,
  unitInRow,
  type MetaSource,
  type RowMeta,
  type RowSettings,
  type SuspectFigure,
} from './buildIndicatorFromRow'
import { financialYear, parseFinancialPeriodId } from '../financialYear'
import { EntryCollector, type ImportEntry } from './importEntries'
import type { IndicatorRow, PaperRows } from './readPaperRows'
import { SectionResolver } from './sectionFromTitle'
import { financialYearInText } from './readPeriodHeading'
import { POLARITY_WORDS, UNIT_WORDS } from '../wording'
import { freeRef, identityDifferences, sketchOfIndicator, type IdentityField, type IndicatorSketch } from './indicatorIdentity'

/** What the officer chose for a row that waits: its action when it is another indicator, and whether odd figures are right. */
export type RowAction = 'keep' | 'update' | 'new' | 'replace'
export type RowChoice = { action?: RowAction; accept?: boolean }

export type PaperImportOptions = {
  fileName: string
  /** The scorecard in use now; null to build one from the sheet alone. */
  base: Scorecard | null
  /** Today's date, YYYY-MM-DD, for the imported document's record. */
  today: string
  /** For a scorecard from the sheet alone: the council it is for (else the sheet's second title row). */
  authority?: string
  /** Per ref: the officer's choice for a row that waits. */
  choices?: ReadonlyMap<string, RowChoice>
  /** Per ref: unit, polarity, cohorts or frequency set in the review. */
  settings?: ReadonlyMap<string, RowSettings>
  /** Called as rows are read: rows done, rows in all. */
  onProgress?: (done: number, total: number) => void
}

/** A row that waits for the officer: another indicator under a current ref, or figures that look wrong. */
export type RowQuestion = {
  ref: string
  /** The spreadsheet row; absent for an indicator in a JSON file. */
  rowNumber?: number
  /** What differs from the current indicator; empty when only the figures are in question. */
  differs: IdentityField[]
  suspect: SuspectFigure[]
  current?: IndicatorSketch
  file: IndicatorSketch
  /** The actions on offer (none when only the figures are in question) and the one in effect. */
  actions: RowAction[]
  action: RowAction
  accepted: boolean
  /** The ref "new" gives the file's indicator. */
  newRef: string
  /** True while the row is left out. */
  held: boolean
}

/** A new indicator, with where each of what the file may not say came from, for the review to show guesses as guesses. */
export type NewIndicator = {
  ref: string
  rowNumber: number
  title: string
  unit: Unit
  polarity: Polarity
  cohorts: Indicator['cohorts']
  frequency: Indicator['frequency']
  sources: RowMeta['sources'] & { polarity: MetaSource | 'not given' }
}

export type PaperImportResult = {
  scorecard: Scorecard | null
  entries: ImportEntry[]
  /** The period the RAG, direction and comments columns were read for. */
  reportPeriod?: Period
  questions: RowQuestion[]
  newIndicators: NewIndicator[]
}

const isBlank = (text: string) => text.trim() === ''
const PROGRESS_EVERY = 500

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

/** What makes the row another indicator than the current one of its ref. */
function differences(row: IndicatorRow, current: Indicator, settings: RowSettings | undefined): IdentityField[] {
  return identityDifferences(current, {
    title: row.fields.indicator?.text,
    unit: settings?.unit ?? unitInRow(row),
    polarity: polarityInRow(row),
  })
}

function sketchOfRow(row: IndicatorRow, meta: RowMeta): IndicatorSketch {
  const polarity = polarityInRow(row)
  const figures = row.periods.filter((p) => !isBlank(p.cell.text)).slice(-3)
  return {
    title: row.fields.indicator?.text.trim() || '(no title in the file)',
    unit: `${UNIT_WORDS[meta.unit].label}${meta.sources.unit === 'guess' ? ' (guessed)' : ''}`,
    polarity: polarity ? POLARITY_WORDS[polarity].label : 'not given',
    figures: figures.map((p) => `${p.period.label}: ${p.cell.text.trim()}`).join('; ') || 'no figures',
  }
}

const DIFFERS_WORDS = { title: 'title', unit: 'unit', polarity: 'polarity' } as const

export function buildPaperScorecard(sheet: PaperRows, options: PaperImportOptions): PaperImportResult {
  const { base, fileName, today } = options
  // A large sheet's cell-by-cell entries are counted, not all kept (EntryCollector).
  const entries = new EntryCollector()
  for (const entry of sheet.entries) entries.push(entry)
  const questions: RowQuestion[] = []
  const newIndicators: NewIndicator[] = []
  if (sheet.rows.length === 0) {
    entries.push({
      status: 'problem',
      column: '(file)',
      message: 'No indicator rows (a ref such as G1 or P3.17 in the Ref column) were found under the header.',
    })
    return { scorecard: null, entries: entries.finish(), questions, newIndicators }
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
  const filled = new Set<string>()
  for (const row of sheet.rows) for (const p of row.periods) if (!isBlank(p.cell.text)) filled.add(p.period.id)
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
  const allPeriods = new Map([...basePeriods, ...[...columnPeriods, ...sheet.comparatorPeriods].map((p) => [p.id, p] as const)])

  const sections = new SectionResolver(base?.sections ?? [])
  const baseByRef = new Map((base?.indicators ?? []).map((i) => [i.ref, i]))
  const takenRefs = new Set([...baseByRef.keys(), ...sheet.rows.map((r) => r.ref)])
  const built = new Map<string, Indicator>()
  const added: Indicator[] = []
  const seenRows = new Map<string, number>()

  sheet.rows.forEach((row, rowIndex) => {
    if (options.onProgress && rowIndex % PROGRESS_EVERY === 0) options.onProgress(rowIndex, sheet.rows.length)
    const firstRow = seenRows.get(row.ref)
    if (firstRow !== undefined) {
      entries.push({
        status: 'problem',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message: `${row.ref} is already on row ${firstRow}; this row was ignored.`,
      })
      return
    }
    seenRows.set(row.ref, row.rowNumber)
    const existing = baseByRef.get(row.ref)
    const currentSection = existing ? sections.byId(existing.section) : undefined
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

    const settings = options.settings?.get(row.ref)
    const choice = options.choices?.get(row.ref) ?? {}
    // Another indicator under a current ref: kept apart unless the officer says otherwise.
    const differs = existing ? differences(row, existing, settings) : []
    const actions: RowAction[] =
      differs.length === 0
        ? []
        : differs.length === 1 && differs[0] === 'title'
          ? ['keep', 'update', 'new', 'replace']
          : ['keep', 'new', 'replace']
    const action: RowAction = choice.action && actions.includes(choice.action) ? choice.action : actions.length > 0 ? 'keep' : 'update'
    const newRef = existing && actions.length > 0 ? freeRefFor(row.ref) : row.ref
    const current = action === 'update' ? existing : undefined
    const meta = readRowMeta(row, current, section, settings)
    const question = (suspect: SuspectFigure[], held: boolean): RowQuestion => ({
      ref: row.ref,
      rowNumber: row.rowNumber,
      differs,
      suspect,
      ...(existing ? { current: sketchOfIndicator(existing, allPeriods) } : {}),
      file: sketchOfRow(row, meta),
      actions,
      action,
      accepted: choice.accept === true,
      newRef,
      held,
    })

    if (action === 'keep') {
      questions.push(question([], true))
      entries.push({
        status: 'problem',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message: `This row's ${differs.map((d) => DIFFERS_WORDS[d]).join(' and ')} ${differs.length > 1 ? 'differ' : 'differs'} from the current ${row.ref} ("${existing!.title}"), so it may be another indicator: the current ${row.ref} is kept and this row is left out until you choose in the review (keep the current one, add the file's as a new indicator, or replace it).`,
      })
      return
    }

    const ref = action === 'new' ? newRef : row.ref
    const rowEntries: ImportEntry[] = []
    const { indicator, suspect } = buildIndicatorFromRow(
      { row, current, section, reportPeriod, source: sourceFor(row.rowNumber), fileName, ref, ...(settings ? { settings } : {}) },
      rowEntries,
    )
    const held = suspect.length > 0 && choice.accept !== true
    if (actions.length > 0 || suspect.length > 0) questions.push(question(suspect, held))
    if (held) {
      // Only what is wrong is told; nothing else of the row is used.
      for (const entry of rowEntries) if (entry.status !== 'understood') entries.push(entry)
      entries.push({
        status: 'problem',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message: `${suspect.length === 1 ? 'A figure does' : 'Figures do'} not fit this indicator (${suspect.map((s) => `${s.column} "${s.text.trim()}"`).join(', ')}), so the row is left out until you decide in the review: correct the file, or confirm the figures are right.`,
      })
      return
    }
    for (const entry of rowEntries) entries.push(entry)
    if (!indicator) return
    if (action === 'new' || action === 'replace') {
      entries.push({
        status: 'understood',
        row: row.rowNumber,
        ref: row.ref,
        column: '(row)',
        message:
          action === 'new'
            ? `Added as a new indicator, ${ref}, beside the current ${row.ref}, as you chose.`
            : `Replaces the current ${row.ref} ("${existing!.title}") and its history, as you chose.`,
      })
    }
    if (!current) {
      const inFile = polarityInRow(row) !== undefined
      newIndicators.push({
        ref,
        rowNumber: row.rowNumber,
        title: indicator.title,
        unit: indicator.unit,
        polarity: indicator.polarity,
        cohorts: indicator.cohorts,
        frequency: indicator.frequency,
        sources: { ...meta.sources, polarity: inFile ? 'file' : settings?.polarity !== undefined ? 'review' : 'not given' },
      })
    }
    if (existing && action !== 'new') built.set(existing.ref, indicator)
    else added.push(indicator)
  })
  options.onProgress?.(sheet.rows.length, sheet.rows.length)

  function freeRefFor(ref: string) {
    return freeRef(ref, takenRefs)
  }

  const indicators = placeIndicators(base?.indicators ?? [], built, added)
  const usedPeriodIds = new Set<string>()
  for (const i of indicators) {
    for (const x of i.values) usedPeriodIds.add(x.period)
    for (const x of i.commentary) usedPeriodIds.add(x.period)
    for (const x of i.reported) usedPeriodIds.add(x.period)
    for (const c of i.comparators) if (c.period) usedPeriodIds.add(c.period)
  }
  const sheetPeriods = [...new Map([...columnPeriods, ...sheet.comparatorPeriods].map((p) => [p.id, p])).values()]
  const periods = base
    ? sortPeriods([...base.periods, ...sheetPeriods.filter((p) => !basePeriods.has(p.id) && usedPeriodIds.has(p.id))])
    : sortPeriods(sheetPeriods.filter((p) => columnPeriods.includes(p) || usedPeriodIds.has(p.id)))
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
        authority: options.authority ?? sheet.preamble[1] ?? 'Authority not stated in the file',
        title: sheet.preamble[0] ?? `Scorecard imported from ${fileName}`,
        reportingYear: reportingYearOfTitle(sheet.preamble) ?? reportingYearOf(reportPeriod) ?? 'Not stated',
        documents: [document],
        periods,
        sections: sections.created.filter((s) => usedSections.has(s.id)),
        indicators,
        additions: [],
      }

  const period = reportPeriod ? { reportPeriod } : {}
  if (indicators.length === 0) return { scorecard: null, entries: entries.finish(), ...period, questions, newIndicators }
  // The same checks as any data file; anything they drop is reported, not hidden. Their
  // warnings were already given cell by cell above, so only what they drop is added.
  // The draft is plain data built here, and parsing does not change what it is given.
  const checked = parseScorecard(draft, fileName)
  for (const issue of checked.issues) {
    if (issue.severity === 'error')
      entries.push({ status: 'problem', ...(issue.ref ? { ref: issue.ref } : {}), column: issue.field, message: issue.message })
  }
  return { scorecard: checked.scorecard, entries: entries.finish(), ...period, questions, newIndicators }
}

/** "Reporting year 2025-26" or "Scorecard 2016/17" above the headings. */
function reportingYearOfTitle(preamble: readonly string[]): string | undefined {
  const start = financialYearInText(preamble.join(' '))
  return start !== undefined ? financialYear(start) : undefined
}

function reportingYearOf(period: Period | undefined): string | undefined {
  if (!period) return undefined
  const read = parseFinancialPeriodId(period.id)
  if (read) return financialYear(read.startYear)
  // Any other period: the financial year its end falls in.
  const [year, month] = period.end.split('-').map(Number) as [number, number]
  return financialYear(month >= 4 ? year : year - 1)
}

/**
 * Updated indicators stay where they were; new ones go after the last
 * indicator of their section, in file order, and new sections' at the end.
 * One pass each way: a sheet of 50,000 new rows must not be placed one by one.
 */
function placeIndicators(current: readonly Indicator[], built: ReadonlyMap<string, Indicator>, added: readonly Indicator[]): Indicator[] {
  const addedBySection = new Map<string, Indicator[]>()
  for (const indicator of added) {
    const list = addedBySection.get(indicator.section)
    if (list) list.push(indicator)
    else addedBySection.set(indicator.section, [indicator])
  }
  const updated = current.map((indicator) => built.get(indicator.ref) ?? indicator)
  const lastOfSection = new Map<string, number>()
  updated.forEach((indicator, index) => lastOfSection.set(indicator.section, index))
  const out: Indicator[] = []
  updated.forEach((indicator, index) => {
    out.push(indicator)
    if (lastOfSection.get(indicator.section) === index) for (const a of addedBySection.get(indicator.section) ?? []) out.push(a)
  })
  for (const [section, list] of addedBySection) if (!lastOfSection.has(section)) for (const a of list) out.push(a)
  return out
}
