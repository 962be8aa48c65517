import { lazy, type ComponentType } from 'react'
import { matchRoutes, type RouteObject } from 'react-router'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { OverviewPage } from '../features/overview/OverviewPage'
import { paths } from '../lib/paths'

/**
 * A view that loads on first visit. `preload` starts (or joins) the download;
 * once it is here the view renders at once, without suspending, so the
 * app can fetch the view for its opening address before its first render and
 * adopt a prerendered page without a "Loading…" in between.
 */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  let Loaded: ComponentType | undefined
  let loading: Promise<void> | undefined
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        Loaded = pick(module)
      },
      (error: unknown) => {
        loading = undefined // a failed download may be tried again
        throw error
      },
    ))
  const Deferred = lazy(async () => {
    await preload()
    return { default: Loaded! }
  })
  function Page() {
    return Loaded ? <Loaded /> : <Deferred />
  }
  // Suspends (until the code is here) up to the boundary in AppRoutes.
  return { element: <Page />, handle: { preload } }
}

// The overview is in the main bundle; the other views load on first visit, so
// the overview never waits for the table or the chart library. Plain routes
// (no loaders): the app renders them with <BrowserRouter>, which keeps
// react-router's data-router code out of the first page's JavaScript.
export const routes: RouteObject[] = [
  {
    path: paths.overview.path,
    element: <AppLayout />,
    children: [
      { index: true, element: <OverviewPage /> },
      {
        path: paths.scorecard.path,
        ...lazyPage(
          () => import('../features/scorecard-table/ScorecardTablePage'),
          (m) => m.ScorecardTablePage,
        ),
      },
      {
        path: paths.indicator.path,
        ...lazyPage(
          () => import('../features/indicator/IndicatorPage'),
          (m) => m.IndicatorPage,
        ),
      },
      {
        path: paths.cohort.path,
        ...lazyPage(
          () => import('../features/cohorts/CohortPage'),
          (m) => m.CohortPage,
        ),
      },
      {
        path: paths.present.path,
        ...lazyPage(
          () => import('../features/presentation/PresentationPage'),
          (m) => m.PresentationPage,
        ),
      },
      {
        path: paths.annualReport.path,
        ...lazyPage(
          () => import('../features/annual-report/AnnualReportPage'),
          (m) => m.AnnualReportPage,
        ),
      },
      {
        path: paths.printPack.path,
        ...lazyPage(
          () => import('../features/print-pack/PrintPackPage'),
          (m) => m.PrintPackPage,
        ),
      },
      {
        path: paths.update.path,
        ...lazyPage(
          () => import('../features/update/UpdatePage'),
          (m) => m.UpdatePage,
        ),
      },
      {
        path: paths.compare.path,
        ...lazyPage(
          () => import('../features/compare/ComparePage'),
          (m) => m.ComparePage,
        ),
      },
      {
        path: paths.compareMeasure.path,
        ...lazyPage(
          () => import('../features/compare/CompareMeasurePage'),
          (m) => m.CompareMeasurePage,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]

/** Starts loading the code of the views that `pathname` shows; resolves when it is here. */
export function preloadRoute(pathname: string): Promise<unknown> {
  const matches = matchRoutes(routes, pathname) ?? []
  return Promise.all(matches.map((m) => (m.route.handle as { preload?: () => Promise<unknown> } | undefined)?.preload?.()))
}
