import type { MouseEvent } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { cameFrom } from '../lib/paths'

type Props = {
  /** Where "back" goes when the page was not opened from one of the app's links (a bookmark, a new tab). */
  fallback: { label: string; href: string }
}

const modified = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey

/**
 * "Back to …", naming the page the person came from. Followed in the same
 * tab, it goes back through history, so that page is as they left it (its
 * filters, its scroll position, the link they used in focus); its address
 * still opens it in a new tab.
 */
export function BackLink({ fallback }: Props) {
  const location = useLocation()
  const navigate = useNavigate()
  const from = cameFrom(location.state)
  const target = from ?? fallback
  return (
    <Link
      to={target.href}
      onClick={(event) => {
        if (!from || modified(event)) return
        event.preventDefault()
        void navigate(-from.steps)
      }}
    >
      Back to {target.label}
    </Link>
  )
}
