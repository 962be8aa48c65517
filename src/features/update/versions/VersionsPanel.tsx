import { useState } from 'react'
import type { VersionsInUse } from '../../../data/localScorecardStore'
import { formatSavedAt } from '../formatSavedAt'
import { StorageProblem } from './StorageProblem'
import { useDiscardLocalVersions, useRestorePreviousVersion } from './versionMutations'

/** Which version is in use, with undo ("restore the previous version") and a way back to the published scorecard. */
export function VersionsPanel({ versions }: { versions: VersionsInUse }) {
  const { current, history, refused } = versions
  const restore = useRestorePreviousVersion()
  const discard = useDiscardLocalVersions()
  const [message, setMessage] = useState<string | null>(null)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const previous = history.at(-1)
  // Only the last action's outcome is shown, beside these buttons.
  const last = discard.submittedAt > restore.submittedAt ? discard : restore

  const onRestore = () => {
    setConfirmDiscard(false)
    setMessage(null)
    restore.mutate(undefined, {
      onSuccess: (result) =>
        setMessage(result ? `Restored the previous version: ${result.restored.label}.` : 'There is no previous version to restore.'),
    })
  }
  const onDiscard = () => {
    setConfirmDiscard(false)
    setMessage(null)
    discard.mutate(undefined, {
      onSuccess: () => setMessage('Back to the published scorecard. The versions made in this browser were removed.'),
    })
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
      {(previous || current || refused) && (
        <div className="update-actions">
          {previous && (
            <button type="button" className="button button-secondary" onClick={onRestore} disabled={restore.isPending}>
              Restore the previous version ({previous.label})
            </button>
          )}
          {(current || refused) &&
            (confirmDiscard ? (
              <>
                <button type="button" className="button" onClick={onDiscard} disabled={discard.isPending}>
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
      <StorageProblem error={last.error} result={last.data} />
    </section>
  )
}
