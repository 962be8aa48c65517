// Builds the import from what was read (readImportSource.ts) and the
// officer's choices so far: a column mapping, a choice per row that waits,
// settings for new indicators, and whether to start a new scorecard from a
// file for another council. The result is a report and a candidate
// scorecard; nothing here changes the scorecard in use: the page shows the
// report and only a confirmation applies the candidate.
import { mergeScorecards } from '../../../domain/mergeScorecards'
import type { Scorecard } from '../../../domain/scorecardSchema'
import type { NewIndicator, RowChoice, RowQuestion } from '../../../domain/spreadsheet/buildPaperScorecard'
import type { RowSettings } from '../../../domain/spreadsheet/buildIndicatorFromRow'
import type { ColumnMapping } from '../../../domain/spreadsheet/columnMapping'
import { sortEntries, type ImportEntry } from '../../../domain/spreadsheet/importEntries'
import { importSheet, type OtherCouncil } from '../../../domain/spreadsheet/importSheet'
import { councilTitle, sameCouncil } from '../../../domain/spreadsheet/namedCouncil'
import type { SheetColumns } from '../../../domain/spreadsheet/sheetColumns'
import type { FileKind } from '../../../domain/spreadsheet/sniffFileKind'
import { plural, pluralWord } from '../../../domain/wording'
import { diffScorecards, summariseRefs, type RefSummary, type ScorecardChange } from '../diffScorecards'
import { CURRENT_FILE, mergeJsonScorecard } from './mergeJsonScorecard'
import type { ImportSource } from './readImportSource'

export type ImportOptions = {
  /** Today's date, YYYY-MM-DD, for the imported document's record. */
  today: string
  mapping?: ColumnMapping
  choices?: ReadonlyMap<string, RowChoice>
  settings?: ReadonlyMap<string, RowSettings>
  /** The officer chose to start a new scorecard from a file for another council. */
  startNew?: boolean
  /** Official names of English councils, to recognise one in a sheet's title rows; empty when not loaded. */
  councilNames?: readonly string[]
  onProgress?: (done: number, total: number) => void
}

export type ImportOutcome = {
  fileName: string
  kind: FileKind
  entries: ImportEntry[]
  /** The scorecard the import would give; null when nothing in the file can be used (or the officer must choose first). */
  candidate: Scorecard | null
  /** True when the candidate is a new scorecard, not the one in use updated. */
  startsNew: boolean
  changes: ScorecardChange[]
  summary: RefSummary | null
  /** A file for another council than the one in use: never merged unasked. */
  otherCouncil?: OtherCouncil
  /** A sheet's headings and what each was taken to be. */
  columns?: SheetColumns
  questions: RowQuestion[]
  newIndicators: NewIndicator[]
}

/** What a scorecard the import would give is, in brief: what the review shows before the officer confirms. */
export type CandidateSketch = { authority: string; indicators: number; sections: number }

/**
 * The outcome as the page holds it while the officer reviews: the candidate
 * scorecard itself stays where it was built (a worker) until it is confirmed,
 * so a 50,000-row import is not copied to the page twice.
 */
export type ImportReport = Omit<ImportOutcome, 'candidate'> & { candidate: CandidateSketch | null }

export function reportOf(outcome: ImportOutcome): ImportReport {
  const { candidate } = outcome
  return {
    ...outcome,
    candidate: candidate
      ? { authority: candidate.authority, indicators: candidate.indicators.length, sections: candidate.sections.length }
      : null,
  }
}

type Built = {
  entries: ImportEntry[]
  candidate: Scorecard | null
  refsInFile: ReadonlySet<string>
  otherCouncil?: OtherCouncil
  columns?: SheetColumns
  questions: RowQuestion[]
  newIndicators: NewIndicator[]
}

const fileProblem = (message: string): ImportEntry => ({ status: 'problem', column: '(file)', message })
const NONE: ReadonlySet<string> = new Set()

export function buildImport(source: ImportSource, base: Scorecard, options: ImportOptions): ImportOutcome {
  const built = buildFrom(source, base, options)
  const startsNew = built.otherCouncil !== undefined && built.candidate !== null
  const changes = built.candidate && !startsNew ? diffScorecards(base, built.candidate) : []
  const closing: ImportEntry[] = []
  if (built.candidate && !startsNew && changes.length === 0)
    closing.push({ status: 'understood', column: '(file)', message: 'Importing this file would change nothing in the current scorecard.' })
  if (!built.candidate && !built.otherCouncil && ![...source.entries, ...built.entries].some((e) => e.status === 'problem'))
    closing.push(fileProblem('Nothing in this file could be used.'))
  return {
    fileName: source.name,
    kind: source.kind,
    entries: sortEntries([...source.entries, ...built.entries, ...closing]),
    candidate: built.candidate,
    startsNew,
    changes,
    summary: built.candidate && !startsNew ? summariseRefs(base, built.candidate, built.refsInFile) : null,
    ...(built.otherCouncil ? { otherCouncil: built.otherCouncil } : {}),
    ...(built.columns ? { columns: built.columns } : {}),
    questions: built.questions,
    newIndicators: built.newIndicators,
  }
}

function buildFrom(source: ImportSource, base: Scorecard, options: ImportOptions): Built {
  const empty = { candidate: null, refsInFile: NONE, questions: [], newIndicators: [] }
  switch (source.read) {
    case 'nothing':
      return { ...empty, entries: [] }
    case 'json':
      return buildFromJson(source.name, source.scorecard, source.text, source.issues, base, options)
    case 'sheet': {
      const sheet = importSheet(source.grid, {
        fileName: source.name,
        base,
        today: options.today,
        councilNames: options.councilNames ?? [],
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.choices ? { choices: options.choices } : {}),
        ...(options.settings ? { settings: options.settings } : {}),
        ...(options.startNew ? { startNew: true } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      })
      return {
        entries: sheet.entries,
        candidate: sheet.result?.scorecard ?? null,
        refsInFile: new Set([...sheet.refs, ...(sheet.result?.newIndicators.map((i) => i.ref) ?? [])]),
        ...(sheet.otherCouncil ? { otherCouncil: sheet.otherCouncil } : {}),
        ...(sheet.columns ? { columns: sheet.columns } : {}),
        questions: sheet.result?.questions ?? [],
        newIndicators: sheet.result?.newIndicators ?? [],
      }
    }
  }
}

function notAScorecardMessage(text: string): string {
  try {
    const data = JSON.parse(text) as unknown
    if (data && typeof data === 'object' && Array.isArray((data as { files?: unknown }).files)) {
      return 'This is a file list (manifest.json), not a scorecard. Import one of the scorecard files it lists instead.'
    }
  } catch {
    return 'This file is not valid JSON, so nothing was imported. The details are below.'
  }
  return `This JSON is not a scorecard in the project's format ("format": "corporate-parenting-scorecard/1" with authority, title, periods, sections and indicators). Nothing was imported.`
}

function buildFromJson(
  name: string,
  imported: Scorecard | null,
  text: string,
  issues: ImportEntry[],
  base: Scorecard,
  options: ImportOptions,
): Built {
  const empty = { candidate: null, refsInFile: NONE, questions: [], newIndicators: [] }
  if (!imported) return { ...empty, entries: [fileProblem(notAScorecardMessage(text)), ...issues] }
  const understood: ImportEntry = {
    status: 'understood',
    column: '(file)',
    message: `Read as a scorecard file in the project's format: ${imported.indicators.length} indicators, ${imported.additions.length} additions.`,
  }
  if (imported.indicators.length === 0 && imported.additions.length === 0)
    return {
      ...empty,
      entries: [understood, ...issues, fileProblem('The file has no indicators and no additions, so there is nothing to import.')],
    }
  const indicators = imported.indicators.map((indicator): ImportEntry => ({
    status: 'understood',
    ref: indicator.ref,
    column: '(indicator)',
    message: `${indicator.title}: ${indicator.values.length} figures, ${indicator.commentary.length} comments.`,
  }))
  const refsInFile = new Set([...imported.indicators.map((i) => i.ref), ...imported.additions.map((a) => a.ref)])

  // Another council's file is never merged: it can only become a scorecard of its own.
  if (!sameCouncil(imported.authority, base.authority)) {
    const otherCouncil: OtherCouncil = { name: councilTitle(imported.authority), from: 'authority' }
    if (!options.startNew)
      return {
        ...empty,
        otherCouncil,
        entries: [
          understood,
          ...issues,
          {
            status: 'warning',
            column: '(file)',
            message: `This file is ${imported.authority}'s scorecard, but the scorecard in use is ${base.authority}'s, so nothing is merged into it. Start a new scorecard from this file, or cancel.`,
          },
        ],
      }
    const alone = mergeScorecards([{ file: name, scorecard: imported }])
    return {
      entries: [
        understood,
        ...issues,
        ...indicators,
        ...alone.issues.map((i) => ({ status: 'problem' as const, column: i.field, message: i.message })),
      ],
      candidate: alone.scorecard,
      refsInFile,
      otherCouncil,
      questions: [],
      newIndicators: [],
    }
  }

  const merged = mergeJsonScorecard(base, imported, name, options.choices)
  const repeated = merged.alreadyPresent.map(({ ref, count }): ImportEntry => ({
    status: 'ignored',
    ref,
    column: 'additions',
    message: `${plural(count, 'item is', 'items are')} already in the scorecard, so ${pluralWord(count, 'it is', 'they are')} not added again.`,
  }))
  const toEntry = (issue: { severity: 'error' | 'warning'; ref?: string; field: string; message: string }): ImportEntry => ({
    status: issue.severity === 'error' ? 'problem' : 'warning',
    ...(issue.ref ? { ref: issue.ref } : {}),
    column: issue.field,
    message: issue.message,
  })
  return {
    entries: [
      understood,
      ...issues,
      ...indicators,
      ...merged.issues.filter((i) => i.file !== CURRENT_FILE).map(toEntry),
      ...merged.entries,
      ...repeated,
    ],
    candidate: merged.scorecard,
    refsInFile: new Set([...refsInFile, ...merged.questions.filter((q) => q.action === 'new').map((q) => q.newRef)]),
    questions: merged.questions,
    newIndicators: [],
  }
}
