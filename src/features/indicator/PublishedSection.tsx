// The indicator's published figures (DfE), for an indicator that names an
// official measure. Its own chunk: the official data and its code load only
// for such an indicator.
import { PublishedFigures } from '../../components/official/PublishedFigures'
import { ErrorMessage, Loading } from '../../components/StatusMessages'
import type { Indicator, Period } from '../../domain/scorecardSchema'
import { useLoadedScorecard } from '../../lib/useLoadedScorecard'
import { usePublishedFigures } from '../../lib/usePublishedFigures'

export function PublishedSection({ indicator, periods }: { indicator: Indicator; periods: ReadonlyMap<string, Period> }) {
  const { scorecard, indicatorFiles } = useLoadedScorecard()
  const published = usePublishedFigures([indicator], scorecard.authority, periods, indicatorFiles)
  if (published.status === 'off') return null
  if (published.status === 'loading') return <Loading what="the published figures" />
  if (published.status === 'error')
    return (
      <ErrorMessage title="The published figures could not be loaded." onRetry={published.retry}>
        <p>{published.message}</p>
      </ErrorMessage>
    )
  if (published.status === 'no-council')
    return (
      <p className="status status-empty">
        This indicator names the DfE measure {indicator.official?.measure}, but “{published.authority}” is not a council in the DfE’s list,
        so its published figures cannot be shown.
      </p>
    )
  const found = published.forIndicator(indicator)
  if (!found) {
    const issue = published.issues.find((i) => i.ref === indicator.ref)
    return (
      <p className="status status-empty">
        {issue ? `Problem in ${issue.file}, field ${issue.field}: ${issue.message}` : 'No published figures for this indicator.'}
      </p>
    )
  }
  return <PublishedFigures indicator={indicator} published={found} sources={published.sources} documents={scorecard.documents} />
}
