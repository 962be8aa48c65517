import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { EnterQuarterPanel } from './entry/EnterQuarterPanel'
import { ExportPanel } from './export/ExportPanel'
import { ImportPanel } from './import/ImportPanel'
import { PublishPanel } from './publish/PublishPanel'
import { StartScorecardPanel } from './start/StartScorecardPanel'
import { VersionsPanel } from './versions/VersionsPanel'
import { WhatChangedPanel } from './versions/WhatChangedPanel'
import './update.css'

/**
 * The officers' quarterly update: import, enter the next quarter, check what
 * changed, export, publish. All in this browser. Each room (import/, entry/,
 * versions/, export/, publish/) holds its panel and hooks; what two rooms share sits here.
 */
export function UpdatePage() {
  useDocumentTitle('Update the scorecard')
  const loaded = useLoadedScorecard()
  return (
    <div className="update-page">
      <h1>Update the scorecard</h1>
      <p className="update-lead">
        Bring in the spreadsheet you already keep, enter the next quarter, check what changed, export the result for the committee papers
        and publish it on the council’s site. Everything happens in this browser: files are read here and nothing is uploaded.
      </p>
      <nav className="update-contents" aria-label="On this page">
        <ol>
          <li>
            <a href="#import">Import a file</a>
          </li>
          <li>
            <a href="#enter">Enter the next quarter</a>
          </li>
          <li>
            <a href="#changes">What changed</a>
          </li>
          <li>
            <a href="#export">Export</a>
          </li>
          <li>
            <a href="#publish">Publish on the council’s site</a>
          </li>
          <li>
            <a href="#start">Start a scorecard for your council</a>
          </li>
        </ol>
      </nav>
      <VersionsPanel versions={loaded.versions} />
      <ImportPanel loaded={loaded} />
      <EnterQuarterPanel loaded={loaded} />
      <WhatChangedPanel loaded={loaded} />
      <ExportPanel scorecard={loaded.scorecard} />
      <PublishPanel loaded={loaded} />
      <StartScorecardPanel loaded={loaded} />
    </div>
  )
}
