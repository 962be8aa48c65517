// Composing a chart image from data: the heading, the description and the key
// come from the chart's data (the same entries the page's legend draws), the
// drawing is any standalone <svg>. No page is read.
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { composeChartSvg, type StandaloneDrawing } from '../../../src/components/charts/chartImage/composeChartSvg'
import { legendEntries } from '../../../src/components/charts/legendEntries'
import { TrendLegend } from '../../../src/components/charts/TrendLegend'
import { indexPeriods } from '../../../src/domain/periods'
import { buildTrendSeries } from '../../../src/domain/trendSeries'
import { loadSeedScorecard } from '../../support/seedFiles'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const seriesOf = (ref: string) =>
  buildTrendSeries(
    scorecard.indicators.find((i) => i.ref === ref)!,
    periods,
  )
const DRAWING: StandaloneDrawing = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><path d="M0,0L10,10"/></svg>',
  width: 600,
  height: 300,
}
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml')
const texts = (doc: Document) => Array.from(doc.querySelectorAll('text')).map((t) => t.textContent)

describe('composeChartSvg', () => {
  it('writes the key from the chart’s data, in the legend’s order', () => {
    const legend = legendEntries(seriesOf('P3.17'), 'Cheshire East Council')
    const chart = composeChartSvg({ heading: { title: 'P3.17 Days to adoption' }, legend }, DRAWING)
    const doc = parse(chart.svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(texts(doc).slice(1)).toEqual([
      'Cheshire East Council',
      'Target: 121 days',
      'England average: 226 days (period not stated)',
      'No figures for more than a quarter (shaded)',
    ])
  })

  it('draws each sample with the same shapes as the page’s legend', () => {
    // G1 has a target range (a band) as well as lines.
    const series = seriesOf('G1')
    const legend = legendEntries(series, 'Cheshire East')
    const page = render(<TrendLegend series={series} valueName="Cheshire East" />).container
    const image = parse(composeChartSvg({ heading: { title: 'G1' }, legend }, DRAWING).svg)
    const shapesOf = (root: ParentNode) =>
      Array.from(root.querySelectorAll('rect, line, path')).map((el) =>
        [
          el.localName,
          ...['x1', 'y1', 'x2', 'y2', 'd', 'fill', 'stroke', 'stroke-width', 'stroke-dasharray'].map((a) => el.getAttribute(a)),
        ].join(' '),
      )
    const imageKey = Array.from(image.documentElement.children).slice(-legend.length)
    expect(shapesOf(page).length).toBeGreaterThanOrEqual(legend.length)
    expect(imageKey.flatMap(shapesOf)).toEqual(shapesOf(page))
    expect(image.querySelector('rect[fill="#e3f4e7"]')).not.toBeNull()
  })

  it('escapes the data’s words, gives the description, and wraps a long heading and key to the width', () => {
    const title = 'S1 Placements < 20 miles & “out of area”: '.repeat(4)
    const legend = legendEntries(seriesOf('G2'), 'Brighton & Hove')
    const chart = composeChartSvg(
      { heading: { title, subtitle: 'Brighton & Hove · Q2' }, description: 'A <chart> & more', legend },
      DRAWING,
    )
    const doc = parse(chart.svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelector('desc')?.textContent).toBe('A <chart> & more')
    expect(doc.querySelector('title')?.textContent).toBe(`${title} (Brighton & Hove · Q2)`)
    const headingLines = Array.from(doc.querySelectorAll('text[font-size="18"]')).map((t) => t.textContent)
    expect(headingLines.length).toBeGreaterThan(1)
    expect(headingLines.join(' ')).toBe(title.trim().split(/\s+/).join(' '))
    expect(texts(doc)).toContain('Brighton & Hove')
    // The key needs more than one row at 600 pixels: the image is taller than heading, drawing and one row.
    const keyEntries = Array.from(doc.documentElement.children)
      .filter((el) => el.localName === 'g')
      .slice(1)
    expect(keyEntries).toHaveLength(legend.length)
    const rows = new Set(keyEntries.map((g) => g.getAttribute('transform')!.split(',')[1]))
    expect(rows.size).toBeGreaterThan(1)
    expect(chart.width).toBe(600)
  })

  it('wraps a bold title by a width generous enough for the widest common font, so no line runs past the edge', () => {
    const title = 'P3.17 Average number of days between placement order and match with adoptive family (A2 national indicator)'
    const chart = composeChartSvg(
      { heading: { title, subtitle: 'Cheshire East Council · Q2 2018-19' }, legend: [] },
      { ...DRAWING, width: 657 },
    )
    const lines = Array.from(parse(chart.svg).querySelectorAll('text[font-size="18"]')).map((t) => t.textContent!)
    expect(lines.join(' ')).toBe(title)
    // DejaVu Sans Bold, the widest of the usual fonts, is 0.59–0.66 of the font size a character.
    for (const line of lines) expect(16 + line.length * 18 * 0.66).toBeLessThanOrEqual(657 - 16)
  })

  it('is at least 480 pixels wide, with the drawing centred, and no description when there is none', () => {
    const chart = composeChartSvg({ heading: { title: 'x' }, legend: [] }, { ...DRAWING, width: 300 })
    const doc = parse(chart.svg)
    expect(chart.width).toBe(480)
    expect(doc.querySelector('desc')).toBeNull()
    expect(doc.querySelector('g')?.getAttribute('transform')).toMatch(/^translate\(90,/)
  })
})
