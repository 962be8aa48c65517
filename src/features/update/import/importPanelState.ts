// The import panel's steps: nothing chosen, reading a file, the report to
// review, imported, or the file could not be read. Each action names what
// happened; the reducer is the one place that says where it leads.
import type { Scorecard } from '../../../domain/scorecardSchema'
import type { ImportOutcome } from './buildImport'

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  /** `base`: the scorecard the file was checked against; confirming is refused once another is in use. */
  | { step: 'review'; outcome: ImportOutcome; base: Scorecard }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string }

export type ImportAction =
  | { type: 'read-started'; name: string }
  | { type: 'read'; outcome: ImportOutcome; base: Scorecard }
  | { type: 'read-failed'; name: string; reason: string }
  | { type: 'imported'; outcome: ImportOutcome }
  /** Cancelled, the report closed, or the import not kept (the save's own error says why). */
  | { type: 'closed' }

export const IMPORT_IDLE: ImportState = { step: 'idle' }

export function importPanelReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'read-started':
      return { step: 'reading', name: action.name }
    case 'read':
      return { step: 'review', outcome: action.outcome, base: action.base }
    case 'read-failed':
      return { step: 'failed', message: `${action.name} could not be read (${action.reason}). The current scorecard is unchanged.` }
    case 'imported': {
      if (state.step !== 'review') return state
      const { fileName, summary } = action.outcome
      return {
        step: 'done',
        message: `Imported ${fileName}: ${summary?.added.length ?? 0} added, ${summary?.updated.length ?? 0} updated. Every view now shows it. “Restore the previous version” above undoes this.`,
      }
    }
    case 'closed':
      return IMPORT_IDLE
  }
}
