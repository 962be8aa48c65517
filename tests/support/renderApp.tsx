import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { routes } from '../../src/app/routes'
import { readManifest, readSeedText } from './seedFiles'
import { server } from './mswServer'

/** msw handlers that serve the bundled seed files as the dev server does. */
export function serveSeeds() {
  server.use(
    http.get('*/data/manifest.json', () => HttpResponse.json(readManifest())),
    http.get('*/data/:file', ({ params }) => {
      const file = String(params.file)
      if (!readManifest().files.includes(file)) return new HttpResponse(null, { status: 404 })
      return new HttpResponse(readSeedText(file), { headers: { 'Content-Type': 'application/json' } })
    }),
  )
}

export function renderApp(path = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
