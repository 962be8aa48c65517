// The scorecard as one JSON file in the project's own format: every file the
// app loaded, merged, with additions already attached, so it loads on its own.
import { FORMAT_ID, type Scorecard } from '../../domain/scorecardSchema'

export function serialiseScorecardJson(scorecard: Scorecard): string {
  const { authority, title, reportingYear, documents, periods, sections, indicators } = scorecard
  return `${JSON.stringify({ format: FORMAT_ID, authority, title, reportingYear, documents, periods, sections, indicators, additions: [] }, null, 2)}\n`
}
