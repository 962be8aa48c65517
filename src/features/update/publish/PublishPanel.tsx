// Publishing: from the figures in this browser to the committee seeing them on
// the council's site. The officer checks what changed against the published
// files (a report to print or keep), downloads the site's data folder as a
// zip, and whoever looks after the site puts it in place (docs/hosting.md).
import { useMemo, useState } from 'react'
import { usePublishedScorecard } from '../../../data/usePublishedScorecard'
import type { ScorecardInUse } from '../../../data/localScorecardStore'
import { plural } from '../../../domain/wording'
import { saveFile } from '../../../lib/download'
import { todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { loadPapa } from '../../../lib/spreadsheet/spreadsheetLibraries'
import { slugify } from '../../../lib/fileNames'
import { ActionStatus, type ActionState } from '../ActionStatus'
import { ChangesTable } from '../ChangesTable'
import { diffScorecards } from '../diffScorecards'
import { formatSavedAt } from '../formatSavedAt'
import { useEntryDraft } from '../entry/useEntryDraft'
import { changesReportCsv, type ReportHeading } from './changesReport'
import { SITE_DATA_FOLDER, siteDataFileName, siteDataFiles, siteZipName, zipSiteFiles } from './siteDataFiles'

/** While the report prints, the rest of the page is left out (update.css). */
const PRINTING_CLASS = 'printing-changes-report'

function printReport() {
  const root = document.documentElement
  root.classList.add(PRINTING_CLASS)
  window.addEventListener('afterprint', () => root.classList.remove(PRINTING_CLASS), { once: true })
  window.print()
}

export function PublishPanel({ loaded }: { loaded: ScorecardInUse }) {
  const { scorecard, versions } = loaded
  const published = usePublishedScorecard()
  const { period, applied } = useEntryDraft(scorecard)
  const unsaved = applied?.changed.length ?? 0
  const [status, setStatus] = useState<ActionState>(null)
  const changes = useMemo(() => (published.data ? diffScorecards(published.data.scorecard, scorecard) : null), [published.data, scorecard])
  const [madeAt] = useState(() => new Date().toISOString())
  const heading: ReportHeading = {
    authority: scorecard.authority,
    title: scorecard.title,
    inUse: versions.current
      ? `${versions.current.label}, saved in this browser ${formatSavedAt(versions.current.savedAt)}`
      : 'The published scorecard',
    published: published.data
      ? `The files the site publishes now (${published.data.files.join(', ')}), read ${formatSavedAt(new Date(published.dataUpdatedAt).toISOString())}`
      : 'The files the site publishes now',
    madeAt: formatSavedAt(madeAt),
  }

  const downloadZip = async () => {
    try {
      const zip = await zipSiteFiles(siteDataFiles(scorecard))
      const name = siteZipName(scorecard, todayIso())
      saveFile(new Blob([zip as BlobPart], { type: 'application/zip' }), name)
      setStatus({ kind: 'done', message: `Downloaded ${name}.` })
    } catch (error) {
      setStatus({ kind: 'failed', message: `The zip could not be made: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  const downloadReport = async () => {
    if (!changes) return
    try {
      const csv = changesReportCsv(heading, changes, await loadPapa())
      const name = `${slugify(scorecard.authority) || 'council'}-changes-since-published-${todayIso()}.csv`
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), name)
      setStatus({ kind: 'done', message: `Downloaded ${name}.` })
    } catch (error) {
      setStatus({ kind: 'failed', message: `The report could not be made: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  return (
    <section id="publish" className="update-section" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publish on the council’s site</h2>
      <p>
        The figures here are in this browser only. For the committee to see them on the council’s site, the site’s data folder is replaced
        with the one you download here; nothing else on the site changes and it needs no rebuilding.
      </p>
      {unsaved > 0 && period && (
        <p className="update-note">
          Your draft for {period.label} ({plural(unsaved, 'indicator')}) is not published until you save it.
        </p>
      )}
      <ol className="publish-steps">
        <li>
          <h3>Check what changed since the published version</h3>
          <div className="publish-report">
            <p className="publish-report-title">
              What changed since the published version: {scorecard.authority}, {scorecard.title}
            </p>
            <dl className="publish-report-facts">
              <dt>Version in use</dt>
              <dd>{heading.inUse}</dd>
              <dt>Compared with</dt>
              <dd>{heading.published}</dd>
              <dt>Report made</dt>
              <dd>{heading.madeAt}</dd>
            </dl>
            {published.isPending && <p>Reading the published files…</p>}
            {published.isError && (
              <p className="update-alert" role="alert">
                The published files could not be read, so nothing can be compared: {published.error.message}
              </p>
            )}
            {changes &&
              (changes.length > 0 ? (
                <ChangesTable changes={changes} caption="The version in use, against the published files" all />
              ) : (
                <p>No indicator differs from the published files: publishing would change nothing the committee sees.</p>
              ))}
            <p className="publish-signoff">Checked and signed off by: ______________________ Date: ____________</p>
          </div>
          <div className="update-actions">
            <button type="button" className="button button-secondary" onClick={printReport} disabled={!changes}>
              Print the report
            </button>
            <button type="button" className="button button-secondary" onClick={() => void downloadReport()} disabled={!changes}>
              Download the report (CSV)
            </button>
          </div>
        </li>
        <li>
          <h3>Download the site’s data</h3>
          <p>
            A zip with one folder, <code>{SITE_DATA_FOLDER}/</code>: <code>manifest.json</code> and{' '}
            <code>{siteDataFileName(scorecard)}</code>, the scorecard in use with every source and note.
          </p>
          <div className="update-actions">
            <button type="button" className="button" onClick={() => void downloadZip()}>
              Download the site’s data (.zip)
            </button>
          </div>
        </li>
        <li>
          <h3>Put it on the site</h3>
          <p>
            Send the zip, with the signed report, to whoever looks after the council’s website. They replace the site’s{' '}
            <code>{SITE_DATA_FOLDER}/</code> folder with the one in the zip (the steps are in the project’s <code>docs/hosting.md</code>,
            “Publishing new figures”).
          </p>
        </li>
        <li>
          <h3>Check it, then use the published scorecard here</h3>
          <p>
            Open the site: its heading names {scorecard.authority} and the latest period shows your figures. This page then says no
            indicator differs from the published files, and “Go back to the published scorecard” (under Version in use) makes this browser
            read the site’s files again.
          </p>
        </li>
      </ol>
      <ActionStatus status={status} />
    </section>
  )
}
