import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { formatSavedAt } from '../formatSavedAt'
import { discardLocalScorecards, refreshVersionMeta, restorePreviousScorecard, useVersionMeta } from '../../../data/localScorecardStore'

/** Which version is in use, with undo ("restore the previous version") and a way back to the published scorecard. */
export function VersionsPanel() {
  const queryClient = useQueryClient()
  const { current, history, storageProblem } = useVersionMeta()
  const [message, setMessage] = useState<string | null>(null)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  useEffect(() => refreshVersionMeta(), [])
  const previous = history.at(-1)

  const restore = () => {
    const label = restorePreviousScorecard(queryClient)
    setConfirmDiscard(false)
    setMessage(label ? `Restored the previous version: ${label}.` : 'There is no previous version to restore.')
  }
  const discard = () => {
    discardLocalScorecards(queryClient)
    setConfirmDiscard(false)
    setMessage('Back to the published scorecard. The versions made in this browser were removed.')
  }

  return (
    <section id="versions" className="update-section update-versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Version in use</h2>
      {current ? (
        <p>
          A version made in this browser: <strong>{current.label}</strong>, saved {formatSavedAt(current.savedAt)}. It stays in this browser
          only.
        </p>
      ) : (
        <p>The published scorecard. Imports and saved entries are kept in this browser, and each one can be undone here.</p>
      )}
      {(previous || current) && (
        <div className="update-actions">
          {previous && (
            <button type="button" className="button button-secondary" onClick={restore}>
              Restore the previous version ({previous.label})
            </button>
          )}
          {current &&
            (confirmDiscard ? (
              <>
                <button type="button" className="button" onClick={discard}>
                  Yes, remove the local versions
                </button>
                <button type="button" className="button button-secondary" onClick={() => setConfirmDiscard(false)}>
                  Keep them
                </button>
              </>
            ) : (
              <button type="button" className="button button-secondary" onClick={() => setConfirmDiscard(true)}>
                Go back to the published scorecard…
              </button>
            ))}
        </div>
      )}
      {confirmDiscard && (
        <p className="update-note">This removes every version made in this browser. Export them first if you need them.</p>
      )}
      <div role="status" className="update-status">
        {message && <p>{message}</p>}
      </div>
      {storageProblem && (
        <p className="update-alert" role="alert">
          {storageProblem}
        </p>
      )}
    </section>
  )
}
