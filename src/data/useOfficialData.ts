// The official data as server state: one react-query query per file, each
// fetched once per page load and kept (the files are static, so they never
// go stale), and only by the views that call these hooks.
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { findCouncil } from '../domain/official/findCouncil'
import type { MeasureFile, NeighbourModelId } from '../domain/official/officialDataset'
import { loadOfficialFile } from './loadOfficialFile'

const forever = { staleTime: Infinity, gcTime: Infinity } as const

export const officialQueries = {
  index: () =>
    queryOptions({
      queryKey: ['official', 'index'],
      queryFn: ({ signal }) => loadOfficialFile('index', 'index.json', { signal }),
      ...forever,
    }),
  measures: () =>
    queryOptions({
      queryKey: ['official', 'measures'],
      queryFn: ({ signal }) => loadOfficialFile('measures', 'measures.json', { signal }),
      ...forever,
    }),
  latest: () =>
    queryOptions({
      queryKey: ['official', 'latest'],
      queryFn: ({ signal }) => loadOfficialFile('latest', 'latest.json', { signal }),
      ...forever,
    }),
  neighbours: () =>
    queryOptions({
      queryKey: ['official', 'neighbours'],
      queryFn: ({ signal }) => loadOfficialFile('neighbours', 'neighbours.json', { signal }),
      ...forever,
    }),
  council: (la: number) =>
    queryOptions({
      queryKey: ['official', 'la', la],
      queryFn: ({ signal }) => loadOfficialFile('council', `la/${la}.json`, { signal }),
      ...forever,
    }),
  extraNeighbours: (la: number) =>
    queryOptions({
      queryKey: ['official', 'la-2021', la],
      queryFn: ({ signal }) => loadOfficialFile('extraNeighbours', `la-2021/${la}.json`, { signal }),
      ...forever,
    }),
  /** `file`: the measure's file stem (OfficialMeasure.file). */
  measure: (file: string) =>
    queryOptions({
      queryKey: ['official', 'measure', file],
      queryFn: ({ signal }) => loadOfficialFile('measure', `measure/${encodeURIComponent(file)}.json`, { signal }),
      ...forever,
    }),
}

/** The council list (every area, with regions): what the picker and every comparison needs. */
export function useOfficialIndex() {
  return useQuery(officialQueries.index())
}

export type CouncilData = ReturnType<typeof useCouncilData>

/**
 * What /compare needs for one council: the catalogue, every council's latest
 * figures, the council's own file and, for the 2021 model, its extra file.
 * `la` undefined loads nothing yet (no council chosen).
 */
export function useCouncilData(la: number | undefined, model: NeighbourModelId) {
  const enabled = la !== undefined
  return useQueries({
    queries: [
      officialQueries.measures(),
      officialQueries.latest(),
      { ...officialQueries.council(la ?? 0), enabled },
      { ...officialQueries.extraNeighbours(la ?? 0), enabled: enabled && model === '2021' },
    ],
    combine: ([measures, latest, council, extra]) => ({
      measures: measures.data,
      latest: latest.data,
      council: council.data,
      extra: extra.data,
      pending: measures.isPending || latest.isPending || (enabled && council.isPending) || (enabled && model === '2021' && extra.isPending),
      error: [measures, latest, council, extra].find((q) => q.isError)?.error ?? null,
      refetch: () => {
        for (const q of [measures, latest, council, extra]) if (q.isError) void q.refetch()
      },
    }),
  })
}

/** One measure across England, with both neighbour models (to mark any council's neighbours). */
export function useMeasureData(file: string | undefined) {
  return useQueries({
    queries: [officialQueries.neighbours(), { ...officialQueries.measure(file ?? ''), enabled: file !== undefined }],
    combine: ([neighbours, measure]) => ({
      neighbours: neighbours.data,
      measure: measure.data as MeasureFile | undefined,
      pending: neighbours.isPending || (file !== undefined && measure.isPending),
      error: [neighbours, measure].find((q) => q.isError)?.error ?? null,
      refetch: () => {
        for (const q of [neighbours, measure]) if (q.isError) void q.refetch()
      },
    }),
  })
}

/**
 * What a scorecard view needs to set the published figures beside the
 * council's own: the council list, the catalogue, the scorecard's council in
 * the list (by name or code) and that council's own file. `enabled` false
 * loads nothing (no indicator names an official measure).
 */
export function usePublishedForAuthority(authority: string, enabled = true) {
  const index = useQuery({ ...officialQueries.index(), enabled })
  const measures = useQuery({ ...officialQueries.measures(), enabled })
  const council = index.data ? findCouncil(index.data.areas, authority) : undefined
  const file = useQuery({ ...officialQueries.council(council?.la ?? 0), enabled: enabled && council !== undefined })
  const queries = [index, measures, file]
  return {
    index: index.data,
    catalogue: measures.data,
    council,
    file: file.data,
    error: queries.find((q) => q.isError)?.error ?? null,
    refetch: () => {
      for (const q of queries) if (q.isError) void q.refetch()
    },
  }
}
