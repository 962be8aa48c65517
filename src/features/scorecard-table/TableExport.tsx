import { useState } from 'react'
import type { Indicator, Scorecard } from '../../domain/scorecardSchema'
import { buildExport, saveExportFile, todayIso, type ExportFormat } from '../../lib/spreadsheet/exportScorecard'

type Props = { scorecard: Scorecard; shown: readonly Indicator[]; periodId: string }

/**
 * Downloads the indicators on screen (with the current filters) in the paper
 * scorecard's columns, with the latest figure, RAG and direction of travel as
 * the table shows them. The spreadsheet libraries load only when asked for;
 * cells that could run as formulas are neutralised, suppressed stays words.
 */
export function TableExport({ scorecard, shown, periodId }: Props) {
  const [status, setStatus] = useState('')
  const download = async (format: Exclude<ExportFormat, 'json'>) => {
    setStatus(`Preparing the ${format.toUpperCase()} file…`)
    try {
      const file = await buildExport({ ...scorecard, indicators: [...shown] }, format, {
        reportPeriodId: periodId,
        fillComputed: false,
        // The rows as the screen shows them: latest figure, the app's RAG and direction, and what the source printed, in words.
        assessed: true,
        today: todayIso(),
      })
      saveExportFile(file)
      setStatus(`Downloaded ${file.name} (${shown.length} indicators).`)
    } catch (error) {
      setStatus(`The ${format.toUpperCase()} file could not be made: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return (
    <div className="scorecard-export">
      <span className="scorecard-export-label">Download the {shown.length} indicators shown:</span>{' '}
      <button type="button" className="button button-secondary" onClick={() => void download('csv')}>
        CSV
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={() => void download('xlsx')}>
        Excel (XLSX)
      </button>
      <p className="scorecard-export-status" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
