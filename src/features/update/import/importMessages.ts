// What the page and the import worker say to each other. The worker keeps
// the file it read, so mapping a column or choosing for a row rebuilds the
// import without reading the file again.
import type { Scorecard } from '../../../domain/scorecardSchema'
import type { ImportOptions, ImportReport } from './buildImport'
import type { ImportInput, SourceOutline } from './readImportSource'

export type ImportStage = 'reading' | 'checking'
export type ImportProgress = { stage: ImportStage; done: number; total?: number }

/** Everything an import is built with except the progress callback, which cannot cross to a worker. */
export type BuildOptions = Omit<ImportOptions, 'onProgress'>

export type ToWorker =
  | { id: number; type: 'read'; input: ImportInput }
  | { id: number; type: 'build'; base: Scorecard; options: BuildOptions }
  /** The scorecard the last build would give, for saving once the officer confirms. */
  | { id: number; type: 'candidate' }

export type FromWorker =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'read'; outline: SourceOutline }
  | { id: number; type: 'built'; report: ImportReport }
  | { id: number; type: 'candidate'; scorecard: Scorecard | null }
  | { id: number; type: 'failed'; message: string }
