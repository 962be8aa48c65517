import { useMemo } from 'react'
import { readPreviousVersion, type ScorecardInUse } from '../../../data/localScorecardStore'
import { ChangesTable } from '../ChangesTable'
import { diffScorecards } from '../diffScorecards'
import { useEntryDraft } from '../entry/useEntryDraft'

/** The draft against the last saved version, and the version in use against the one before it. */
export function WhatChangedPanel({ loaded }: { loaded: ScorecardInUse }) {
  const { scorecard } = loaded
  const { current, history } = loaded.versions
  const { period, applied } = useEntryDraft(scorecard)
  const draftChanges = useMemo(() => (applied ? diffScorecards(scorecard, applied.scorecard) : []), [scorecard, applied])
  const previousLabel = history.at(-1)?.label
  // Whole previous versions live only in localStorage; read one when the version in use changes.
  const savedChanges = useMemo(() => {
    const previous = current ? readPreviousVersion() : null
    return previous ? diffScorecards(previous.scorecard, scorecard) : null
  }, [current, scorecard])

  return (
    <section id="changes" className="update-section" aria-labelledby="changes-heading">
      <h2 id="changes-heading">What changed</h2>
      {period &&
        (draftChanges.length > 0 ? (
          <ChangesTable changes={draftChanges} caption={`Your draft for ${period.label}, against the last saved version`} />
        ) : (
          <p>Your draft for {period.label} has no changes from the last saved version.</p>
        ))}
      {current && savedChanges && (
        <ChangesTable
          changes={savedChanges}
          caption={`The version in use (${current.label}), against the one before it (${previousLabel ?? 'the published scorecard'})`}
        />
      )}
      {!current && <p>The published scorecard is in use: nothing has been imported or saved in this browser.</p>}
    </section>
  )
}
