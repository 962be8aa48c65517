// Exports a drawn trend chart as a file: SVG, or PNG at twice the size. The
// words (heading, description, key) come from the chart's data; only the
// drawing is taken from the page. Three steps, each in its own file:
// inlining the drawing's styles, composing the document, rasterising it.
// Loaded only when an export is asked for (ChartDownloadButtons imports it on click).
import { saveFile } from '../../lib/download'
import { chartFileName, type ChartFileMeta, type ChartImageFormat } from './chartImage/chartFileName'
import { composeChartSvg, type ChartImageText, type ChartSvg } from './chartImage/composeChartSvg'
import { standaloneDrawing } from './chartImage/inlineChartStyles'
import { rasteriseChartSvg } from './chartImage/rasteriseChartSvg'

/** The chart image for the drawing inside `container` (the chart's plot), with the words from the data. */
export function buildChartSvg(container: Element, text: ChartImageText): ChartSvg {
  const drawing = container.querySelector('svg')
  if (!drawing) throw new Error('There is no drawn chart to export.')
  return composeChartSvg(text, standaloneDrawing(drawing))
}

/** Exports the chart drawn inside `container` and returns the file name it was saved as. */
export async function exportChartImage(
  container: Element,
  format: ChartImageFormat,
  meta: ChartFileMeta,
  text: ChartImageText,
): Promise<string> {
  const chart = buildChartSvg(container, text)
  const fileName = chartFileName(meta, format)
  const blob = format === 'svg' ? new Blob([chart.svg], { type: 'image/svg+xml;charset=utf-8' }) : await rasteriseChartSvg(chart)
  saveFile(blob, fileName)
  return fileName
}
