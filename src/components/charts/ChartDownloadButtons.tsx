// "Download PNG" and "Download SVG" for one drawn trend chart (TrendFigure
// places them). The export code loads on the first click, so views pay
// nothing for it until it is used.
import { useState, type RefObject } from 'react'
import type { ChartFileMeta, ChartImageFormat } from './chartImage/chartFileName'
import type { ChartImageText } from './chartImage/composeChartSvg'
import './charts.css'

type Props = {
  /** The chart's plot (TrendChartFrame's), where the drawing is. */
  plotRef: RefObject<HTMLElement | null>
  /** What the file is named after. */
  file: ChartFileMeta
  /** The image's words, from the chart's data; worked out on click. */
  imageText: () => ChartImageText
  className?: string | undefined
}

const FORMAT_WORDS: Record<ChartImageFormat, string> = { png: 'PNG', svg: 'SVG' }

export function ChartDownloadButtons({ plotRef, file, imageText, className }: Props) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function download(format: ChartImageFormat) {
    const plot = plotRef.current
    if (busy) return
    if (!plot?.querySelector('svg')) {
      setMessage('The chart has not finished drawing yet: try again in a moment.')
      return
    }
    setBusy(true)
    setMessage(`Preparing the ${FORMAT_WORDS[format]}…`)
    try {
      const { exportChartImage } = await import('./exportChartImage')
      const fileName = await exportChartImage(plot, format, file, imageText())
      setMessage(`Saved ${fileName}.`)
    } catch (error) {
      setMessage(`The chart could not be saved: ${error instanceof Error ? error.message : String(error)}.`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={['chart-download', className].filter(Boolean).join(' ')}>
      {(['png', 'svg'] as const).map((format) => (
        // The visible words start the accessible name (WCAG 2.5.3); the rest tells charts apart on a page of many.
        <button
          key={format}
          type="button"
          className="button button-secondary"
          aria-label={`Download ${FORMAT_WORDS[format]} of the ${file.indicatorRef} chart`}
          onClick={() => void download(format)}
        >
          Download {FORMAT_WORDS[format]}
        </button>
      ))}
      <p className="chart-download-status" role="status">
        {message}
      </p>
    </div>
  )
}
