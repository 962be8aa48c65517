import type { RouteObject } from 'react-router'
import { AppLayout } from './AppLayout'
import { NotFoundPage } from './NotFoundPage'
import { OverviewPage } from '../features/overview/OverviewPage'

// The overview is in the main bundle; the other views load on first visit, so
// the overview never waits for the table or the chart library.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    // Shown while a lazily loaded first route arrives.
    hydrateFallbackElement: <p className="status status-loading">Loading…</p>,
    children: [
      { index: true, element: <OverviewPage /> },
      {
        path: 'scorecard',
        lazy: async () => ({ Component: (await import('../features/scorecard-table/ScorecardTablePage')).ScorecardTablePage }),
      },
      {
        path: 'indicator/:ref',
        lazy: async () => ({ Component: (await import('../features/indicator/IndicatorPage')).IndicatorPage }),
      },
      {
        path: 'cohort/:cohort',
        lazy: async () => ({ Component: (await import('../features/cohorts/CohortPage')).CohortPage }),
      },
      {
        path: 'present',
        lazy: async () => ({ Component: (await import('../features/presentation/PresentationPage')).PresentationPage }),
      },
      {
        path: 'annual-report',
        lazy: async () => ({ Component: (await import('../features/annual-report/AnnualReportPage')).AnnualReportPage }),
      },
      {
        path: 'print',
        lazy: async () => ({ Component: (await import('../features/print-pack/PrintPackPage')).PrintPackPage }),
      },
      {
        path: 'update',
        lazy: async () => ({ Component: (await import('../features/update/UpdatePage')).UpdatePage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]
