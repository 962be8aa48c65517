// "Download PNG" and "Download SVG" for one drawn trend chart. The export code
// loads on the first click, so views pay nothing for it until it is used.
import { useState, type RefObject } from 'react'
import type { ChartImageFormat } from './exportChartImage'
import './charts.css'

type Props = {
  /** An element that contains the chart's figure (LazyTrendChart's output). */
  chartRef: RefObject<HTMLElement | null>
  authority: string
  indicatorRef: string
  indicatorTitle: string
  /** The period the chart is shown for, by id (in the file name) and label (in the image). */
  periodId: string
  periodLabel: string
  className?: string
}

const FORMAT_WORDS: Record<ChartImageFormat, string> = { png: 'PNG', svg: 'SVG' }

export function ChartDownloadButtons({ chartRef, authority, indicatorRef, indicatorTitle, periodId, periodLabel, className }: Props) {
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)

  async function download(format: ChartImageFormat) {
    const figure = chartRef.current?.querySelector('figure[role="img"]')
    if (busy) return
    if (!figure?.querySelector('svg')) {
      setMessage('The chart has not finished drawing yet: try again in a moment.')
      return
    }
    setBusy(true)
    setMessage(`Preparing the ${FORMAT_WORDS[format]}…`)
    try {
      const { exportChartImage } = await import('./exportChartImage')
      const fileName = await exportChartImage(
        figure,
        format,
        { authority, indicatorRef, periodId },
        { title: `${indicatorRef} ${indicatorTitle}`, subtitle: `${authority} · ${periodLabel}` },
      )
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
          aria-label={`Download ${FORMAT_WORDS[format]} of the ${indicatorRef} chart`}
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
