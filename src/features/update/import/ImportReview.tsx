import { useEffect, useRef, useState } from 'react'
import type { RowSettings } from '../../../domain/spreadsheet/buildIndicatorFromRow'
import type { RowChoice } from '../../../domain/spreadsheet/buildPaperScorecard'
import type { ColumnMapping, MappingFile } from '../../../domain/spreadsheet/columnMapping'
import { countEntries } from '../../../domain/spreadsheet/importEntries'
import { plural, pluralWord } from '../../../domain/wording'
import { ChangesTable } from '../ChangesTable'
import type { ImportReport } from './buildImport'
import { ColumnMappingPanel } from './ColumnMappingPanel'
import { ImportReportTable } from './ImportReportTable'
import { NewIndicatorSettings } from './NewIndicatorSettings'
import { OtherCouncilChoice } from './OtherCouncilChoice'
import { RowQuestions } from './RowQuestions'

type Props = {
  outcome: ImportReport
  /** The council of the scorecard in use. */
  current: string
  /** The council the import is for (another one's, when starting anew from its file). */
  council: string
  mappingFrom: 'saved' | 'yours' | 'file' | undefined
  stale: boolean
  /** The confirmed import is being saved: a second click would save it twice. */
  saving: boolean
  /** The report is being rebuilt with the officer's latest choice. */
  updating: boolean
  onConfirm: () => void
  onCancel: () => void
  onStartNew: () => void
  onApplyMapping: (mapping: ColumnMapping) => string | undefined
  onMappingFile: (file: MappingFile) => string | undefined
  mappingFileOf: (mapping: ColumnMapping) => MappingFile | undefined
  onChooseRow: (ref: string, choice: RowChoice) => void
  onSetIndicator: (ref: string, settings: RowSettings) => void
}

/** The import report and the choices to make before using it: nothing changes until the officer confirms. */
export function ImportReview(props: Props) {
  const { outcome, stale, saving, updating, onConfirm, onCancel } = props
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [mappingNote, setMappingNote] = useState<string | null>(null)
  const fileName = outcome.fileName
  // Focus moves to the report when a file is read, not each time a choice rebuilds it.
  useEffect(() => headingRef.current?.focus(), [fileName])
  const counts = countEntries(outcome.entries)
  const { candidate, changes, summary, columns, otherCouncil, startsNew, questions, newIndicators } = outcome
  const firstProblem = outcome.entries.find((e) => e.status === 'problem')
  const waiting = otherCouncil !== undefined && !startsNew
  const canImport = candidate !== null && (startsNew || changes.length > 0) && !stale && !updating
  const held = questions.filter((q) => q.held).length

  return (
    <section className="import-review" aria-labelledby="import-review-heading" aria-busy={updating}>
      <h3 id="import-review-heading" ref={headingRef} tabIndex={-1}>
        Check before importing: {fileName}
      </h3>
      {waiting && (
        <OtherCouncilChoice
          council={otherCouncil}
          current={props.current}
          fileName={fileName}
          busy={updating}
          onStartNew={props.onStartNew}
          onCancel={onCancel}
        />
      )}
      {!candidate && !waiting && (
        <div className="update-alert" role="alert">
          <p className="update-alert-title">Nothing can be imported from {fileName}.</p>
          {firstProblem && <p>{firstProblem.message}</p>}
          <p>The current scorecard is unchanged.</p>
        </div>
      )}
      <ul className="import-counts" aria-label="Report counts">
        <li>
          <strong>{counts.problem}</strong> {pluralWord(counts.problem, 'problem')} (left out)
        </li>
        <li>
          <strong>{counts.warning}</strong> {pluralWord(counts.warning, 'warning')}
        </li>
        <li>
          <strong>{counts.ignored}</strong> ignored
        </li>
        <li>
          <strong>{counts.understood}</strong> understood
        </li>
      </ul>
      {startsNew && candidate && (
        <p>
          This file would start a new scorecard for {props.council}: {plural(candidate.indicators, 'indicator')} in{' '}
          {plural(candidate.sections, 'section')}. The scorecard in use ({props.current}) is kept in this browser’s versions.
        </p>
      )}
      {summary && (
        <p>
          This file would add {plural(summary.added.length, 'indicator')}, update {summary.updated.length} and leave{' '}
          {summary.unchanged.length} unchanged.
          {summary.notInFile.length > 0 &&
            ` ${plural(summary.notInFile.length, 'current indicator is', 'current indicators are')} not in the file and will stay as they are.`}
          {held > 0 && ` ${plural(held, 'row waits', 'rows wait')} for your decision below.`}
        </p>
      )}
      {columns && (
        <ColumnMappingPanel
          key={`${columns.fingerprint}:${columns.headerRow}:${columns.columns.map((c) => JSON.stringify(c.role)).join('|')}`}
          columns={columns}
          council={props.council}
          fileName={fileName}
          mappingFrom={props.mappingFrom}
          busy={updating}
          onApply={props.onApplyMapping}
          onMappingFile={props.onMappingFile}
          fileOf={props.mappingFileOf}
          note={mappingNote}
          onNote={setMappingNote}
        />
      )}
      {questions.length > 0 && <RowQuestions questions={questions} busy={updating} onChoose={props.onChooseRow} />}
      {newIndicators.length > 0 && candidate && (
        <NewIndicatorSettings indicators={newIndicators} busy={updating} onSet={props.onSetIndicator} />
      )}
      {candidate && changes.length > 0 && <ChangesTable changes={changes} caption={`What will change if you import ${fileName}`} />}
      <ImportReportTable entries={outcome.entries} fileName={fileName} />
      {stale && (
        <p className="update-alert" role="alert">
          The scorecard in use changed after this file was read. Choose the file again to check it against the current version.
        </p>
      )}
      <div className="update-actions">
        {canImport && (
          <button type="button" className="button" onClick={onConfirm} disabled={saving}>
            {startsNew ? `Start using the new scorecard for ${props.council}` : 'Import and use this scorecard'}
          </button>
        )}
        {!waiting && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {canImport ? 'Cancel' : 'Close the report'}
          </button>
        )}
      </div>
    </section>
  )
}
