// The scorecard in the paper layout the committee papers use: a title, the
// header row, then section heading rows with their indicators. Each cell is
// the text the paper shows (see paperText.ts), protected against formula
// injection; figures also carry an Excel number and format that display the
// same text. CSV and XLSX writers both start from this table.
//
// The scorecard table's download (`assessed`) says what the screen says: in
// place of the paper's RAG and arrow as reported, each row's latest figure at
// the period with its own period, the app's RAG and direction of travel in
// words, and what the source printed beside them, in words too
// (ratingWords.ts). The importer reads such a file back: the "as printed"
// columns are what it reports, the app's own are worked out again.
import { assessIndicator, type Assessment } from '../assessIndicator'
import type { RagRating } from '../computeRag'
import { entryPeriodNote } from '../entryAtPoint'
import { formatCell } from '../formatValue'
import { indexPeriods } from '../periods'
import { directionWords, printedDirectionWords, printedRagWords, RAG_WORDS } from '../ratingWords'
import { assessScorecard } from '../summarise'
import type { Indicator, Period, Scorecard } from '../scorecardSchema'
import { excelFigureFor, type ExcelFigure } from './excelNumberFormat'
import { paperColumnPeriods, paperPeriodHeader } from '../financialYear'
import { neutraliseFormula } from './formulaGuard'
import { APP_COLUMNS, isColumnComparator } from './matchHeader'
import { groupBySection } from '../groupBySection'
import { POLARITY_WORDS } from '../wording'
import { paperCellText, paperComparatorText, paperTargetText } from './paperText'

/** A cell's text; a figure's Excel number and format; a rating, which an XLSX colours (the words stay, for black and white). */
export type PaperCell = { text: string; figure?: ExcelFigure; rag?: RagRating }
export type PaperRowKind = 'title' | 'header' | 'section' | 'indicator'
export type PaperRow = { kind: PaperRowKind; cells: PaperCell[] }
export type PaperTable = { rows: PaperRow[]; columns: string[]; columnPeriods: Period[]; reportPeriod: Period }

export type PaperLayoutOptions = {
  /** The quarter the RAG, direction and comments columns describe. */
  reportPeriodId: string
  /** Write the app's own RAG and arrow where the source reported none (they then import as reported). */
  fillComputed?: boolean
  /** What the screen says (the table's download): the latest figure, the app's RAG and direction, and what the source printed, all in words. */
  assessed?: boolean
}

// Keyed by priority keys from data: a Map, so a key such as "constructor" is not read from Object.prototype.
const PRIORITY_HEADERS = new Map([
  ['cyp', 'C&YP Plan Priority'],
  ['corporate', 'Corporate Priority'],
])
const ARROWS = { up: '↑', down: '↓', same: '→' } as const

const text = (raw: string): PaperCell => ({ text: neutraliseFormula(raw) })
const figure = (raw: string): PaperCell => {
  const asNumber = excelFigureFor(raw)
  return asNumber ? { text: neutraliseFormula(raw), figure: asNumber } : text(raw)
}

/** The paper columns for a report period, or undefined when it is not a financial quarter or year end. */
export function paperLayoutColumns(reportPeriodId: string, priorityKeys: readonly string[], assessed = false) {
  const columnPeriods = paperColumnPeriods(reportPeriodId)
  if (!columnPeriods) return undefined
  const headers = [
    'Ref',
    'Info available from',
    'Commentary/Lead',
    'Indicator',
    'Polarity',
    'Stat Neigh Av',
    'National Av',
    'Target',
    ...columnPeriods.map(paperPeriodHeader),
    ...(assessed
      ? [APP_COLUMNS.latest, APP_COLUMNS.rag, APP_COLUMNS.direction, APP_COLUMNS.ragPrinted, APP_COLUMNS.directionPrinted]
      : ['RAG', 'Quarterly dir of travel']),
    'Comments',
    ...priorityKeys.map((key) => PRIORITY_HEADERS.get(key) ?? `${key} priority`),
  ]
  return { headers, columnPeriods }
}

function priorityKeysOf(indicators: readonly Indicator[]): string[] {
  const keys = new Set(indicators.flatMap((i) => Object.keys(i.priorities ?? {})))
  const known = [...PRIORITY_HEADERS.keys()].filter((k) => keys.has(k))
  return [...known, ...[...keys].filter((k) => !PRIORITY_HEADERS.has(k)).sort()]
}

export function serialisePaperLayout(scorecard: Scorecard, options: PaperLayoutOptions): PaperTable {
  const periods = indexPeriods(scorecard.periods)
  const priorityKeys = priorityKeysOf(scorecard.indicators)
  const assessed = options.assessed ?? false
  const layout = paperLayoutColumns(options.reportPeriodId, priorityKeys, assessed)
  if (!layout) throw new Error(`${options.reportPeriodId} is not a financial quarter or year end, so it has no paper layout.`)
  const { headers, columnPeriods } = layout
  const reportPeriod = periods.get(options.reportPeriodId) ?? columnPeriods.find((p) => p.id === options.reportPeriodId)!
  // Periods the scorecard does not define (a new year) still get their column, empty.
  const allPeriods = new Map(periods)
  for (const p of columnPeriods) if (!allPeriods.has(p.id)) allPeriods.set(p.id, p)
  const width = headers.length
  const pad = (cells: PaperCell[]) => [...cells, ...Array.from({ length: width - cells.length }, () => text(''))]

  const rows: PaperRow[] = [
    { kind: 'title', cells: pad([text(scorecard.title)]) },
    { kind: 'title', cells: pad([text(scorecard.authority)]) },
    { kind: 'header', cells: headers.map(text) },
  ]

  // As the table assesses them: each indicator's latest entry by the report period, with its own period.
  const assessments = assessed ? new Map(assessScorecard(scorecard, reportPeriod.id).map((a) => [a.indicator.ref, a])) : undefined
  for (const group of groupBySection(scorecard.indicators, (i) => i.section, scorecard.sections)) {
    rows.push({ kind: 'section', cells: pad([text(group.section.title)]) })
    for (const indicator of group.items) {
      rows.push({
        kind: 'indicator',
        cells: indicatorCells(indicator, {
          columnPeriods,
          reportPeriod,
          priorityKeys,
          periods: allPeriods,
          fillComputed: options.fillComputed ?? false,
          assessment: assessments?.get(indicator.ref),
        }),
      })
    }
  }
  return { rows, columns: headers, columnPeriods, reportPeriod }
}

type RowOptions = {
  columnPeriods: Period[]
  reportPeriod: Period
  priorityKeys: string[]
  periods: ReadonlyMap<string, Period>
  fillComputed: boolean
  /** For the assessed layout: the indicator as the screen shows it at the report period. */
  assessment: Assessment | undefined
}

function indicatorCells(indicator: Indicator, options: RowOptions): PaperCell[] {
  const { unit } = indicator
  const inColumn = (kind: 'stat-neighbours' | 'england', field: 'statNeighbours' | 'national') =>
    indicator.comparators.find((c) => isColumnComparator(c, kind, field))
  const sn = inColumn('stat-neighbours', 'statNeighbours')
  const national = inColumn('england', 'national')
  const cells = options.columnPeriods.map((period) => {
    const cell = indicator.values.find((v) => v.period === period.id)
    return cell ? figure(paperCellText(cell, unit)) : text('')
  })

  const reportId = options.reportPeriod.id
  const reported = indicator.reported.find((r) => r.period === reportId)
  const comments = indicator.commentary
    .filter((c) => c.period === reportId)
    .map((c) => c.text)
    .join('\n\n')
  const start = [
    text(indicator.ref),
    text(indicator.infoFrom ?? ''),
    text(indicator.lead ?? ''),
    text(indicator.title),
    text(POLARITY_WORDS[indicator.polarity].paper),
    sn ? figure(paperComparatorText(sn, unit)) : text(''),
    national ? figure(paperComparatorText(national, unit)) : text(''),
    figure(paperTargetText(indicator.target, unit)),
    ...cells,
  ]
  const end = [text(comments), ...options.priorityKeys.map((key) => text(indicator.priorities?.[key] ?? ''))]
  if (options.assessment) return [...start, ...assessedCells(options.assessment), ...end]

  let rag = reported?.rag ? RAG_WORDS[reported.rag] : ''
  let direction = reported?.directionRaw ?? ''
  if (options.fillComputed) {
    const assessment = assessIndicator(indicator, reportId, options.periods)
    if (!rag && assessment.rag.rating !== 'none') rag = RAG_WORDS[assessment.rag.rating]
    if (!direction && assessment.direction.raw) direction = ARROWS[assessment.direction.raw]
  }
  return [...start, text(rag), text(direction), ...end]
}

/** The table's columns for a row: latest figure (its own period beside it), RAG, direction of travel, and what the source printed. */
function assessedCells(a: Assessment): PaperCell[] {
  // What the source printed for the same period the app rates.
  const reported = a.indicator.reported.find((r) => r.period === a.periodId)
  const note = a.at ? entryPeriodNote(a.at, a.at.point.id) : undefined
  const latest = a.cell ? `${formatCell(a.cell, a.indicator.unit, { withUnit: true })}${note ? ` (${note})` : ''}` : ''
  return [
    text(latest),
    { ...text(RAG_WORDS[a.rag.rating]), rag: a.rag.rating },
    text(directionWords(a.direction)),
    text(printedRagWords(reported)),
    text(printedDirectionWords(reported?.directionRaw)),
  ]
}
