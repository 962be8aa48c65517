// Colours, dash patterns and marker shapes shared by the trend chart and its
// legend. SVG presentation attributes cannot read CSS variables reliably, so
// the colours are the hex values of the tokens in src/app/styles.css. Every
// series differs by dash pattern and marker shape as well as colour; text
// colours meet 4.5:1 on white and line colours at least 3:1.

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond'

export const CHART_COLOURS = {
  ink: '#1b1b1f', // --ink
  inkMuted: '#4a4d55', // --ink-muted
  grid: '#d8dbe0',
  axis: '#6b6f78',
  value: '#1d4f91', // --brand
  target: '#1b1b1f', // --ink
  targetBand: '#e3f4e7', // --green-bg
  targetBandEdge: '#1e6b36', // --green
  england: '#a04f00', // --amber
  statNeighbours: '#5b5f68', // --none
  northWest: '#6b3fa0',
  status: '#6b6f78',
  timeGap: '#f5f6f7',
  paper: '#ffffff',
} as const

export type SeriesStyle = { colour: string; dash?: string; marker?: MarkerShape; width: number; fill?: string }

export const SERIES_STYLES = {
  value: { colour: CHART_COLOURS.value, marker: 'circle', width: 2.5 },
  target: { colour: CHART_COLOURS.target, dash: '8 4', width: 1.5 },
  targetBand: { colour: CHART_COLOURS.targetBandEdge, fill: CHART_COLOURS.targetBand, dash: '3 2', width: 1 },
  england: { colour: CHART_COLOURS.england, dash: '6 3', marker: 'square', width: 2 },
  'stat-neighbours': { colour: CHART_COLOURS.statNeighbours, dash: '2 3', marker: 'triangle', width: 2 },
  'north-west': { colour: CHART_COLOURS.northWest, dash: '10 3 2 3', marker: 'diamond', width: 2 },
  other: { colour: CHART_COLOURS.inkMuted, dash: '1 4', marker: 'circle', width: 1.5 },
  definitionChange: { colour: CHART_COLOURS.ink, dash: '3 3', width: 1.5 },
  status: { colour: CHART_COLOURS.status, dash: '1 3', width: 1 },
  // Each statistical neighbour's own line (official comparisons, on request): thin, behind the rest, named in the table.
  neighbour: { colour: CHART_COLOURS.status, dash: '4 2', width: 1 },
  // A stretch of time with no figures: a grey shade edged by a dashed rule, told apart from the green target band by both.
  timeGap: { colour: CHART_COLOURS.status, fill: CHART_COLOURS.timeGap, dash: '2 3', width: 1 },
} as const satisfies Record<string, SeriesStyle>

/** An SVG path for a marker of radius r centred on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'square':
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}z`
    case 'triangle':
      return `M${cx},${cy - r * 1.15}L${cx + r * 1.1},${cy + r * 0.85}L${cx - r * 1.1},${cy + r * 0.85}z`
    case 'diamond':
      return `M${cx},${cy - r * 1.3}L${cx + r * 1.1},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.1},${cy}z`
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
  }
}
