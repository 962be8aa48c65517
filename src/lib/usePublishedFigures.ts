// The DfE's published figures for the indicators of the loaded scorecard
// that name an official measure: the council (the scorecard's authority in
// the DfE's list), each linked measure's series for the council, England,
// its region and its 2025 neighbours, and the council's own figures paired
// with the published ones for the same dates. Nothing is fetched unless an
// indicator names a measure.
import { useMemo } from 'react'
import { usePublishedForAuthority } from '../data/useOfficialData'
import { seriesFromCouncilFile } from '../domain/official/areaSeries'
import { compareMeasure, type MeasureComparison } from '../domain/official/compareMeasure'
import { measuresOf, type OfficialArea, type OfficialMeasure, type SourceRef } from '../domain/official/officialDataset'
import { officialLinkIssues } from '../domain/official/officialLinkIssues'
import { officialTrend, type OfficialTrend } from '../domain/official/officialTrend'
import { pairOwnWithPublished, type OwnAndPublished } from '../domain/official/pairOwnWithPublished'
import type { DataIssue } from '../domain/parseScorecard'
import type { Indicator, OfficialLink, Period } from '../domain/scorecardSchema'

export type PublishedForIndicator = {
  link: OfficialLink
  measure: OfficialMeasure
  council: OfficialArea
  trend: OfficialTrend
  pairs: OwnAndPublished[]
  /** The measure compared in one of its years (index into measure.years). */
  inYear: (yearIndex: number) => MeasureComparison
}

export type PublishedFigures =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; message: string; retry: () => void }
  /** The scorecard's authority is not a council in the DfE's list. */
  | { status: 'no-council'; authority: string }
  | {
      status: 'ready'
      council: OfficialArea
      /** Where the published figures come from (index.json). */
      sources: SourceRef[]
      /** Unknown measure codes, by file, ref and field. */
      issues: DataIssue[]
      forIndicator: (indicator: Indicator) => PublishedForIndicator | undefined
    }

// The same objects every render, so a memoised view does not redraw while the data loads.
const OFF: PublishedFigures = { status: 'off' }
const LOADING: PublishedFigures = { status: 'loading' }

export function usePublishedFigures(
  indicators: readonly Indicator[],
  authority: string,
  periods: ReadonlyMap<string, Period>,
  indicatorFiles?: Readonly<Record<string, string>>,
): PublishedFigures {
  const linked = indicators.some((i) => i.official)
  const data = usePublishedForAuthority(authority, linked)
  const { council, file } = data
  const areas = data.index?.areas
  const sources = data.index?.sources
  const measures = useMemo(() => (data.catalogue ? measuresOf(data.catalogue) : undefined), [data.catalogue])

  const ready = useMemo(() => {
    if (!areas || !sources || !measures || !council || !file) return undefined
    const byCode = new Map(measures.map((m) => [m.code, m]))
    const neighbours = file.neighbours.map((n) => areas.find((a) => a.la === n.la)).filter((a): a is OfficialArea => a !== undefined)
    const cache = new Map<string, PublishedForIndicator | undefined>()
    const forIndicator = (indicator: Indicator) => {
      const link = indicator.official
      if (!link) return undefined
      if (cache.has(indicator.ref)) return cache.get(indicator.ref)
      const measure = byCode.get(link.measure)
      let result: PublishedForIndicator | undefined
      if (measure) {
        const series = seriesFromCouncilFile(file, measure.code)
        const ctx = { council, neighbours: neighbours.map((n) => n.la), series }
        result = {
          link,
          measure,
          council,
          trend: officialTrend(measure, council, neighbours, series, areas),
          pairs: pairOwnWithPublished(indicator, periods, measure, series(council.la) ?? []),
          inYear: (yearIndex) => compareMeasure(measure, ctx, yearIndex),
        }
      }
      cache.set(indicator.ref, result)
      return result
    }
    return {
      status: 'ready' as const,
      council,
      sources,
      issues: officialLinkIssues(indicators, new Set(byCode.keys()), indicatorFiles),
      forIndicator,
    }
  }, [areas, sources, measures, council, file, indicators, indicatorFiles, periods])

  if (!linked) return OFF
  if (data.error) return { status: 'error', message: data.error.message, retry: data.refetch }
  if (areas && measures && !council) return { status: 'no-council', authority }
  return ready ?? LOADING
}
