// Style inlining: a copy of the drawn chart's <svg> that looks the same with
// no stylesheet, because a saved SVG has none. The styles the page's CSS gave
// each shape are read from the browser (getComputedStyle) and written in as
// presentation attributes; what CSS hid is left out.
import type { StandaloneDrawing } from './composeChartSvg'

// Properties the page's CSS may set on chart elements.
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
/** Used when the drawing has no size of its own (not laid out). */
const FALLBACK_SIZE = { width: 720, height: 340 }

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

function numberAttribute(el: Element, name: string): number | undefined {
  const n = Number.parseFloat(el.getAttribute(name) ?? '')
  return Number.isFinite(n) && n > 0 ? n : undefined
}

/** The drawn chart as standalone SVG markup, at the size it is drawn on the page. */
export function standaloneDrawing(drawing: SVGSVGElement): StandaloneDrawing {
  const view = drawing.ownerDocument.defaultView
  if (!view) throw new Error('There is no drawn chart to export.')
  const box = drawing.getBoundingClientRect()
  const width = numberAttribute(drawing, 'width') ?? (box.width || FALLBACK_SIZE.width)
  const height = numberAttribute(drawing, 'height') ?? (box.height || FALLBACK_SIZE.height)
  const copy = drawing.cloneNode(true) as SVGSVGElement
  inlineStyles(drawing, copy, view)
  copy.removeAttribute('style')
  copy.removeAttribute('class')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  copy.setAttribute('overflow', 'visible')
  // XMLSerializer writes the SVG namespace on the element itself.
  return { markup: new XMLSerializer().serializeToString(copy), width, height }
}
