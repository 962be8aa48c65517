// Reads a file and builds its import in one step: what the tests and the
// page's fallback (a browser without workers) use. The page itself reads in
// a worker once and rebuilds as the officer chooses (importSession.ts).
import type { Scorecard } from '../../../domain/scorecardSchema'
import { buildImport, type ImportOptions, type ImportOutcome } from './buildImport'
import { readImportSource, type ImportInput } from './readImportSource'

export async function importFile(
  input: ImportInput,
  base: Scorecard,
  today: string,
  options: Omit<ImportOptions, 'today'> = {},
): Promise<ImportOutcome> {
  return buildImport(await readImportSource(input), base, { ...options, today })
}
