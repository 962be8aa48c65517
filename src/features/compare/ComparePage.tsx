// /compare?la=<LA number>: every official measure for one council against
// England, its region and its statistical neighbours, grouped in the themes
// councils use, with a computed summary. Works for any of the 153 councils,
// whatever scorecard is loaded (or none).
import { useId, useMemo, type ReactNode } from 'react'
import { Link } from 'react-router'
import { CouncilPicker } from '../../components/official/CouncilPicker'
import { EmptyMessage, ErrorMessage, Loading } from '../../components/StatusMessages'
import { useCouncilData } from '../../data/useOfficialData'
import { compareCouncil, modelName } from '../../domain/official/compareCouncil'
import { measuresOf, type OfficialArea, type OfficialIndex } from '../../domain/official/officialDataset'
import { summariseComparison } from '../../domain/official/summariseComparison'
import { paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { CompareSummary } from './CompareSummary'
import { CompareTable } from './CompareTable'
import { filterComparison, readSort, SORTS, type SortId } from './filterComparison'
import { NeighbourModelChoice } from './NeighbourModelChoice'
import { OfficialSources } from './OfficialSources'
import { useChosenCouncil } from './useChosenCouncil'
import './compare.css'

export function ComparePage() {
  const { index, chosen, model, params, update } = useChosenCouncil()
  const council = chosen?.status === 'ok' ? chosen.council : undefined
  useDocumentTitle(council ? `How ${council.name} compares` : 'How we compare')

  if (index.isError) {
    return (
      <>
        <h1>How we compare</h1>
        <ErrorMessage title="The list of councils could not be loaded." onRetry={() => void index.refetch()}>
          <p>{index.error.message}</p>
        </ErrorMessage>
      </>
    )
  }
  if (!index.data || !chosen) return <Loading what="the councils" />

  const picker = (
    <CouncilPicker
      key={council?.la ?? 'none'}
      areas={index.data.areas}
      value={council?.la}
      onChoose={(la) => update({ la })}
      action={council ? 'Compare this council' : 'Compare'}
    />
  )
  if (chosen.status !== 'ok') {
    return (
      <>
        <h1>How we compare</h1>
        <p className="compare-lede">
          The Department for Education’s published figures for any English council, against England, its region and its statistical
          neighbours.
        </p>
        {chosen.status === 'unknown' ? (
          <EmptyMessage>No current English council has the LA number “{chosen.requested}”. Choose one below.</EmptyMessage>
        ) : (
          <EmptyMessage>
            {chosen.authority
              ? `“${chosen.authority}”, the council of the loaded scorecard, is not in the DfE’s list of councils under that name. Choose a council below.`
              : 'Choose a council below.'}
          </EmptyMessage>
        )}
        {picker}
      </>
    )
  }
  return (
    <CouncilComparison
      council={chosen.council}
      index={index.data}
      picker={picker}
      fromScorecard={chosen.fromScorecard}
      model={model}
      params={params}
      update={update}
    />
  )
}

type Chosen = ReturnType<typeof useChosenCouncil>
type ViewProps = Pick<Chosen, 'model' | 'params' | 'update'> & {
  council: OfficialArea
  index: OfficialIndex
  picker: ReactNode
  fromScorecard: boolean
}

function CouncilComparison({ council, index, picker, fromScorecard, model, params, update }: ViewProps) {
  const data = useCouncilData(council.la, model)
  const summaryId = useId()
  const theme = params.get('theme')
  const q = params.get('q') ?? ''
  const sort: SortId = readSort(params.get('sort'))
  const names = useMemo(() => new Map(index.areas.map((a) => [a.la, a.name])), [index])
  const measures = useMemo(() => (data.measures ? measuresOf(data.measures) : undefined), [data.measures])
  const rows = useMemo(
    () =>
      measures && data.latest && data.council && (model === '2025' || data.extra)
        ? compareCouncil({ council, measures, file: data.council, latest: data.latest, model, extra: data.extra })
        : undefined,
    [council, measures, data.latest, data.council, data.extra, model],
  )
  const summary = useMemo(() => (rows ? summariseComparison(rows, council.name, modelName(model)) : undefined), [rows, council, model])
  const themes = data.measures?.themes ?? []
  const themeOrder = themes.map((t) => t.id)
  const shown = rows ? filterComparison(rows, { theme, q, sort }, themeOrder) : []
  const themeTitles = new Map(themes.map((t) => [t.id, t.title]))
  const neighbours = data.council ? (model === '2021' ? (data.extra?.neighbours ?? []) : data.council.neighbours) : []

  return (
    <div className="compare-page">
      <div className="page-heading">
        <h1>How {council.name} compares</h1>
      </div>
      <p className="compare-lede">
        The Department for Education’s published figures for {council.name} (LA {council.la}), each in its latest year, against England,{' '}
        {names.get(council.region ?? 0) ?? 'its region'} and its ten statistical neighbours: councils the DfE judges most like it.
        {fromScorecard && ' It is the council of the loaded scorecard.'}
      </p>
      <div className="compare-controls">
        {picker}
        <NeighbourModelChoice value={model} onChange={(m) => update({ model: m === '2025' ? null : m })} />
      </div>

      {data.error && (
        <ErrorMessage title={`The figures for ${council.name} could not be loaded.`} onRetry={data.refetch}>
          <p>{data.error.message}</p>
        </ErrorMessage>
      )}
      {!data.error && !rows && <Loading what={`the figures for ${council.name}`} />}
      {rows && summary && (
        <>
          <CompareSummary summary={summary} headingId={summaryId} />
          <p className="compare-neighbours">
            <strong>Its statistical neighbours ({modelName(model)}):</strong> {neighbours.map((n) => names.get(n.la) ?? n.la).join(', ')}.
          </p>
          <section aria-labelledby="compare-measures-heading">
            <h2 id="compare-measures-heading">Every measure</h2>
            <div className="compare-filters">
              <div className="compare-filter">
                <label htmlFor="compare-theme">Theme</label>
                <select id="compare-theme" value={theme ?? ''} onChange={(e) => update({ theme: e.target.value || null })}>
                  <option value="">All themes</option>
                  {themes.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.title}
                    </option>
                  ))}
                </select>
              </div>
              <div className="compare-filter compare-filter-search">
                <label htmlFor="compare-search">Search measures</label>
                <input
                  id="compare-search"
                  type="search"
                  defaultValue={q}
                  onChange={(e) => update({ q: e.target.value.trim() || null }, { replace: true })}
                />
              </div>
              <div className="compare-filter">
                <label htmlFor="compare-sort">Order</label>
                <select
                  id="compare-sort"
                  value={sort}
                  onChange={(e) => update({ sort: e.target.value === 'theme' ? null : e.target.value })}
                >
                  {SORTS.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="compare-count" role="status">
              {shown.length === rows.length ? `${rows.length} measures.` : `${shown.length} of ${rows.length} measures.`}
              {sort === 'worst' &&
                ' Worst against neighbours first: the gap to the neighbours’ average, allowing for how widely councils differ on each measure; measures without a polarity or a figure come last.'}
            </p>
            {shown.length === 0 ? (
              <EmptyMessage>
                No measure matches.{' '}
                <Link to={paths.compare.href({ la: council.la, model: model === '2021' ? model : null })}>Show every measure</Link>
              </EmptyMessage>
            ) : (
              <CompareTable
                rows={shown}
                council={council}
                areaName={(la) => names.get(la) ?? String(la)}
                themeTitles={sort === 'theme' ? themeTitles : undefined}
                model={model}
                caption={`${council.name}: ${shown.length === rows.length ? 'every measure' : `${shown.length} measures`}, latest year, against England, region and neighbours`}
              />
            )}
            <p className="compare-glossary">
              CLA: children looked after (cared-for children). CIN: children in need. CPP: child protection plan. A quartile band places the
              council among all English councils in the measure’s latest year, A (best quarter) to D (worst quarter), as the DfE’s own tool
              does; measures with no polarity are neither ranked nor banded.
            </p>
          </section>
          <OfficialSources sources={index.sources} />
        </>
      )}
    </div>
  )
}
