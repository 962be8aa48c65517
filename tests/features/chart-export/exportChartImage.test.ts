// The chart export's file name and SVG, on a hand-made chart in jsdom. The PNG
// (canvas) and the download itself are checked in Chromium
// (tests/browser/meetings.browser.mjs).
import { afterEach, describe, expect, it } from 'vitest'
import { buildChartSvg, chartFileName, wrapWords } from '../../../src/components/charts/exportChartImage'
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

/** A figure shaped like TrendChartFrame's: an image with a label, the recharts surface and the key. */
function drawFigure(): HTMLElement {
  const wrapper = document.createElement('div')
  wrapper.innerHTML = `
    <figure role="img" aria-label="Line chart of Days to adoption: 2 figures, latest 128 days in Q2 2018-19.">
      <div class="trend-chart-drawing" aria-hidden="true">
        <svg class="recharts-surface" width="600" height="300" viewBox="0 0 600 300">
          <g class="recharts-line"><path class="recharts-curve" d="M10,10L200,100" stroke="#1d4f91" fill="none"></path></g>
          <text class="recharts-label" x="20" y="20"><tspan>Target 121 days</tspan></text>
          <g class="hidden-bit"><rect width="5" height="5"></rect></g>
        </svg>
        <ul class="trend-legend">
          <li><svg class="trend-legend-sample" viewBox="0 0 32 14" width="32" height="14"><line x1="1" y1="7" x2="31" y2="7" stroke="#1d4f91"></line></svg>Cheshire East Council</li>
          <li><svg class="trend-legend-sample" viewBox="0 0 32 14" width="32" height="14"><line x1="1" y1="7" x2="31" y2="7" stroke="#1b1b1f" stroke-dasharray="8 4"></line></svg>Target: 121 days</li>
        </ul>
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
      title: 'P3.17 Average number of days between placement order and match',
      subtitle: 'Cheshire East Council · Q2 2018-19',
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
    const chart = buildChartSvg(drawFigure(), { title: 'P3.17' })
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
    expect(() => buildChartSvg(figure, { title: 'x' })).toThrow('There is no drawn chart to export.')
  })
})
