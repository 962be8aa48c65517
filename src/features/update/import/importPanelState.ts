// The import panel's steps: nothing chosen, reading a file, the report to
// review (rebuilt as the officer maps columns or chooses for rows), imported,
// or the file could not be read. Each action names what happened; the
// reducer is the one place that says where it leads.
import type { Scorecard } from '../../../domain/scorecardSchema'
import type { RowSettings } from '../../../domain/spreadsheet/buildIndicatorFromRow'
import type { RowChoice } from '../../../domain/spreadsheet/buildPaperScorecard'
import type { ColumnMapping } from '../../../domain/spreadsheet/columnMapping'
import type { ImportReport } from './buildImport'
import type { ImportProgress } from './importMessages'

/** Everything the officer has decided about a file so far. */
export type ImportChoices = {
  mapping?: ColumnMapping
  /** Where the mapping came from: saved in this browser for these headings, made now, or a shared file. */
  mappingFrom?: 'saved' | 'yours' | 'file'
  choices: ReadonlyMap<string, RowChoice>
  settings: ReadonlyMap<string, RowSettings>
  /** Start a new scorecard from a file for another council. */
  startNew: boolean
}

export const NO_CHOICES: ImportChoices = { choices: new Map(), settings: new Map(), startNew: false }

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; name: string; progress?: ImportProgress }
  /**
   * `base`: the scorecard the file was checked against; confirming is refused once another is in use.
   * `fingerprint`: the headings' fingerprint as first found, under which a mapping is saved.
   * `updating`: the report is being rebuilt with new choices.
   */
  | {
      step: 'review'
      outcome: ImportReport
      base: Scorecard
      choices: ImportChoices
      fingerprint?: string
      updating?: { progress?: ImportProgress }
    }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string }

export type ImportAction =
  | { type: 'read-started'; name: string }
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'read'; outcome: ImportReport; base: Scorecard; choices?: ImportChoices; fingerprint?: string }
  | { type: 'rebuild-started' }
  | { type: 'read-failed'; name: string; reason: string }
  | { type: 'imported'; outcome: ImportReport }
  /** Cancelled, the report closed, or the import not kept (the save's own error says why). */
  | { type: 'closed' }

export const IMPORT_IDLE: ImportState = { step: 'idle' }

export function importPanelReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case 'read-started':
      return { step: 'reading', name: action.name }
    case 'progress':
      if (state.step === 'reading') return { ...state, progress: action.progress }
      if (state.step === 'review' && state.updating) return { ...state, updating: { progress: action.progress } }
      return state
    case 'read': {
      const fingerprint = action.fingerprint ?? (state.step === 'review' ? state.fingerprint : undefined)
      return {
        step: 'review',
        outcome: action.outcome,
        base: action.base,
        choices: action.choices ?? NO_CHOICES,
        ...(fingerprint !== undefined ? { fingerprint } : {}),
      }
    }
    case 'rebuild-started':
      return state.step === 'review' ? { ...state, updating: {} } : state
    case 'read-failed':
      return { step: 'failed', message: `${action.name} could not be read (${action.reason}). The current scorecard is unchanged.` }
    case 'imported': {
      if (state.step !== 'review') return state
      const { fileName, summary, startsNew, otherCouncil, candidate } = action.outcome
      if (startsNew)
        return {
          step: 'done',
          message: `Started a new scorecard for ${otherCouncil?.name ?? candidate?.authority ?? 'the council'} from ${fileName}: ${candidate?.indicators ?? 0} indicators. Every view now shows it. “Restore the previous version” above goes back to the scorecard you had.`,
        }
      return {
        step: 'done',
        message: `Imported ${fileName}: ${summary?.added.length ?? 0} added, ${summary?.updated.length ?? 0} updated. Every view now shows it. “Restore the previous version” above undoes this.`,
      }
    }
    case 'closed':
      return IMPORT_IDLE
  }
}
