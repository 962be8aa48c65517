// The official statistics in public/official/ (docs/official-data-format.md),
// fetched only when a view asks: the list of English councils, the measure
// catalogue, and one council's figures. Each file is checked for its format
// before use; a failure says which file and what to do.
import { queryOptions } from '@tanstack/react-query'
import {
  OFFICIAL_FORMAT,
  type CouncilFile,
  type MeasureCatalogue,
  type OfficialArea,
  type OfficialIndex,
} from '../domain/official/officialDataset'

export const OFFICIAL_URL = '/official/'

export class OfficialDataError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OfficialDataError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

async function fetchOfficial<T>(file: string, check: (data: Record<string, unknown>) => boolean, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(`${OFFICIAL_URL}${file}`, { ...(signal ? { signal } : {}), headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new OfficialDataError(`Could not reach the server for the official statistics (${file}). Check your connection, then try again.`)
  }
  if (!response.ok) throw new OfficialDataError(`The official statistics file ${file} could not be fetched (HTTP ${response.status}).`)
  let data: unknown
  try {
    data = await response.json()
  } catch {
    throw new OfficialDataError(`The official statistics file ${file} is damaged (not valid JSON).`)
  }
  if (!isRecord(data) || data.format !== OFFICIAL_FORMAT || !check(data))
    throw new OfficialDataError(`The official statistics file ${file} is not in the expected form (${OFFICIAL_FORMAT}).`)
  return data as T
}

/** index.json: every area; the official list of English councils is its `kind: "la"` areas. */
export const officialIndexQuery = () =>
  queryOptions({
    queryKey: ['official', 'index.json'],
    queryFn: ({ signal }) => fetchOfficial<OfficialIndex>('index.json', (d) => Array.isArray(d.areas), signal),
    staleTime: Infinity,
  })

/** measures.json: every measure's title, polarity, unit and years. */
export const measureCatalogueQuery = () =>
  queryOptions({
    queryKey: ['official', 'measures.json'],
    queryFn: ({ signal }) =>
      fetchOfficial<MeasureCatalogue>('measures.json', (d) => Array.isArray(d.measures) && Array.isArray(d.periods), signal),
    staleTime: Infinity,
  })

/** la/<LA number>.json: one council's figures for every measure and year. */
export const councilFileQuery = (la: number) =>
  queryOptions({
    queryKey: ['official', 'la', la],
    queryFn: ({ signal }) =>
      fetchOfficial<CouncilFile>(`la/${la}.json`, (d) => d.la === la && Array.isArray(d.areas) && isRecord(d.series), signal),
    staleTime: Infinity,
  })

/** The current English councils (not regions, former councils or England), by name. */
export function englishCouncils(index: OfficialIndex): OfficialArea[] {
  return index.areas.filter((a) => a.kind === 'la').sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
}
