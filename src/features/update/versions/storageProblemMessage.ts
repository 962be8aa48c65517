// What an officer reads when the browser would not keep a version, and what to do about it.
import { LocalStorageWriteError } from '../../../data/localScorecardStore'

const EXPORT_NOW = 'Download it now as JSON (under Export, below) so nothing is lost.'

export function storageProblemMessage(error: Error): string {
  if (!(error instanceof LocalStorageWriteError)) return `Something went wrong (${error.message}). Try again.`
  switch (error.failure) {
    case 'full':
      return `This scorecard is too large to keep in this browser’s storage: it is in use now, but a reload will go back to the last version that was kept. ${EXPORT_NOW} Then free space: “Go back to the published scorecard” removes the versions kept here, and importing the downloaded file brings this one back.`
    case 'blocked':
      return `This browser does not let the app keep anything (storage is turned off for this site, or this is a private window): the scorecard is in use now, but a reload will go back to the published one. ${EXPORT_NOW}`
    case 'failed':
      return `This browser could not keep the scorecard (${error.message}): it is in use now, but a reload will go back to the last version that was kept. ${EXPORT_NOW}`
  }
}

/** A write that was kept, but only by dropping the oldest versions. */
export const DROPPED_HISTORY_NOTE = 'The browser’s storage is full, so the oldest versions kept for undo were dropped.'
