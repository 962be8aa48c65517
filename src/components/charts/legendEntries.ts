// The chart's key as data: which series a chart has, their words, and how
// each sample is drawn. The key on the page (TrendLegend) and the key in a
// saved image (chartImage/composeChartSvg) are both drawn from this, so they
// cannot disagree. Every series is named in words and drawn with its own dash
// pattern and marker, never told apart by colour alone.
import type { TrendSeries } from '../../domain/trendSeries'
import { COMPARATOR_NAMES } from '../../domain/trendSeries'
import { CHART_COLOURS, markerPath, SERIES_STYLES, type SeriesStyle } from './chartTheme'

export type LegendEntry = { key: string; text: string; sample: 'line' | 'band' | 'vertical'; style: SeriesStyle; hollow?: boolean }

export function legendEntries(series: TrendSeries, valueName: string): LegendEntry[] {
  const entries: LegendEntry[] = [{ key: 'value', text: valueName, sample: 'line', style: SERIES_STYLES.value }]
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
    entries.push({ key: 'target', text: `Target range: ${target.text}`, sample: 'band', style: SERIES_STYLES.targetBand })
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
  if (series.timeGaps.length > 0) {
    entries.push({
      key: 'time-gap',
      text: `No figures for more than a ${series.expectedPeriod} (shaded)`,
      sample: 'band',
      style: SERIES_STYLES.timeGap,
    })
  }
  return entries
}

/** The sample's box, in its own units (and pixels, unscaled). */
export const SAMPLE_SIZE = { width: 32, height: 14 } as const

/** One SVG element of a sample, with SVG attribute names ("stroke-width"). */
export type SampleShape = { tag: 'rect' | 'line' | 'path'; attributes: Record<string, string | number> }

/** What a key entry's sample is drawn with: a band, a vertical rule, or a line with its marker. */
export function sampleShapes(entry: LegendEntry): SampleShape[] {
  const { style } = entry
  const stroke = { stroke: style.colour, 'stroke-width': style.width, ...(style.dash ? { 'stroke-dasharray': style.dash } : {}) }
  if (entry.sample === 'band') {
    return [{ tag: 'rect', attributes: { x: 1, y: 2, width: 30, height: 10, fill: style.fill ?? CHART_COLOURS.paper, ...stroke } }]
  }
  if (entry.sample === 'vertical') return [{ tag: 'line', attributes: { x1: 16, y1: 0, x2: 16, y2: 14, ...stroke } }]
  const shapes: SampleShape[] = [{ tag: 'line', attributes: { x1: 1, y1: 7, x2: 31, y2: 7, ...stroke } }]
  if (style.marker) {
    shapes.push({
      tag: 'path',
      attributes: {
        d: markerPath(style.marker, 16, 7, 3.5),
        fill: entry.hollow ? CHART_COLOURS.paper : style.colour,
        stroke: style.colour,
        'stroke-width': entry.hollow ? 1.5 : 0,
      },
    })
  }
  return shapes
}
