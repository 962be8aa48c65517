// The chart export's file name and SVG, on a hand-made chart in jsdom: the
// drawing is taken from the page, the words (heading, description, key) from
// data. The PNG (canvas) and the download itself are checked in Chromium
// (tests/browser/meetings.browser.mjs).
import { afterEach, describe, expect, it } from 'vitest'
import { SERIES_STYLES } from '../../../src/components/charts/chartTheme'
import { chartFileName } from '../../../src/components/charts/chartImage/chartFileName'
import { wrapWords } from '../../../src/components/charts/chartImage/composeChartSvg'
import { buildChartSvg } from '../../../src/components/charts/exportChartImage'
import type { LegendEntry } from '../../../src/components/charts/legendEntries'
import { slugify } from '../../../src/lib/fileNames'

describe('chartFileName', () => {
  it('names the file after the authority, indicator ref and period', () => {
    expect(chartFileName({ authority: 'Cheshire East Council', indicatorRef: 'P3.17', periodId: '2018-19-Q2' }, 'png')).toBe(
      'cheshire-east-council_P3.17_2018-19-Q2.png',
    )
    expect(chartFileName({ authority: 'Cheshire East Council', indicatorRef: 'H3', periodId: '2017-18-YE' }, 'svg')).toBe(
      'cheshire-east-council_H3_2017-18-YE.svg',
    )
  })

  it('keeps file names safe whatever the data says', () => {
    expect(slugify('  Brighton & Hove City Council  ')).toBe('brighton-hove-city-council')
    expect(slugify('Ynys Môn')).toBe('ynys-mon')
    expect(chartFileName({ authority: '../../etc', indicatorRef: 'S5/1 (a)', periodId: '2018 Q2' }, 'png')).toBe('etc_S5-1-a_2018-Q2.png')
    expect(chartFileName({ authority: '', indicatorRef: '', periodId: '' }, 'svg')).toBe('scorecard_chart.svg')
  })
})

describe('wrapWords', () => {
  it('wraps at word boundaries within the width', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapWords('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x'])
  })
})

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The chart's key and description, as TrendFigure passes them from the data. */
const LEGEND: LegendEntry[] = [
  { key: 'value', text: 'Cheshire East Council', sample: 'line', style: SERIES_STYLES.value },
  { key: 'target', text: 'Target: 121 days', sample: 'line', style: SERIES_STYLES.target },
]
const DESCRIPTION = 'Line chart of Days to adoption: 2 figures, latest 128 days in Q2 2018-19.'

/** A plot shaped like TrendChartFrame's: the recharts surface, styled by the page's CSS. No key or label: those come from data. */
function drawFigure(): HTMLElement {
  const wrapper = document.createElement('div')
  wrapper.innerHTML = `
    <figure role="img" aria-label="A label the export does not read">
      <div class="trend-chart-plot">
        <svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300">
          <g class="recharts-line"><path class="recharts-curve" d="M10,10L200,100" stroke="#1d4f91" fill="none"></path></g>
          <text class="recharts-label" x="20" y="20"><tspan>Target 121 days</tspan></text>
          <g class="hidden-bit"><rect width="5" height="5"></rect></g>
        </svg>
      </div>
    </figure>`
  const style = document.createElement('style')
  style.textContent = '.recharts-label { fill: rgb(27, 27, 31); font-size: 18px; font-weight: 600; } .hidden-bit { display: none; }'
  document.head.append(style)
  document.body.append(wrapper)
  return wrapper.querySelector('figure')!
}

afterEach(() => {
  document.head.querySelectorAll('style').forEach((s) => s.remove())
  document.body.innerHTML = ''
})

describe('buildChartSvg', () => {
  it('makes a standalone SVG with a heading, the drawing, the key and the chart’s description', () => {
    const figure = drawFigure()
    const chart = buildChartSvg(figure, {
      heading: { title: 'P3.17 Average number of days between placement order and match', subtitle: 'Cheshire East Council · Q2 2018-19' },
      description: DESCRIPTION,
      legend: LEGEND,
    })
    const doc = new DOMParser().parseFromString(chart.svg, 'image/svg+xml')
    expect(doc.querySelector('parsererror')).toBeNull()
    const root = doc.documentElement
    expect(root.namespaceURI).toBe(SVG_NS)
    expect(chart.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(root.getAttribute('width')).toBe(String(chart.width))
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${chart.width} ${chart.height}`)
    expect(chart.width).toBe(600)
    expect(chart.height).toBeGreaterThan(300)
    expect(root.querySelector('title')?.textContent).toBe(
      'P3.17 Average number of days between placement order and match (Cheshire East Council · Q2 2018-19)',
    )
    expect(root.querySelector('desc')?.textContent).toBe('Line chart of Days to adoption: 2 figures, latest 128 days in Q2 2018-19.')
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent)
    expect(texts).toEqual(
      expect.arrayContaining(['Cheshire East Council · Q2 2018-19', 'Target 121 days', 'Cheshire East Council', 'Target: 121 days']),
    )
    expect(texts.some((t) => t?.startsWith('P3.17 Average'))).toBe(true)
  })

  it('writes the styles the page’s CSS gave the drawing in as attributes, and drops what CSS hid', () => {
    const chart = buildChartSvg(drawFigure(), { heading: { title: 'P3.17' }, legend: LEGEND })
    const doc = new DOMParser().parseFromString(chart.svg, 'image/svg+xml')
    const label = doc.querySelector('svg svg text')!
    expect(label.getAttribute('fill')).toBe('rgb(27, 27, 31)')
    expect(label.getAttribute('font-size')).toBe('18px')
    expect(label.getAttribute('font-weight')).toBe('600')
    expect(doc.querySelector('svg svg path')!.getAttribute('d')).toBe('M10,10L200,100')
    expect(doc.querySelector('.hidden-bit')).toBeNull()
    // The key's dashed sample keeps its dash pattern.
    expect(doc.querySelector('line[stroke-dasharray]')).not.toBeNull()
    // Nothing from the page that would not work in a file of its own.
    expect(chart.svg).not.toMatch(/<script|<foreignObject|var\(--/)
  })

  it('refuses a figure with no drawing', () => {
    const figure = document.createElement('figure')
    document.body.append(figure)
    expect(() => buildChartSvg(figure, { heading: { title: 'x' }, legend: [] })).toThrow('There is no drawn chart to export.')
  })
})
