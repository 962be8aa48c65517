// The import panel's state and actions: read a file into a report (in a
// worker, with progress and Cancel), rebuild it as the officer maps columns,
// decides rows or starts a new scorecard, then confirm (a save of a new
// version) or cancel. Nothing changes before confirming.
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useReducer, useRef } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { officialQueries } from '../../../data/useOfficialData'
import type { DataIssue } from '../../../domain/parseScorecard'
import type { RowSettings } from '../../../domain/spreadsheet/buildIndicatorFromRow'
import type { RowChoice } from '../../../domain/spreadsheet/buildPaperScorecard'
import { mappingFile, type ColumnMapping, type MappingFile } from '../../../domain/spreadsheet/columnMapping'
import { todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { useSaveVersion } from '../versions/versionMutations'
import type { ImportReport } from './buildImport'
import { IMPORT_IDLE, importPanelReducer, NO_CHOICES, type ImportChoices } from './importPanelState'
import { createImportSession, ImportCancelled, type ImportSession } from './importSession'
import { findSavedMapping, saveMapping } from './savedMappings'

/** Problems (parts left out) travel with the scorecard, so every view can say what is missing. */
export function importIssues(outcome: ImportReport): DataIssue[] {
  // A row still waiting for the officer's choice when the import was confirmed: the review that offered it is gone.
  const waited = new Set(outcome.questions.filter((q) => q.held && q.rowNumber !== undefined).map((q) => q.rowNumber))
  return outcome.entries
    .filter((e) => e.status === 'problem')
    .map((e) => ({
      severity: 'error' as const,
      file: outcome.fileName,
      ...(e.ref ? { ref: e.ref } : {}),
      field: e.row ? `row ${e.row}, ${e.column}` : e.column,
      message:
        e.column === '(row)' && e.row !== undefined && waited.has(e.row)
          ? `This row waited for a choice that was not made before the import was confirmed, so it was left out. To bring it in, import ${outcome.fileName} again and choose in its review.`
          : e.message,
    }))
}

/** The council a file's import is for: the one it names when the officer starts a new scorecard from it. */
export function councilOfImport(outcome: ImportReport, base: { authority: string }): string {
  return outcome.otherCouncil?.name ?? base.authority
}

export function useImportFlow(loaded: LoadedScorecard) {
  const [state, dispatch] = useReducer(importPanelReducer, IMPORT_IDLE)
  const save = useSaveVersion()
  const queryClient = useQueryClient()
  const session = useRef<ImportSession | null>(null)
  const councilNames = useRef<readonly string[]>([])
  // Only the latest build's answer is shown; an earlier one still running is dropped.
  const latestBuild = useRef(0)
  useEffect(() => () => session.current?.cancel(), [])

  const optionsFor = (choices: ImportChoices) => ({
    today: todayIso(),
    councilNames: councilNames.current,
    choices: choices.choices,
    settings: choices.settings,
    ...(choices.mapping ? { mapping: choices.mapping } : {}),
    ...(choices.startNew ? { startNew: true } : {}),
  })

  const loadCouncilNames = async (): Promise<readonly string[]> => {
    try {
      const index = await queryClient.fetchQuery(officialQueries.index())
      return index.areas.filter((a) => a.kind === 'la').map((a) => a.name)
    } catch {
      // Without the list, a phrase ending in "Council" in the title rows still names the council.
      return []
    }
  }

  const read = async (file: File) => {
    save.reset()
    session.current?.cancel()
    const current = createImportSession((progress) => dispatch({ type: 'progress', progress }))
    session.current = current
    const build = ++latestBuild.current
    const base = loaded.scorecard
    dispatch({ type: 'read-started', name: file.name })
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const outline = await current.read({ name: file.name, bytes })
      councilNames.current = outline.titleRows ? await loadCouncilNames() : []
      const saved = findSavedMapping(base.authority, outline.fingerprint)
      let choices: ImportChoices = saved ? { ...NO_CHOICES, mapping: saved.mapping, mappingFrom: 'saved' } : NO_CHOICES
      let outcome = await current.build(base, optionsFor(choices))
      if (!saved && outcome.otherCouncil) {
        const theirs = findSavedMapping(outcome.otherCouncil.name, outline.fingerprint)
        if (theirs) {
          choices = { ...NO_CHOICES, mapping: theirs.mapping, mappingFrom: 'saved' }
          outcome = await current.build(base, optionsFor(choices))
        }
      }
      if (build !== latestBuild.current) return
      dispatch({ type: 'read', outcome, base, choices, ...(outline.fingerprint ? { fingerprint: outline.fingerprint } : {}) })
    } catch (error) {
      if (build !== latestBuild.current) return
      if (error instanceof ImportCancelled) dispatch({ type: 'closed' })
      else dispatch({ type: 'read-failed', name: file.name, reason: error instanceof Error ? error.message : String(error) })
    }
  }

  const rebuild = async (next: ImportChoices) => {
    if (state.step !== 'review' || !session.current) return
    const { base } = state
    const build = ++latestBuild.current
    dispatch({ type: 'rebuild-started' })
    try {
      const outcome = await session.current.build(base, optionsFor(next))
      if (build === latestBuild.current) dispatch({ type: 'read', outcome, base, choices: next })
    } catch (error) {
      if (build !== latestBuild.current) return
      if (error instanceof ImportCancelled) dispatch({ type: 'closed' })
      else dispatch({ type: 'read-failed', name: state.outcome.fileName, reason: error instanceof Error ? error.message : String(error) })
    }
  }

  const choicesNow = state.step === 'review' ? state.choices : NO_CHOICES

  /** The mapping as a file for this council's headings (to save here, or to share). */
  const mappingFileOf = (mapping: ColumnMapping): MappingFile | undefined => {
    if (state.step !== 'review') return undefined
    const headings = state.outcome.columns?.headings ?? []
    const file = mappingFile(councilOfImport(state.outcome, state.base), headings, mapping, new Date().toISOString())
    return state.fingerprint ? { ...file, fingerprint: state.fingerprint } : file
  }

  /** Reads the file again with the officer's mapping, and keeps it for this council's headings. Returns a storage problem, if any. */
  const applyMapping = (mapping: ColumnMapping): string | undefined => {
    const file = mappingFileOf(mapping)
    const problem = file ? saveMapping(file) : undefined
    void rebuild({ ...choicesNow, mapping, mappingFrom: 'yours' })
    return problem
  }

  /** A colleague's mapping file: kept here for its council and headings, and used for this file. */
  const adoptMappingFile = (file: MappingFile): string | undefined => {
    const problem = saveMapping(file)
    void rebuild({ ...choicesNow, mapping: file.mapping, mappingFrom: 'file' })
    return problem
  }

  const chooseRow = (ref: string, choice: RowChoice) => {
    const choices = new Map(choicesNow.choices)
    choices.set(ref, { ...choices.get(ref), ...choice })
    void rebuild({ ...choicesNow, choices })
  }

  const setIndicator = (ref: string, settings: RowSettings) => {
    const all = new Map(choicesNow.settings)
    all.set(ref, { ...all.get(ref), ...settings })
    void rebuild({ ...choicesNow, settings: all })
  }

  const startNew = () => void rebuild({ ...choicesNow, startNew: true })

  const confirm = async () => {
    if (state.step !== 'review' || !state.outcome.candidate || !session.current) return
    const { outcome } = state
    let scorecard
    try {
      scorecard = await session.current.candidate()
    } catch (error) {
      dispatch({ type: 'read-failed', name: outcome.fileName, reason: error instanceof Error ? error.message : String(error) })
      return
    }
    if (!scorecard) return
    const next: LoadedScorecard = outcome.startsNew
      ? { scorecard, issues: importIssues(outcome), files: [outcome.fileName] }
      : {
          scorecard,
          issues: [...loaded.issues, ...importIssues(outcome)],
          files: [...new Set([...loaded.files, outcome.fileName])],
        }
    const label = outcome.startsNew
      ? `New scorecard for ${councilOfImport(outcome, state.base)} from ${outcome.fileName}`
      : `Import of ${outcome.fileName}`
    save.mutate(
      { inUse: loaded, next, label },
      {
        onSuccess: () => {
          dispatch({ type: 'imported', outcome })
          // The file is done with: its worker and what it holds go.
          session.current?.cancel()
          session.current = null
        },
        onError: () => dispatch({ type: 'closed' }),
      },
    )
  }

  /** Stops reading (or rebuilding) at once, or closes the report. */
  const cancel = () => {
    latestBuild.current++
    session.current?.cancel()
    session.current = null
    dispatch({ type: 'closed' })
  }

  return {
    state,
    // While the save refetches, the new scorecard arrives before the save reports back: not a stale report.
    stale: state.step === 'review' && !save.isPending && state.base !== loaded.scorecard,
    saving: save.isPending,
    save,
    read,
    confirm,
    cancel,
    applyMapping,
    adoptMappingFile,
    mappingFileOf,
    chooseRow,
    setIndicator,
    startNew,
  }
}
