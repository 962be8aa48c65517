// The scorecard as one JSON file in the project's own format: every file the
// app loaded, merged, with additions already attached, so it loads on its own.
import { FORMAT_ID, type Scorecard } from '../../domain/scorecardSchema'

export function serialiseScorecardJson(scorecard: Scorecard): string {
  const { authority, title, reportingYear, documents, periods, sections, sectionKinds, committee, indicators } = scorecard
  const frame = { format: FORMAT_ID, authority, title, reportingYear, documents, periods, sections, sectionKinds, committee }
  // JSON.stringify leaves out the optional fields a scorecard does not have.
  return `${JSON.stringify({ ...frame, indicators, additions: [] }, null, 2)}\n`
}
