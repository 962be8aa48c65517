import { useEffect, useRef } from 'react'
import { countEntries } from '../../../domain/spreadsheet/importEntries'
import { plural, pluralWord } from '../../../domain/wording'
import { ChangesTable } from '../ChangesTable'
import type { ImportOutcome } from './buildImport'
import { ImportReportTable } from './ImportReportTable'

type Props = {
  outcome: ImportOutcome
  stale: boolean
  /** The confirmed import is being saved: a second click would save it twice. */
  saving: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** The import report and the choice to use it: nothing changes until the officer confirms. */
export function ImportReview({ outcome, stale, saving, onConfirm, onCancel }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [outcome])
  const counts = countEntries(outcome.entries)
  const { candidate, changes, summary, fileName } = outcome
  const firstProblem = outcome.entries.find((e) => e.status === 'problem')
  const canImport = candidate !== null && changes.length > 0 && !stale

  return (
    <section className="import-review" aria-labelledby="import-review-heading">
      <h3 id="import-review-heading" ref={headingRef} tabIndex={-1}>
        Check before importing: {fileName}
      </h3>
      {!candidate && (
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
      {summary && (
        <p>
          This file would add {plural(summary.added.length, 'indicator')}, update {summary.updated.length} and leave{' '}
          {summary.unchanged.length} unchanged.
          {summary.notInFile.length > 0 &&
            ` ${plural(summary.notInFile.length, 'current indicator is', 'current indicators are')} not in the file and will stay as they are.`}
        </p>
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
            Import and use this scorecard
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {canImport ? 'Cancel' : 'Close the report'}
        </button>
      </div>
    </section>
  )
}
