// What an officer reads when the browser would not keep a version, and what to do about it.
import { LocalStorageWriteError, type StorageFailure } from '../../../data/checkedStorage'
import { formatSavedAt } from '../formatSavedAt'
import { VersionConflictError } from './versionMutations'

const EXPORT_NOW = 'Download it now as JSON (under Export, below) so nothing is lost.'

export function storageProblemMessage(error: Error): string {
  if (error instanceof VersionConflictError) {
    const now = error.current ? `“${error.current.label}”, saved ${formatSavedAt(error.current.savedAt)}` : 'the published scorecard'
    return `Another tab changed the scorecard kept in this browser after this page read it (it now uses ${now}), so nothing was changed here. This page now shows that version. Your draft is still in the form, and a file can be imported again: check it against that version, then try again.`
  }
  if (!(error instanceof LocalStorageWriteError)) return `Something went wrong (${error.message}). Try again.`
  switch (error.failure) {
    case 'full':
      return `This scorecard is too large to keep in this browser’s storage: it is in use now, but a reload will go back to the last version that was kept. ${EXPORT_NOW} Then free space: “Go back to the published scorecard” removes the versions kept here, and importing the downloaded file brings this one back.`
    case 'blocked':
      return `This browser does not let the app keep anything (storage is turned off for this site, or this is a private window): the scorecard is in use now, but a reload will go back to the published one. ${EXPORT_NOW}`
    case 'not-kept':
      return `This browser accepted the scorecard but did not keep it (reading it back gave something else): it is in use now, but a reload will go back to the last version that was kept. ${EXPORT_NOW}`
    case 'failed':
      return `This browser could not keep the scorecard (${error.message}): it is in use now, but a reload will go back to the last version that was kept. ${EXPORT_NOW}`
  }
}

/** A write that was kept, but only by dropping the oldest versions. */
export const DROPPED_HISTORY_NOTE = 'The browser’s storage is full, so the oldest versions kept for undo were dropped.'

const FREE_SPACE = '“Go back to the published scorecard” (at the top of this page) frees the space the versions kept here use.'

/** What an officer reads, at once, when the draft being typed is not kept: what is at risk, and what to do. */
export function draftNotKeptMessage(failure: StorageFailure): string {
  const risk = 'What you typed is on screen, but a reload or a closed tab would lose it.'
  switch (failure) {
    case 'full':
      return `Your draft is not being kept: this browser’s storage is full. ${risk} Download the draft now; then free space (${FREE_SPACE}) or save the quarter.`
    case 'blocked':
      return `Your draft is not being kept: this browser does not let the app keep anything (storage is turned off for this site, or this is a private window). ${risk} Download the draft now.`
    case 'not-kept':
    case 'failed':
      return `Your draft is not being kept: this browser did not keep the last change. ${risk} Download the draft now, then try typing again.`
  }
}
