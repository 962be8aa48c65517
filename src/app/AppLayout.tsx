import { useEffect, useRef, useState } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { useScorecard } from '../data/useScorecard'
import { ErrorMessage, Loading } from '../components/StatusMessages'
import { DataIssuesNotice } from '../components/DataIssuesNotice'
import { LocalScorecardNotice } from '../features/update/versions/LocalScorecardNotice'
import { paths, type PeriodQuery } from '../lib/paths'
import type { Cohort, Scorecard } from '../domain/scorecardSchema'
import { usePageArrival } from './usePageArrival'

type NavItem = { label: string; href: (query: PeriodQuery) => string; end?: boolean }

/** The cohorts the navigation offers a page for, with their short labels. */
const NAV_COHORTS: Array<[Cohort, string]> = [
  ['cared-for-children', 'Cared-for children'],
  ['care-leavers', 'Care leavers'],
  ['sufficiency', 'Sufficiency'],
]

/**
 * The main navigation; moving between views keeps the chosen period, and
 * nothing else. A cohort's page is offered only when the loaded scorecard has
 * indicators for it: another council's scorecard may have none.
 */
function navItems(scorecard: Scorecard | undefined): NavItem[] {
  const used = new Set(scorecard?.indicators.flatMap((i) => i.cohorts))
  return [
    { label: 'Overview', href: paths.overview.href, end: true },
    { label: 'Scorecard', href: paths.scorecard.href },
    ...NAV_COHORTS.filter(([cohort]) => used.has(cohort)).map(([cohort, label]) => ({
      label,
      href: (query: PeriodQuery) => paths.cohort.href(cohort, query),
    })),
    ...LATER_NAV,
  ]
}

const LATER_NAV: NavItem[] = [
  { label: 'Annual report', href: paths.annualReport.href },
  // Any English council against England, its region and its neighbours: no period (the official figures are annual).
  { label: 'How we compare', href: () => paths.compare.href() },
  { label: 'Present', href: paths.present.href },
  { label: 'Print pack', href: paths.printPack.href },
  { label: 'Update', href: paths.update.href },
]

/**
 * The official comparisons need no scorecard: they show whatever scorecard
 * is loaded, or none (still loading, or failed), for any English council.
 */
function standsAlone(pathname: string): boolean {
  return pathname === paths.compare.path || pathname.startsWith(`${paths.compare.path}/`)
}

/** A deck being presented fills the window: no site header, navigation or footer. */
function isPresenting(pathname: string, search: string): boolean {
  return pathname === paths.present.path && new URLSearchParams(search).has('deck')
}

/**
 * The main navigation. On a phone its ten links would take five rows above
 * every page, so there it folds behind a "Menu" button; it is open only on
 * the page where it was opened, so choosing a page closes it.
 */
function MainNav({ items, period }: { items: NavItem[]; period: string | null }) {
  const location = useLocation()
  const [openOn, setOpenOn] = useState<string | null>(null)
  const open = openOn === location.key
  const toggle = useRef<HTMLButtonElement>(null)
  // While it is open, Esc folds the menu away again, with focus back on its button, as on other sites' menus.
  useEffect(() => {
    if (!open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpenOn(null)
      toggle.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
  return (
    <nav aria-label="Main" className={open ? 'site-nav is-open' : 'site-nav'}>
      <button
        ref={toggle}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpenOn(open ? null : location.key)}
      >
        Menu
      </button>
      <ul className="nav-list" id="main-nav-list">
        {items.map((item) => (
          <li key={item.label}>
            <NavLink to={item.href({ period })} end={item.end}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function AppLayout() {
  const query = useScorecard()
  const location = useLocation()
  // A page opened from a link starts at its top with its heading focused; Back returns to where the person was.
  usePageArrival()

  const title = query.data?.scorecard.title ?? 'Corporate parenting scorecard'
  const alone = standsAlone(location.pathname)
  if (isPresenting(location.pathname, location.search)) {
    return (
      <main id="main" tabIndex={-1} className="main--presenting">
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
          <MainNav items={navItems(query.data?.scorecard)} period={new URLSearchParams(location.search).get('period')} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {query.isPending && !alone && <Loading />}
        {query.isError && !query.data && !alone && (
          <ErrorMessage title="The scorecard could not be loaded." onRetry={() => void query.refetch()}>
            <p>{query.error.message}</p>
          </ErrorMessage>
        )}
        {(query.data || alone) && (
          <>
            {query.data && query.isError && (
              <ErrorMessage
                title="The latest refresh failed: you are looking at the last data that loaded."
                onRetry={() => void query.refetch()}
              >
                <p>{query.error.message}</p>
              </ErrorMessage>
            )}
            {query.data && <LocalScorecardNotice current={query.data.versions.current} />}
            {query.data && <DataIssuesNotice issues={query.data.issues} />}
            {/* One place in the tree whether or not the scorecard is here, so a comparison is not redrawn when it arrives. */}
            <Outlet context={query.data} />
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>
          {alone
            ? 'Comparison figures are the Department for Education’s published statistics for every English council; each measure’s page names its source.'
            : 'Each figure links to the document it came from on its indicator page.'}
        </p>
      </footer>
    </>
  )
}
