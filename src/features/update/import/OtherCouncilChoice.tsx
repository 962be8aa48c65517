import type { OtherCouncil } from '../../../domain/spreadsheet/importSheet'

type Props = { council: OtherCouncil; current: string; fileName: string; busy: boolean; onStartNew: () => void; onCancel: () => void }

/** A file for another council: the officer starts a new scorecard from it, or cancels. It is never merged. */
export function OtherCouncilChoice({ council, current, fileName, busy, onStartNew, onCancel }: Props) {
  return (
    <div className="update-note" role="alert">
      <p className="update-alert-title">
        {fileName} is for {council.name}, not {current}.
      </p>
      <p>
        Its {council.from === 'authority' ? 'authority' : 'title rows'} name {council.name}, so nothing in it is merged into {current}’s
        scorecard. You can start a new scorecard for {council.name} from this file (the scorecard in use now stays in this browser’s
        versions, and “Restore the previous version” brings it back), or cancel.
      </p>
      <div className="update-actions">
        <button type="button" className="button" onClick={onStartNew} disabled={busy}>
          Start a new scorecard for {council.name} from this file
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}
