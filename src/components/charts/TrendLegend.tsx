// The chart's key in HTML text, so every series is named in words and drawn
// with its own dash pattern and marker, never told apart by colour alone.
import type { TrendSeries } from '../../domain/trendSeries'
import { COMPARATOR_NAMES } from '../../domain/trendSeries'
import { CHART_COLOURS, markerPath, SERIES_STYLES, type SeriesStyle } from './chartTheme'

type Entry = { key: string; text: string; sample: 'line' | 'band' | 'vertical'; style: SeriesStyle; hollow?: boolean }

function Sample({ entry }: { entry: Entry }) {
  const { style } = entry
  return (
    <svg className="trend-legend-sample" viewBox="0 0 32 14" width="32" height="14" focusable="false">
      {entry.sample === 'band' && (
        <rect
          x="1"
          y="2"
          width="30"
          height="10"
          fill={CHART_COLOURS.targetBand}
          stroke={CHART_COLOURS.targetBandEdge}
          strokeDasharray="3 2"
        />
      )}
      {entry.sample === 'vertical' && (
        <line x1="16" y1="0" x2="16" y2="14" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash} />
      )}
      {entry.sample === 'line' && (
        <line x1="1" y1="7" x2="31" y2="7" stroke={style.colour} strokeWidth={style.width} strokeDasharray={style.dash} />
      )}
      {entry.sample === 'line' && style.marker && (
        <path
          d={markerPath(style.marker, 16, 7, 3.5)}
          fill={entry.hollow ? CHART_COLOURS.paper : style.colour}
          stroke={style.colour}
          strokeWidth={entry.hollow ? 1.5 : 0}
        />
      )}
    </svg>
  )
}

export function legendEntries(series: TrendSeries, valueName: string): Entry[] {
  const entries: Entry[] = [{ key: 'value', text: valueName, sample: 'line', style: SERIES_STYLES.value }]
  if (series.rows.some((r) => r.provisional)) {
    entries.push({
      key: 'provisional',
      text: 'Provisional figure (hollow dot)',
      sample: 'line',
      style: { ...SERIES_STYLES.value, width: 0 },
      hollow: true,
    })
  }
  const { target } = series
  if (target?.kind === 'line') entries.push({ key: 'target', text: `Target: ${target.text}`, sample: 'line', style: SERIES_STYLES.target })
  if (target?.kind === 'band')
    entries.push({ key: 'target', text: `Target range: ${target.text}`, sample: 'band', style: SERIES_STYLES.target })
  for (const kind of series.comparatorKinds) {
    entries.push({ key: kind, text: COMPARATOR_NAMES[kind], sample: 'line', style: SERIES_STYLES[kind] })
  }
  series.undatedComparators.forEach((c, i) => {
    const { marker: _marker, ...style } = SERIES_STYLES[c.kind]
    entries.push({ key: `undated-${i}`, text: `${c.name}: ${c.text} (period not stated)`, sample: 'line', style })
  })
  if (series.rows.some((r) => r.definitionChange)) {
    entries.push({ key: 'definition', text: 'Definition changed', sample: 'vertical', style: SERIES_STYLES.definitionChange })
  }
  if (series.rows.some((r) => r.gapLabel)) {
    entries.push({ key: 'gap', text: 'No figure (a labelled gap)', sample: 'vertical', style: SERIES_STYLES.status })
  }
  return entries
}

export function TrendLegend({ series, valueName }: { series: TrendSeries; valueName: string }) {
  return (
    <ul className="trend-legend">
      {legendEntries(series, valueName).map((entry) => (
        <li key={entry.key}>
          <Sample entry={entry} />
          {entry.text}
        </li>
      ))}
    </ul>
  )
}
