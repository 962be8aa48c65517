import { useId, useMemo, useState } from 'react'
import type { Scorecard } from '../../../domain/scorecardSchema'
import { sortPeriods } from '../../../domain/periods'
import { parseFinancialPeriodId } from '../../../domain/financialYear'
import { plural } from '../../../domain/wording'
import { latestQuarterWithData } from '../entry/entryPeriods'
import { buildExport, saveExportFile, todayIso, type ExportFormat } from '../../../lib/spreadsheet/exportScorecard'
import { useEntryDraft } from '../entry/useEntryDraft'
import { ActionStatus, type ActionState } from '../ActionStatus'

const FORMAT_WORDS: Record<ExportFormat, string> = { json: 'JSON', xlsx: 'Excel', csv: 'CSV' }

/** Downloads the scorecard in use: JSON in the project's format, or the paper layout as Excel or CSV. */
export function ExportPanel({ scorecard }: { scorecard: Scorecard }) {
  const quarters = useMemo(
    () =>
      sortPeriods(scorecard.periods).filter(
        (p) =>
          p.kind === 'quarter' && parseFinancialPeriodId(p.id) && scorecard.indicators.some((i) => i.values.some((v) => v.period === p.id)),
      ),
    [scorecard],
  )
  const latest = latestQuarterWithData(scorecard)
  const [chosen, setChosen] = useState<string | null>(null)
  const reportPeriodId = (chosen && quarters.some((q) => q.id === chosen) ? chosen : undefined) ?? latest?.id ?? quarters.at(-1)?.id
  const [fillComputed, setFillComputed] = useState(false)
  const [status, setStatus] = useState<ActionState>(null)
  const { period, applied } = useEntryDraft(scorecard)
  const unsaved = applied?.changed.length ?? 0
  const periodId = useId()
  const fillId = useId()

  const run = async (format: ExportFormat) => {
    setStatus({ kind: 'working', message: `Preparing the ${FORMAT_WORDS[format]} file…` })
    try {
      const file = await buildExport(scorecard, format, { reportPeriodId: reportPeriodId ?? '', fillComputed, today: todayIso() })
      saveExportFile(file)
      setStatus({ kind: 'done', message: `Downloaded ${file.name}.` })
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: `The ${FORMAT_WORDS[format]} file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }

  return (
    <section id="export" className="update-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <p>
        JSON is this app’s own format, with every source and note: it loads back here, or can be published with the app. Excel and CSV use
        the paper layout, ready for the committee papers; they carry only what the paper shows.
      </p>
      {unsaved > 0 && period && (
        <p className="update-note">
          Your draft for {period.label} ({plural(unsaved, 'indicator')}) is not in the export until you save it.
        </p>
      )}
      {reportPeriodId && (
        <div className="update-field update-field-inline">
          <label htmlFor={periodId}>Quarter for the RAG, direction and comments columns</label>
          <select id={periodId} value={reportPeriodId} onChange={(event) => setChosen(event.target.value)}>
            {[...quarters].reverse().map((q) => (
              <option key={q.id} value={q.id}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="update-checkbox">
        <input id={fillId} type="checkbox" checked={fillComputed} onChange={(event) => setFillComputed(event.target.checked)} />
        <label htmlFor={fillId}>
          In the spreadsheet, fill in the RAG and direction the source did not report with the app’s own ratings
        </label>
      </div>
      <div className="update-actions">
        <button type="button" className="button" onClick={() => void run('json')}>
          Download JSON
        </button>
        <button type="button" className="button" onClick={() => void run('xlsx')} disabled={!reportPeriodId}>
          Download Excel (.xlsx)
        </button>
        <button type="button" className="button" onClick={() => void run('csv')} disabled={!reportPeriodId}>
          Download CSV
        </button>
      </div>
      <ActionStatus status={status} />
    </section>
  )
}
