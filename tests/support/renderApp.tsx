import { Suspense } from 'react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { preloadRoute, routes } from '../../src/app/routes'
import { readManifest, readSeedText } from './seedFiles'
import { server } from './mswServer'
import { readOfficialText } from './officialFiles'

/** msw handlers that serve public/official as the dev server does (any file below it, or 404). */
export function serveOfficial() {
  server.use(
    http.get('*/official/*', ({ request }) => {
      const path = decodeURIComponent(new URL(request.url).pathname.replace(/^.*\/official\//, ''))
      const text = readOfficialText(path)
      if (text === undefined) return new HttpResponse(null, { status: 404 })
      return new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } })
    }),
  )
}

/** msw handlers that serve the bundled seed files as the dev server does, and the official data beside them. */
export function serveSeeds() {
  serveOfficial()
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
  // As the app does on start (src/startApp.tsx): fetch the view's code with the data.
  void preloadRoute(new URL(path, 'http://localhost').pathname)
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      {/* The app's routes suspend up to a boundary in AppRoutes; this stands in for it. */}
      <Suspense fallback={<p role="status">Loading the page…</p>}>
        <RouterProvider router={router} />
      </Suspense>
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
