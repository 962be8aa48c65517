import { Link } from 'react-router'
import type { VersionMeta } from '../../../data/localScorecardStore'
import { paths } from '../../../lib/paths'
import { formatSavedAt } from '../formatSavedAt'

/**
 * For the app layout: says on every page when the scorecard shown was
 * imported or edited in this browser, rather than the published one.
 */
export function LocalScorecardNotice({ current }: { current: VersionMeta | null }) {
  if (!current) return null
  return (
    <p className="local-scorecard-notice">
      This is a version of the scorecard made in this browser ({current.label}, {formatSavedAt(current.savedAt)}), not the published one.{' '}
      <Link to={paths.update.href()}>Review, undo or export it</Link>.
    </p>
  )
}
