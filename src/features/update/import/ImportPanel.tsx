import { useId, useRef, useState, type DragEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { StorageProblem } from '../versions/StorageProblem'
import { ImportReview } from './ImportReview'
import { useImportFlow } from './useImportFlow'

/** Import from a file picker or a dropped file. The file is read here; nothing is uploaded. */
export function ImportPanel({ loaded }: { loaded: LoadedScorecard }) {
  const { state, stale, saving, save, read, confirm, cancel } = useImportFlow(loaded)
  const [dragging, setDragging] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void read(file)
  }

  const onConfirm = () => {
    confirm()
    if (inputRef.current) inputRef.current.value = ''
  }

  const onCancel = () => {
    cancel()
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
      <StorageProblem error={save.error} result={save.data} />
      {state.step === 'review' && (
        <ImportReview outcome={state.outcome} stale={stale} saving={saving} onConfirm={onConfirm} onCancel={onCancel} />
      )}
    </section>
  )
}
