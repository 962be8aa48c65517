import { useQueryClient } from '@tanstack/react-query'
import { useId, useRef, useState, type DragEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import type { DataIssue } from '../../../domain/parseScorecard'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { importFile, type ImportOutcome } from './importFile'
import { ImportReview } from './ImportReview'
import { applyLocalScorecard } from '../../../data/localScorecardStore'

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'review'; outcome: ImportOutcome; base: Scorecard }
  | { step: 'done'; message: string; storageProblem: string | null }
  | { step: 'failed'; message: string }

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

/** Import from a file picker or a dropped file. The file is read here; nothing is uploaded. */
export function ImportPanel({ loaded }: { loaded: LoadedScorecard }) {
  const queryClient = useQueryClient()
  const [state, setState] = useState<State>({ step: 'idle' })
  const [dragging, setDragging] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()

  const read = async (file: File) => {
    const base = loaded.scorecard
    setState({ step: 'reading', name: file.name })
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const outcome = await importFile({ name: file.name, bytes }, base, todayIso())
      setState({ step: 'review', outcome, base })
    } catch (error) {
      setState({
        step: 'failed',
        message: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). The current scorecard is unchanged.`,
      })
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void read(file)
  }

  const confirm = () => {
    if (state.step !== 'review' || !state.outcome.candidate) return
    const { outcome } = state
    const next: LoadedScorecard = {
      scorecard: outcome.candidate!,
      issues: [...loaded.issues, ...importIssues(outcome)],
      files: [...new Set([...loaded.files, outcome.fileName])],
    }
    const { storageProblem } = applyLocalScorecard(queryClient, next, `Import of ${outcome.fileName}`)
    const s = outcome.summary
    const message = `Imported ${outcome.fileName}: ${s?.added.length ?? 0} added, ${s?.updated.length ?? 0} updated. Every view now shows it. “Restore the previous version” above undoes this.`
    setState({ step: 'done', message, storageProblem })
    if (inputRef.current) inputRef.current.value = ''
  }

  const cancel = () => {
    setState({ step: 'idle' })
    if (inputRef.current) {
      inputRef.current.value = ''
      inputRef.current.focus()
    }
  }

  return (
    <section id="import" className="update-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import a file</h2>
      <p id={hintId}>
        JSON in this app’s own format, or a CSV or Excel (.xlsx) file laid out like the paper scorecard (Ref, Info available from,
        Commentary/Lead, Indicator, Polarity, Stat Neigh Av, National Av, Target, the year-end and quarter columns, RAG, direction of
        travel, Comments and priorities). Rows update the indicators with the same ref. The file is read in this browser: nothing is
        uploaded, and nothing changes until you confirm.
      </p>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>Choose a file to import</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,.csv,.txt,.tsv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={hintId}
          onChange={(event) => {
            const file = event.target.files?.[0]
            if (file) void read(file)
          }}
        />
        <p className="drop-zone-hint">or drop the file here</p>
      </div>
      <div role="status" className="update-status">
        {state.step === 'reading' && <p>Reading {state.name}…</p>}
        {state.step === 'review' && (
          <p>
            Read {state.outcome.fileName}. Check the report below{state.outcome.candidate ? ', then confirm or cancel' : ''}.
          </p>
        )}
        {state.step === 'done' && <p className="update-success">{state.message}</p>}
      </div>
      {state.step === 'failed' && (
        <p className="update-alert" role="alert">
          {state.message}
        </p>
      )}
      {state.step === 'done' && state.storageProblem && (
        <p className="update-alert" role="alert">
          {state.storageProblem}
        </p>
      )}
      {state.step === 'review' && (
        <ImportReview outcome={state.outcome} stale={state.base !== loaded.scorecard} onConfirm={confirm} onCancel={cancel} />
      )}
    </section>
  )
}
