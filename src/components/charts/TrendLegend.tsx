// The chart's key in HTML text (legendEntries.ts gives the entries and how
// each sample is drawn).
import { createElement } from 'react'
import type { TrendSeries } from '../../domain/trendSeries'
import { legendEntries, SAMPLE_SIZE, sampleShapes, type LegendEntry } from './legendEntries'

/** "stroke-width" → "strokeWidth": React's names for SVG attributes. */
const reactName = (attribute: string) => attribute.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase())

function Sample({ entry }: { entry: LegendEntry }) {
  const { width, height } = SAMPLE_SIZE
  return (
    <svg className="trend-legend-sample" viewBox={`0 0 ${width} ${height}`} width={width} height={height} focusable="false">
      {sampleShapes(entry).map((shape, i) =>
        createElement(shape.tag, {
          key: i,
          ...Object.fromEntries(Object.entries(shape.attributes).map(([name, value]) => [reactName(name), value])),
        }),
      )}
    </svg>
  )
}

/** A chart's key from its entries: any chart that describes its series as LegendEntry. */
export function LegendList({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="trend-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <Sample entry={entry} />
          {entry.text}
        </li>
      ))}
    </ul>
  )
}

export function TrendLegend({ series, valueName }: { series: TrendSeries; valueName: string }) {
  return <LegendList entries={legendEntries(series, valueName)} />
}
