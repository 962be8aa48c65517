// /compare/<measure>?la=: one official measure for a council against England,
// its region and its neighbours over every year (chart and table, each
// neighbour's line on request), every council in England in the latest year
// (dot plot and sortable table), and the measure's definition, source and
// next update. Without a council it still shows England.
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { OfficialTrendFigure } from '../../components/charts/OfficialTrendFigure'
import { CouncilPicker } from '../../components/official/CouncilPicker'
import { QuartileBandBadge } from '../../components/official/QuartileBandBadge'
import { EmptyMessage, ErrorMessage, Loading } from '../../components/StatusMessages'
import { officialQueries, useMeasureData } from '../../data/useOfficialData'
import { seriesFromMeasureFile } from '../../domain/official/areaSeries'
import { compareMeasure } from '../../domain/official/compareMeasure'
import { councilsInYear } from '../../domain/official/councilsInYear'
import { describeMeasureComparison } from '../../domain/official/describeMeasureComparison'
import { formatNeighbourAverage, formatOfficialValue } from '../../domain/official/formatOfficialValue'
import {
  measureFileStem,
  type MeasureFile,
  type NeighbourModelId,
  type NeighboursFile,
  type OfficialArea,
  type OfficialIndex,
} from '../../domain/official/officialDataset'
import { officialTrend } from '../../domain/official/officialTrend'
import { rankWords } from '../../domain/official/rankAmong'
import { paths } from '../../lib/paths'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { DotPlot } from './DotPlot'
import { EnglandTable } from './EnglandTable'
import { NeighbourModelChoice } from './NeighbourModelChoice'
import { OfficialSources } from './OfficialSources'
import { readOrder, sortCouncilFigures } from './sortCouncilFigures'
import { useChosenCouncil } from './useChosenCouncil'
import './compare.css'

export function CompareMeasurePage() {
  const { measure: code = '' } = useParams()
  const chosen = useChosenCouncil()
  const data = useMeasureData(measureFileStem(code))
  const title = data.measure?.measure.title
  useDocumentTitle(title ? `${title}: how councils compare` : 'Measure')
  const { index } = chosen

  const error = index.error ?? data.error
  // A code with no file is most likely a mistyped or old address. Hosts that
  // answer every unknown path with the app's page give no 404: then the
  // catalogue of measures (fetched only now) says whether the code exists.
  const notFound = error !== null && /HTTP 404/.test(error.message)
  const askCatalogue = data.error !== null && !notFound
  const catalogue = useQuery({ ...officialQueries.measures(), enabled: askCatalogue })
  const unknownCode = catalogue.data !== undefined && !catalogue.data.measures.some((m) => m.code === code)
  if (askCatalogue && catalogue.isPending) return <Loading what="the measure" />
  if (error) {
    const missing = notFound || unknownCode
    return (
      <>
        <h1>{missing ? 'Measure not found' : 'How councils compare'}</h1>
        {missing ? (
          <EmptyMessage>
            No official measure has the code “{code}”.{' '}
            <Link to={paths.compare.href({ la: chosen.params.get('la') })}>See every measure</Link>
          </EmptyMessage>
        ) : (
          <ErrorMessage
            title="The figures for this measure could not be loaded."
            onRetry={() => (index.isError ? void index.refetch() : data.refetch())}
          >
            <p>{error.message}</p>
          </ErrorMessage>
        )}
      </>
    )
  }
  if (!index.data || !data.measure || !data.neighbours || !chosen.chosen) return <Loading what="the measure" />
  return <MeasureView file={data.measure} index={index.data} neighbours={data.neighbours} chosen={chosen} />
}

type ViewProps = { file: MeasureFile; index: OfficialIndex; neighbours: NeighboursFile; chosen: ReturnType<typeof useChosenCouncil> }

function formatDate(iso: string | null, text: string | undefined): string {
  if (!iso) return text ?? 'Not given'
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

const POLARITY_WORDS = {
  high: 'Higher is better',
  low: 'Lower is better',
  none: 'None: neither higher nor lower is better, so councils are not ranked',
}

function MeasureView({ file, index, neighbours, chosen }: ViewProps) {
  const { measure } = file
  const { model, params, update } = chosen
  const council = chosen.chosen?.status === 'ok' ? chosen.chosen.council : undefined
  const areas = index.areas
  const byLa = useMemo(() => new Map(areas.map((a) => [a.la, a])), [areas])
  const regionName = (la: number | undefined) => (la === undefined ? '' : (byLa.get(la)?.name ?? String(la)))
  const series = useMemo(() => seriesFromMeasureFile(file), [file])
  const neighbourLas = useMemo(
    () => (council ? (neighbours.models[model].groups[String(council.la)] ?? []) : []),
    [council, neighbours, model],
  )
  const neighbourAreas = neighbourLas.map((la) => byLa.get(la)).filter((a): a is OfficialArea => a !== undefined)
  const yearIndex = measure.years.length - 1
  const latestPeriod = measure.years[yearIndex]
  const england = useMemo(
    () => councilsInYear(measure, areas, series, yearIndex, council?.la, neighbourLas),
    [measure, areas, series, yearIndex, council?.la, neighbourLas],
  )
  const comparison = council
    ? compareMeasure(measure, {
        council,
        neighbours: neighbourLas,
        series,
        latest: latestPeriod ? { year: latestPeriod.text, figures: england.figures } : undefined,
      })
    : undefined
  const trend = council ? officialTrend(measure, council, neighbourAreas, series, areas) : undefined
  const showNeighbours = params.get('lines') === 'neighbours'
  const order = readOrder(params.get('order'), measure.polarity !== 'none')
  const sorted = sortCouncilFigures(england.rows, order, regionName)
  const lasModel = (m: NeighbourModelId) => (m === '2021' ? m : null)

  return (
    <div className="compare-page compare-measure">
      <p className="indicator-back">
        <Link to={paths.compare.href({ la: council?.la, model: lasModel(model) })}>
          {council ? `Every measure for ${council.name}` : 'Every measure'}
        </Link>
      </p>
      <h1>{measure.title}</h1>
      <p className="compare-lede">
        {measure.summary}{' '}
        <span className="compare-note">
          DfE code {measure.code}; {measure.unitText.toLowerCase()}; {POLARITY_WORDS[measure.polarity].toLowerCase()}.
        </span>
      </p>
      <p className="compare-measure-key">
        Published by the {measure.dataOwner}. Last updated {formatDate(measure.lastUpdate, measure.lastUpdateText)}; next update{' '}
        {formatDate(measure.nextUpdate, measure.nextUpdateText)}. <a href="#measure-about-heading">Definition and source</a>
      </p>
      <div className="compare-controls">
        <CouncilPicker
          key={council?.la ?? 'none'}
          areas={areas}
          value={council?.la}
          onChoose={(la) => update({ la })}
          action="Show this council"
        />
        {council && <NeighbourModelChoice value={model} onChange={(m) => update({ model: lasModel(m) })} />}
      </div>

      {council && comparison && trend ? (
        <>
          <section aria-labelledby="measure-brief-heading" className="in-brief compare-summary">
            <h2 id="measure-brief-heading">
              {council.name}, {latestPeriod?.label ?? ''}
            </h2>
            {describeMeasureComparison(comparison, council.name, trend.region?.name).map((s) => (
              <p key={s}>{s}</p>
            ))}
          </section>
          <dl className="compare-measure-facts">
            <div>
              <dt>{council.name}</dt>
              <dd>{formatOfficialValue(comparison.value, measure)}</dd>
            </div>
            <div>
              <dt>England</dt>
              <dd>{formatOfficialValue(comparison.england, measure)}</dd>
            </div>
            <div>
              <dt>{trend.region?.name ?? 'Region'}</dt>
              <dd>{formatOfficialValue(comparison.region?.value, measure)}</dd>
            </div>
            <div>
              <dt>Neighbours’ average</dt>
              <dd>
                {comparison.neighbours.average === null ? 'No figure' : formatNeighbourAverage(comparison.neighbours.average, measure)}
                <span className="compare-note">{comparison.neighbours.coverage} neighbours</span>
              </dd>
            </div>
            {measure.polarity !== 'none' && (
              <div>
                <dt>Rank among neighbours</dt>
                <dd>{comparison.neighbourRank ? rankWords(comparison.neighbourRank) : 'No rank'}</dd>
              </div>
            )}
            {measure.polarity !== 'none' && (
              <div>
                <dt>Quartile band in England</dt>
                <dd>{comparison.band?.band ? <QuartileBandBadge band={comparison.band.band} /> : 'No band'}</dd>
              </div>
            )}
          </dl>

          <section aria-labelledby="measure-trend-heading">
            <h2 id="measure-trend-heading">Over the years</h2>
            <label className="compare-lines">
              <input
                type="checkbox"
                checked={showNeighbours}
                onChange={(e) => update({ lines: e.target.checked ? 'neighbours' : null }, { replace: true })}
              />
              Show each neighbour’s own line
            </label>
            <OfficialTrendFigure
              trend={trend}
              showNeighbours={showNeighbours}
              table={{ caption: `${measure.title}: ${council.name}, England, ${trend.region?.name ?? 'region'} and neighbours, each year` }}
            />
          </section>
        </>
      ) : (
        <EmptyMessage>Choose a council to see it against England, its region and its neighbours over the years.</EmptyMessage>
      )}

      <section aria-labelledby="measure-england-heading">
        <h2 id="measure-england-heading">Every council in England, {latestPeriod?.label}</h2>
        <p>
          {england.figures.length} councils have a figure
          {england.withoutFigure > 0 ? `; ${england.withoutFigure} have none (listed last, in words)` : ''}.
          {measure.polarity === 'none' ? ' The measure has no polarity, so councils are not ranked.' : ''}
        </p>
        <DotPlot measure={measure} year={latestPeriod?.label ?? ''} data={england} councilName={council?.name} />
        <EnglandTable
          measure={measure}
          rows={sorted}
          order={order}
          onOrder={(o) => update({ order: o }, { replace: true })}
          regionName={regionName}
          caption={`${measure.title}: every council, ${latestPeriod?.label ?? ''}`}
        />
      </section>

      <section aria-labelledby="measure-about-heading" className="compare-about">
        <h2 id="measure-about-heading">About this measure</h2>
        <dl>
          <dt>Definition</dt>
          <dd>{file.description.trim() || measure.summary}</dd>
          {file.methodology.trim() && (
            <>
              <dt>How it is worked out</dt>
              <dd>{file.methodology.trim()}</dd>
            </>
          )}
          <dt>Unit</dt>
          <dd>
            {measure.unitText}
            {measure.dps !== null ? `, to ${measure.dps} decimal ${measure.dps === 1 ? 'place' : 'places'}` : ''}
          </dd>
          <dt>Polarity</dt>
          <dd>{POLARITY_WORDS[measure.polarity]}</dd>
          <dt>Years</dt>
          <dd>
            {measure.years[0]?.label} to {latestPeriod?.label} ({measure.yearType})
          </dd>
          <dt>Published by</dt>
          <dd>{measure.dataOwner}</dd>
          <dt>Last updated</dt>
          <dd>{formatDate(measure.lastUpdate, measure.lastUpdateText)}</dd>
          <dt>Next update</dt>
          <dd>{formatDate(measure.nextUpdate, measure.nextUpdateText)}</dd>
          {file.hyperlinks.length > 0 && (
            <>
              <dt>More from the publisher</dt>
              <dd>
                <ul>
                  {file.hyperlinks.map((href) => (
                    <li key={href}>
                      <a href={href}>{href}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {file.crossCheck && (
            <>
              <dt>Checked against the statistical release</dt>
              <dd>
                {file.crossCheck.compared.toLocaleString('en-GB')} figures compared with <code>{file.crossCheck.file}</code>:{' '}
                {file.crossCheck.agreed.toLocaleString('en-GB')} agree, {file.crossCheck.bothWithoutFigure.toLocaleString('en-GB')} have no
                figure in either, {file.crossCheck.disagreed.toLocaleString('en-GB')} differ
                {file.disagreements.length > 0
                  ? ` (${file.disagreements.map((d) => `${regionName(d.la)} ${d.year}: LAIT ${formatOfficialValue(d.lait, measure)}, release “${d.eesText}”`).join('; ')}; both kept)`
                  : ''}
                .
              </dd>
            </>
          )}
        </dl>
      </section>
      <OfficialSources sources={index.sources} only={['lait', 'lait-dictionary', model === '2021' ? 'sn-2021' : 'sn-2025', 'la-codes']} />
    </div>
  )
}
