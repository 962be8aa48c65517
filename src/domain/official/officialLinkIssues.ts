// An indicator's `official.measure` must name a measure in the official
// dataset. The scorecard is read before (and without) the official files, so
// this is checked when a view loads the catalogue; each unknown code is
// reported like any other data problem, by file, ref and field.
import type { DataIssue } from '../parseScorecard'
import type { Indicator } from '../scorecardSchema'

/** `fileOf`: the file each indicator came from (by ref); `fallbackFile` when it is not known. */
export function officialLinkIssues(
  indicators: readonly Pick<Indicator, 'ref' | 'official'>[],
  knownCodes: ReadonlySet<string>,
  fileOf: Readonly<Record<string, string>> = {},
  fallbackFile = 'the loaded scorecard',
): DataIssue[] {
  return indicators.flatMap((indicator) => {
    const code = indicator.official?.measure
    if (code === undefined || knownCodes.has(code)) return []
    return [
      {
        severity: 'error' as const,
        file: fileOf[indicator.ref] ?? fallbackFile,
        ref: indicator.ref,
        field: 'official.measure',
        message: `"${code}" is not a measure in the official dataset (public/official/measures.json); the published figures are not shown for ${indicator.ref}.`,
      },
    ]
  })
}
