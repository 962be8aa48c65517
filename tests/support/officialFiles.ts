// Reads the committed official dataset (public/official/) from disk (tests only).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  measuresOf,
  type CouncilFile,
  type LatestFile,
  type MeasureCatalogue,
  type MeasureFile,
  type NeighboursFile,
  type OfficialIndex,
  type OfficialMeasure,
} from '../../src/domain/official/officialDataset'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const OFFICIAL_DIR = join(root, 'public/official')
export const SHARED_OFFICIAL_DIR = resolve(root, '../shared/official-stats')

const read = <T>(path: string): T => JSON.parse(readFileSync(join(OFFICIAL_DIR, path), 'utf8')) as T

export const readIndex = () => read<OfficialIndex>('index.json')
export const readNeighbours = () => read<NeighboursFile>('neighbours.json')
export const readLatest = () => read<LatestFile>('latest.json')
export const readCatalogue = () => read<MeasureCatalogue>('measures.json')
export const readMeasures = (): OfficialMeasure[] => measuresOf(readCatalogue())
export const readCouncil = (la: number) => read<CouncilFile>(`la/${la}.json`)
export const readMeasureFile = (code: string) => {
  const measure = readMeasures().find((m) => m.code === code)
  if (!measure) throw new Error(`no measure ${code}`)
  return read<MeasureFile>(`measure/${measure.file}.json`)
}

/** One committed file's text by its path below public/official ("la/895.json"); undefined when there is none. */
export function readOfficialText(path: string): string | undefined {
  const full = resolve(OFFICIAL_DIR, path)
  if (!full.startsWith(`${OFFICIAL_DIR}/`) || !existsSync(full)) return undefined
  return readFileSync(full, 'utf8')
}

/** Every committed file, path relative to public/official → text. */
export function readAllOfficialFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(OFFICIAL_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = join(entry.parentPath, entry.name)
    files.set(relative(OFFICIAL_DIR, full).split('\\').join('/'), readFileSync(full, 'utf8'))
  }
  return files
}

/** A measure's series for one area, by year text. */
export function seriesByYear(code: string, la: number): Record<string, unknown> {
  const file = readMeasureFile(code)
  const row = file.values[file.areas.indexOf(la)]
  if (!row) throw new Error(`no area ${la} in ${code}`)
  return Object.fromEntries(file.measure.years.map((p, j) => [p.text, row[j]]))
}
