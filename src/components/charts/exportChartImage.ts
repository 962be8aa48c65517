// Exports a drawn trend chart as a file: SVG as drawn, or PNG at twice the
// size (sharp on a projector). No library: the chart's own <svg> is copied with
// the styles the page's CSS gave it written in as attributes, because a saved
// SVG has no stylesheet; a title and the key are drawn in, so the file explains
// itself away from the page. PNG goes through an <img> on a blob: URL and a
// canvas (allowed by the Content-Security-Policy's img-src). Loaded only when an
// export is asked for (ChartDownloadButtons imports it on click).

import { saveFile } from '../../lib/download'
import { slugify } from '../../lib/fileNames'

export type ChartImageFormat = 'png' | 'svg'

export type ChartFileMeta = {
  authority: string
  /** The indicator's ref, e.g. "P3.17". */
  indicatorRef: string
  /** The period shown, by id, e.g. "2018-19-Q2". */
  periodId: string
}

export type ChartHeading = {
  /** First line of the image, e.g. "P3.17 Average number of days…". */
  title: string
  /** Second line, e.g. "Cheshire East Council · Q2 2018-19". */
  subtitle?: string
}

const SVG_NS = 'http://www.w3.org/2000/svg'
export const PNG_SCALE = 2

/** "cheshire-east-council_P3.17_2018-19-Q2.png": authority, indicator ref and period. */
export function chartFileName(meta: ChartFileMeta, format: ChartImageFormat): string {
  const parts = [
    slugify(meta.authority) || 'scorecard',
    slugify(meta.indicatorRef, 'code') || 'chart',
    slugify(meta.periodId, 'code'),
  ].filter((p) => p !== '')
  return `${parts.join('_')}.${format}`
}

// Properties the page's CSS may set on chart elements; written as presentation
// attributes so the saved file looks the same without the stylesheet.
const PAINT_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
] as const
const TEXT_PROPERTIES = ['font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline'] as const
const SHAPES = new Set(['path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse', 'text', 'tspan'])
const TEXTS = new Set(['text', 'tspan'])

function inlineStyles(original: Element, copy: Element, view: Window): void {
  const style = view.getComputedStyle(original)
  const name = original.localName
  if (style.display === 'none') {
    copy.remove()
    return
  }
  if (SHAPES.has(name)) {
    for (const property of PAINT_PROPERTIES) {
      const value = style.getPropertyValue(property).trim()
      if (value !== '') copy.setAttribute(property, value)
    }
  }
  if (TEXTS.has(name)) {
    for (const property of TEXT_PROPERTIES) {
      const value = style.getPropertyValue(property).trim()
      if (value !== '') copy.setAttribute(property, value)
    }
  }
  // Walk both trees together; copy the list first, as children may be removed.
  const originals = Array.from(original.children)
  const copies = Array.from(copy.children)
  originals.forEach((child, i) => {
    const twin = copies[i]
    if (twin) inlineStyles(child, twin, view)
  })
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value))
  return el
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

function numberAttribute(el: Element, name: string): number | undefined {
  const n = Number.parseFloat(el.getAttribute(name) ?? '')
  return Number.isFinite(n) && n > 0 ? n : undefined
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
const INK = '#1b1b1f'
const INK_MUTED = '#4a4d55'
const PAD = 16
const CHAR_WIDTH = 0.56

export type ChartSvg = { svg: string; width: number; height: number }

/**
 * A standalone SVG of the chart inside `figure` (a TrendChartFrame figure):
 * heading, the drawing with its computed styles inlined, the key, and the
 * figure's generated description as <desc>.
 */
export function buildChartSvg(figure: Element, heading: ChartHeading): ChartSvg {
  const doc = figure.ownerDocument
  const view = doc.defaultView
  const drawing = figure.querySelector('svg.recharts-surface') ?? figure.querySelector('svg')
  if (!drawing || !view) throw new Error('There is no drawn chart to export.')
  const box = drawing.getBoundingClientRect()
  const chartWidth = numberAttribute(drawing, 'width') ?? (box.width || 720)
  const chartHeight = numberAttribute(drawing, 'height') ?? (box.height || 340)
  const width = Math.max(chartWidth, 480)

  // XMLSerializer writes the xmlns declaration itself for an element in the SVG namespace.
  const root = svgElement(doc, 'svg', { version: '1.1' })
  const title = svgElement(doc, 'title')
  title.textContent = heading.subtitle ? `${heading.title} (${heading.subtitle})` : heading.title
  root.append(title)
  const description = figure.getAttribute('aria-label')
  if (description) {
    const desc = svgElement(doc, 'desc')
    desc.textContent = description
    root.append(desc)
  }
  const background = svgElement(doc, 'rect', { x: 0, y: 0, fill: '#ffffff' })
  root.append(background)

  // Heading lines.
  let y = PAD
  const titleSize = 18
  const subtitleSize = 14
  for (const line of wrapWords(heading.title, Math.floor((width - 2 * PAD) / (titleSize * CHAR_WIDTH)))) {
    y += titleSize * 1.3
    const text = svgElement(doc, 'text', { x: PAD, y, 'font-family': FONT, 'font-size': titleSize, 'font-weight': 700, fill: INK })
    text.textContent = line
    root.append(text)
  }
  if (heading.subtitle) {
    y += subtitleSize * 1.5
    const text = svgElement(doc, 'text', { x: PAD, y, 'font-family': FONT, 'font-size': subtitleSize, fill: INK_MUTED })
    text.textContent = heading.subtitle
    root.append(text)
  }
  y += 10

  // The drawing, as a nested <svg> so its own coordinates are kept.
  const copy = drawing.cloneNode(true) as SVGSVGElement
  inlineStyles(drawing, copy, view)
  copy.removeAttribute('style')
  copy.removeAttribute('class')
  copy.setAttribute('x', String((width - chartWidth) / 2))
  copy.setAttribute('y', String(y))
  copy.setAttribute('width', String(chartWidth))
  copy.setAttribute('height', String(chartHeight))
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${chartWidth} ${chartHeight}`)
  copy.setAttribute('overflow', 'visible')
  root.append(copy)
  y += chartHeight + 12

  // The key: each entry's sample as drawn on the page, then its words.
  const legendSize = 13
  const rowHeight = 22
  let x = PAD
  let rows = 0
  for (const item of Array.from(figure.querySelectorAll('.trend-legend li'))) {
    const words = (item.textContent ?? '').trim()
    const sample = item.querySelector('svg')
    const itemWidth = 32 + 6 + words.length * legendSize * CHAR_WIDTH + 18
    if (rows === 0) rows = 1
    else if (x + itemWidth > width - PAD && x > PAD) {
      rows++
      x = PAD
    }
    const top = y + (rows - 1) * rowHeight
    const group = svgElement(doc, 'g', { transform: `translate(${x},${top})` })
    if (sample) {
      const sampleCopy = sample.cloneNode(true) as SVGSVGElement
      inlineStyles(sample, sampleCopy, view)
      sampleCopy.removeAttribute('class')
      sampleCopy.setAttribute('x', '0')
      sampleCopy.setAttribute('y', '2')
      group.append(sampleCopy)
    }
    const text = svgElement(doc, 'text', { x: 38, y: 14, 'font-family': FONT, 'font-size': legendSize, fill: INK })
    text.textContent = words
    group.append(text)
    root.append(group)
    x += itemWidth
  }
  const height = Math.ceil(y + rows * rowHeight + PAD)

  root.setAttribute('width', String(width))
  root.setAttribute('height', String(height))
  root.setAttribute('viewBox', `0 0 ${width} ${height}`)
  background.setAttribute('width', String(width))
  background.setAttribute('height', String(height))
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`
  return { svg, width, height }
}

/** Draws the SVG onto a canvas at `scale` times its size and returns a PNG. */
export async function svgToPng(chart: ChartSvg, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('the chart image could not be drawn'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(chart.width * scale)
    canvas.height = Math.round(chart.height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw images')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Exports the chart in `figure` and returns the file name it was saved as. */
export async function exportChartImage(
  figure: Element,
  format: ChartImageFormat,
  meta: ChartFileMeta,
  heading: ChartHeading,
): Promise<string> {
  const chart = buildChartSvg(figure, heading)
  const fileName = chartFileName(meta, format)
  const blob = format === 'svg' ? new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(chart)
  saveFile(blob, fileName)
  return fileName
}
