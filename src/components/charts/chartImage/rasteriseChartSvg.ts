// Rasterising: a composed chart SVG drawn onto a canvas as a PNG. The SVG goes
// through an <img> on a blob: URL, which the Content-Security-Policy's img-src
// allows; no library.
import type { ChartSvg } from './composeChartSvg'

/** Twice the drawn size: sharp on a projector and in a slide deck. */
export const PNG_SCALE = 2

/** Draws the SVG onto a white canvas at `scale` times its size and returns a PNG. */
export async function rasteriseChartSvg(chart: ChartSvg, scale = PNG_SCALE): Promise<Blob> {
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
