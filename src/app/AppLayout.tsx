import { NavLink, Outlet, useLocation } from 'react-router'
import { useEffect, useRef } from 'react'
import { useScorecard } from '../data/useScorecard'
import { ErrorMessage, Loading } from '../components/StatusMessages'
import { DataIssuesNotice } from '../components/DataIssuesNotice'
import { LocalScorecardNotice } from '../features/update/versions/LocalScorecardNotice'

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/scorecard', label: 'Scorecard' },
  { to: '/cohort/cared-for-children', label: 'Cared-for children' },
  { to: '/cohort/care-leavers', label: 'Care leavers' },
  { to: '/cohort/sufficiency', label: 'Sufficiency' },
  { to: '/annual-report', label: 'Annual report' },
  { to: '/present', label: 'Present' },
  { to: '/print', label: 'Print pack' },
  { to: '/update', label: 'Update' },
]

/** A deck being presented fills the window: no site header, navigation or footer. */
function isPresenting(pathname: string, search: string): boolean {
  return pathname === '/present' && new URLSearchParams(search).has('deck')
}

export function AppLayout() {
  const query = useScorecard()
  const location = useLocation()
  const mainRef = useRef<HTMLElement>(null)

  // After client-side navigation to another page, move focus to the main
  // content so keyboard and screen-reader users start at the new page, not at
  // the link they used. Comparing paths (not a first-render flag) keeps the
  // first load untouched even when StrictMode runs effects twice.
  const shownPath = useRef(location.pathname)
  useEffect(() => {
    if (shownPath.current === location.pathname) return
    shownPath.current = location.pathname
    mainRef.current?.focus()
  }, [location.pathname])

  const title = query.data?.scorecard.title ?? 'Corporate parenting scorecard'
  if (isPresenting(location.pathname, location.search)) {
    return (
      <main id="main" ref={mainRef} tabIndex={-1} className="main--presenting">
        {query.isPending && <Loading />}
        {query.isError && !query.data && (
          <ErrorMessage title="The scorecard could not be loaded." onRetry={() => void query.refetch()}>
            <p>{query.error.message}</p>
          </ErrorMessage>
        )}
        {query.data && <Outlet context={query.data} />}
      </main>
    )
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="site-title">
            <span className="site-authority">{query.data?.scorecard.authority ?? 'Corporate parenting'}</span>
            <span className="site-name">{title}</span>
          </p>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={{ pathname: item.to, search: keepPeriod(location.search) }} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {query.isPending && <Loading />}
        {query.isError && !query.data && (
          <ErrorMessage title="The scorecard could not be loaded." onRetry={() => void query.refetch()}>
            <p>{query.error.message}</p>
          </ErrorMessage>
        )}
        {query.data && (
          <>
            {query.isError && (
              <ErrorMessage
                title="The latest refresh failed: you are looking at the last data that loaded."
                onRetry={() => void query.refetch()}
              >
                <p>{query.error.message}</p>
              </ErrorMessage>
            )}
            <LocalScorecardNotice current={query.data.versions.current} />
            <DataIssuesNotice issues={query.data.issues} />
            <Outlet context={query.data} />
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>
          Figures are transcribed from the council's published committee papers; every figure links to its source on the indicator page.
        </p>
      </footer>
    </>
  )
}

/** Navigation keeps the chosen period, and nothing else, when moving between views. */
function keepPeriod(search: string): string {
  const period = new URLSearchParams(search).get('period')
  return period ? `?period=${encodeURIComponent(period)}` : ''
}
