// The import panel's state and actions: read a file into a report, then
// confirm (a save of a new version) or cancel. Nothing changes before confirming.
import { useReducer } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import type { DataIssue } from '../../../domain/parseScorecard'
import { todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { useSaveVersion } from '../versions/versionMutations'
import type { ImportOutcome } from './buildImport'
import { importFile } from './importFile'
import { IMPORT_IDLE, importPanelReducer } from './importPanelState'

/** Problems (parts left out) travel with the scorecard, so every view can say what is missing. */
function importIssues(outcome: ImportOutcome): DataIssue[] {
  return outcome.entries
    .filter((e) => e.status === 'problem')
    .map((e) => ({
      severity: 'error' as const,
      file: outcome.fileName,
      ...(e.ref ? { ref: e.ref } : {}),
      field: e.row ? `row ${e.row}, ${e.column}` : e.column,
      message: e.message,
    }))
}

export function useImportFlow(loaded: LoadedScorecard) {
  const [state, dispatch] = useReducer(importPanelReducer, IMPORT_IDLE)
  const save = useSaveVersion()

  const read = async (file: File) => {
    save.reset()
    const base = loaded.scorecard
    dispatch({ type: 'read-started', name: file.name })
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      dispatch({ type: 'read', outcome: await importFile({ name: file.name, bytes }, base, todayIso()), base })
    } catch (error) {
      dispatch({ type: 'read-failed', name: file.name, reason: error instanceof Error ? error.message : String(error) })
    }
  }

  const confirm = () => {
    if (state.step !== 'review' || !state.outcome.candidate) return
    const { outcome } = state
    const next: LoadedScorecard = {
      scorecard: outcome.candidate!,
      issues: [...loaded.issues, ...importIssues(outcome)],
      files: [...new Set([...loaded.files, outcome.fileName])],
    }
    save.mutate(
      { inUse: loaded, next, label: `Import of ${outcome.fileName}` },
      { onSuccess: () => dispatch({ type: 'imported', outcome }), onError: () => dispatch({ type: 'closed' }) },
    )
  }

  const cancel = () => dispatch({ type: 'closed' })

  return {
    state,
    // While the save refetches, the new scorecard arrives before the save reports back: not a stale report.
    stale: state.step === 'review' && !save.isPending && state.base !== loaded.scorecard,
    saving: save.isPending,
    save,
    read,
    confirm,
    cancel,
  }
}
