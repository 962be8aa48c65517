import { useEffect, useId, useRef, useState, type DragEvent } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { StorageProblem } from '../versions/StorageProblem'
import { ImportProgress } from './ImportProgress'
import { ImportReview } from './ImportReview'
import { councilOfImport, useImportFlow } from './useImportFlow'

/** Import from a file picker or a dropped file. The file is read here; nothing is uploaded. */
export function ImportPanel({ loaded }: { loaded: LoadedScorecard }) {
  const flow = useImportFlow(loaded)
  const { state, stale, saving, save, read, confirm, cancel } = flow
  const [dragging, setDragging] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const hintId = useId()
  const doneRef = useRef<HTMLParagraphElement>(null)
  // The review, with the button that confirmed it, is gone: focus goes to what became of the import, not to the page's body.
  useEffect(() => {
    if (state.step === 'done') doneRef.current?.focus()
  }, [state])

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) void read(file)
  }

  const onConfirm = () => {
    void confirm()
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
        JSON in this app’s own format, or a CSV or Excel (.xlsx) file with a row of headings: Ref (or PI Ref), Indicator (or PI Description,
        Measure), and a column of figures for each period (Qu 1 18-19, Q1 2016/17, 12/13, 2013-14, Sep 2020, 30/09/2020…), with any of
        Polarity, Unit, Target, Lead, Stat Neigh Av, England average, RAG, direction of travel and Comments. Headings it does not recognise
        you can map once; the mapping is kept for next quarter. Rows update the indicators with the same ref. The file is read in this
        browser: nothing is uploaded, and nothing changes until you confirm.
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
        {state.step === 'review' && !state.updating && (
          <p>
            Read {state.outcome.fileName}. Check the report below{state.outcome.candidate ? ', then confirm or cancel' : ''}.
          </p>
        )}
        {state.step === 'review' && state.updating && <p>Updating the report for {state.outcome.fileName}…</p>}
        {state.step === 'done' && (
          <p ref={doneRef} tabIndex={-1} className="update-success">
            {state.message}
          </p>
        )}
      </div>
      {state.step === 'reading' && <ImportProgress name={state.name} progress={state.progress} onCancel={onCancel} />}
      {state.step === 'review' && state.updating?.progress && (
        <ImportProgress name={state.outcome.fileName} progress={state.updating.progress} onCancel={onCancel} />
      )}
      {state.step === 'failed' && (
        <p className="update-alert" role="alert">
          {state.message}
        </p>
      )}
      <StorageProblem error={save.error} result={save.data} />
      {state.step === 'review' && (
        <ImportReview
          outcome={state.outcome}
          current={state.base.authority}
          council={councilOfImport(state.outcome, state.base)}
          mappingFrom={state.choices.mappingFrom}
          stale={stale}
          saving={saving}
          updating={state.updating !== undefined}
          onConfirm={onConfirm}
          onCancel={onCancel}
          onStartNew={flow.startNew}
          onApplyMapping={flow.applyMapping}
          onMappingFile={flow.adoptMappingFile}
          mappingFileOf={flow.mappingFileOf}
          onChooseRow={flow.chooseRow}
          onSetIndicator={flow.setIndicator}
        />
      )}
    </section>
  )
}
