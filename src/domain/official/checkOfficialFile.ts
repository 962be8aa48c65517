// A cheap check that a fetched official file has the shape this app reads:
// the format id and the fields each view walks, not every cell (the files are
// built and checked by scripts/official-stats). A file that fails says what is
// wrong, by file and field, instead of crashing a view part way through.
import {
  OFFICIAL_FORMAT,
  type CouncilFile,
  type ExtraNeighboursFile,
  type LatestFile,
  type MeasureCatalogue,
  type MeasureFile,
  type NeighboursFile,
  type OfficialIndex,
} from './officialDataset'

export type OfficialFileKinds = {
  index: OfficialIndex
  measures: MeasureCatalogue
  latest: LatestFile
  neighbours: NeighboursFile
  council: CouncilFile
  extraNeighbours: ExtraNeighboursFile
  measure: MeasureFile
}
export type OfficialFileKind = keyof OfficialFileKinds

type Problem = string | undefined
type Value = Record<string, unknown>

const isObject = (v: unknown): v is Value => typeof v === 'object' && v !== null && !Array.isArray(v)
const need = (ok: boolean, field: string, what: string): Problem => (ok ? undefined : `its "${field}" is not ${what}`)
const first = (...problems: Problem[]) => problems.find((p) => p !== undefined)

const isArea = (a: unknown) => isObject(a) && typeof a.la === 'number' && typeof a.name === 'string' && typeof a.kind === 'string'
const isNeighbour = (n: unknown) => isObject(n) && typeof n.la === 'number'
const isNumbers = (v: unknown) => Array.isArray(v) && v.every((n) => typeof n === 'number')

const CHECKS: { [K in OfficialFileKind]: (d: Value) => Problem } = {
  index: (d) =>
    first(
      need(Array.isArray(d.sources), 'sources', 'a list'),
      need(Array.isArray(d.areas) && d.areas.every(isArea), 'areas', 'a list of areas'),
    ),
  measures: (d) =>
    first(
      need(Array.isArray(d.themes), 'themes', 'a list'),
      need(Array.isArray(d.periods), 'periods', 'a list'),
      need(
        Array.isArray(d.measures) && d.measures.every((m) => isObject(m) && typeof m.code === 'string' && isNumbers(m.years)),
        'measures',
        'a list of measures with a code and years',
      ),
    ),
  latest: (d) => need(isObject(d.measures), 'measures', 'a table of measures'),
  neighbours: (d) =>
    need(
      isObject(d.models) &&
        ['2025', '2021'].every((id) => isObject((d.models as Value)[id]) && isObject(((d.models as Value)[id] as Value).groups)),
      'models',
      'the 2025 and 2021 neighbour models',
    ),
  council: (d) =>
    first(
      need(typeof d.la === 'number', 'la', 'an LA number'),
      need(isNumbers(d.areas), 'areas', 'a list of LA numbers'),
      need(Array.isArray(d.neighbours) && d.neighbours.every(isNeighbour), 'neighbours', 'a list of neighbours'),
      need(isObject(d.series), 'series', 'a table of series'),
    ),
  extraNeighbours: (d) =>
    first(
      need(d.model === '2021', 'model', '"2021"'),
      need(isNumbers(d.areas), 'areas', 'a list of LA numbers'),
      need(Array.isArray(d.neighbours) && d.neighbours.every(isNeighbour), 'neighbours', 'a list of neighbours'),
      need(isObject(d.series), 'series', 'a table of series'),
    ),
  measure: (d) =>
    first(
      need(
        isObject(d.measure) && typeof d.measure.code === 'string' && Array.isArray(d.measure.years),
        'measure',
        'a measure with a code and years',
      ),
      need(isNumbers(d.areas), 'areas', 'a list of LA numbers'),
      need(Array.isArray(d.values) && d.values.length === (d.areas as unknown[] | undefined)?.length, 'values', 'one row per area'),
    ),
}

export type CheckedFile<K extends OfficialFileKind> = { ok: true; file: OfficialFileKinds[K] } | { ok: false; problem: string }

/** `name`: the file's name, for the message ("la/895.json"). */
export function checkOfficialFile<K extends OfficialFileKind>(kind: K, data: unknown, name: string): CheckedFile<K> {
  if (!isObject(data)) return { ok: false, problem: `${name} is not an official data file (it holds no JSON object).` }
  if (data.format !== OFFICIAL_FORMAT)
    return {
      ok: false,
      problem: `${name} is not in the official data format this app reads (its format is ${JSON.stringify(data.format ?? null)}, not "${OFFICIAL_FORMAT}").`,
    }
  const problem = CHECKS[kind](data)
  if (problem) return { ok: false, problem: `${name} cannot be read: ${problem}.` }
  return { ok: true, file: data as unknown as OfficialFileKinds[K] }
}
