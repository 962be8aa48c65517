// Composing a chart image: one standalone SVG document from the chart's data
// (its heading, its text alternative, its key) and its drawing, already made
// standalone (inlineChartStyles.ts). Plain string building, no DOM, so the
// file is the same in any browser and is tested without one. A saved file has
// no stylesheet and no layout engine: every font, colour and position is
// written in.
import { SAMPLE_SIZE, sampleShapes, type LegendEntry } from '../legendEntries'

export type ChartHeading = {
  /** First line of the image, e.g. "P3.17 Average number of days…". */
  title: string
  /** Second line, e.g. "Borough Council · Q2 2018-19". */
  subtitle?: string
}

/** What the image says, from the chart's data. */
export type ChartImageText = {
  heading: ChartHeading
  /** The chart's text alternative (the figure's label): the file's <desc>. */
  description?: string
  /** The key, as the page's legend draws it. */
  legend: readonly LegendEntry[]
}

/** The drawing as a standalone <svg> element's markup, with its size in pixels. */
export type StandaloneDrawing = { markup: string; width: number; height: number }

export type ChartSvg = { svg: string; width: number; height: number }

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
const INK = '#1b1b1f'
const INK_MUTED = '#4a4d55'
const PAD = 16
/**
 * An average character's width as a share of the font size, for wrapping and
 * the key's layout: generous, because the file is drawn with whatever sans-serif
 * the viewer has. DejaVu Sans, the widest common one (Linux), measures about
 * 0.53–0.6 regular and 0.59–0.66 bold; at 0.56 a long bold title ran past the edge.
 */
const CHAR_WIDTH = 0.6
const BOLD_CHAR_WIDTH = 0.66
const MIN_WIDTH = 480
const TITLE_SIZE = 18
const SUBTITLE_SIZE = 14
const LEGEND_SIZE = 13
const LEGEND_ROW = 22

/** Text for an XML text node or a double-quoted attribute. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function element(tag: string, attributes: Record<string, string | number>, content?: string): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')
  return content === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content}</${tag}>`
}

/** Greedy word wrap by an estimated character width (no layout engine in a saved file). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** The key: each entry's sample, then its words, in rows that fit the width. Returns the markup and the rows used. */
function composeKey(legend: readonly LegendEntry[], top: number, width: number): { markup: string; rows: number } {
  const sample = SAMPLE_SIZE
  let x = PAD
  let rows = 0
  const parts: string[] = []
  for (const entry of legend) {
    const itemWidth = sample.width + 6 + entry.text.length * LEGEND_SIZE * CHAR_WIDTH + 18
    if (rows === 0) rows = 1
    else if (x + itemWidth > width - PAD && x > PAD) {
      rows++
      x = PAD
    }
    const y = top + (rows - 1) * LEGEND_ROW
    const shapes = sampleShapes(entry)
      .map((shape) => element(shape.tag, shape.attributes))
      .join('')
    const words = element(
      'text',
      { x: sample.width + 6, y: 14, 'font-family': FONT, 'font-size': LEGEND_SIZE, fill: INK },
      escapeXml(entry.text),
    )
    parts.push(element('g', { transform: `translate(${x},${y})` }, `${element('g', { transform: 'translate(0,2)' }, shapes)}${words}`))
    x += itemWidth
  }
  return { markup: parts.join(''), rows }
}

/**
 * A standalone SVG document: the heading (wrapped to the width), the drawing
 * centred under it, the key under that; the description as <desc> and the
 * heading as <title>, so the file explains itself away from the page.
 */
export function composeChartSvg(text: ChartImageText, drawing: StandaloneDrawing): ChartSvg {
  const { heading } = text
  const width = Math.max(drawing.width, MIN_WIDTH)
  const body: string[] = []

  let y = PAD
  for (const line of wrapWords(heading.title, Math.floor((width - 2 * PAD) / (TITLE_SIZE * BOLD_CHAR_WIDTH)))) {
    y += TITLE_SIZE * 1.3
    body.push(element('text', { x: PAD, y, 'font-family': FONT, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: INK }, escapeXml(line)))
  }
  const subtitleLines = heading.subtitle ? wrapWords(heading.subtitle, Math.floor((width - 2 * PAD) / (SUBTITLE_SIZE * CHAR_WIDTH))) : []
  subtitleLines.forEach((line, i) => {
    y += SUBTITLE_SIZE * (i === 0 ? 1.5 : 1.3)
    body.push(element('text', { x: PAD, y, 'font-family': FONT, 'font-size': SUBTITLE_SIZE, fill: INK_MUTED }, escapeXml(line)))
  })
  y += 10

  // The drawing keeps its own coordinates: a nested <svg>, moved into place.
  body.push(element('g', { transform: `translate(${(width - drawing.width) / 2},${y})` }, drawing.markup))
  y += drawing.height + 12

  const key = composeKey(text.legend, y, width)
  body.push(key.markup)
  const height = Math.ceil(y + key.rows * LEGEND_ROW + PAD)

  const title = element('title', {}, escapeXml(heading.subtitle ? `${heading.title} (${heading.subtitle})` : heading.title))
  const desc = text.description ? element('desc', {}, escapeXml(text.description)) : ''
  const background = element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' })
  const root = element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', version: '1.1', width, height, viewBox: `0 0 ${width} ${height}` },
    `${title}${desc}${background}${body.join('')}`,
  )
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root}`, width, height }
}
