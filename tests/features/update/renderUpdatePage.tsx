// Renders the real app layout with the update page as a route, as
// src/app/routes.tsx does, without the lazy loading.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppLayout } from '../../../src/app/AppLayout'
import { manifestUrl } from '../../../src/data/dataSource'
import type { ScorecardInUse } from '../../../src/data/localScorecardStore'
import { scorecardQueryKey } from '../../../src/data/useScorecard'
import { UpdatePage } from '../../../src/features/update/UpdatePage'
import { OverviewPage } from '../../../src/features/overview/OverviewPage'

export function renderUpdatePage(path = '/update', queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'update', element: <UpdatePage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  )
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  const scorecardInUse = () => queryClient.getQueryData<ScorecardInUse>(scorecardQueryKey(manifestUrl()))
  return { ...view, router, queryClient, scorecardInUse }
}

/** A File for userEvent.upload from text or bytes. */
export function fileOf(name: string, content: string | Uint8Array, type = ''): File {
  return new File([content as BlobPart], name, { type })
}
