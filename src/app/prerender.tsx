// Build-time rendering of the pages people open first (the overview and the
// table) from the bundled data, so they paint as plain HTML before any
// JavaScript runs. Run by the `prerender-pages` plugin in vite.config.ts,
// in Node; the browser never loads this module.
import { QueryClientProvider } from '@tanstack/react-query'
import { GUARD_BODIES_GLOBAL } from '../data/guardBodies'
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { StaticRouter } from 'react-router'
import { loadScorecard } from '../data/loadScorecard'
import { scorecardQuery } from '../data/useScorecard'
import { COLUMN_STORAGE_KEY } from '../features/scorecard-table/useColumnStore'
import { NO_LOCAL_VERSIONS, VERSIONS_STORAGE_KEY } from '../data/localScorecardStore'
import { createQueryClient } from './queryClient'
import { AppRoutes } from './App'
import { preloadRoute } from './routes'

export type PrerenderedPage = { path: string; html: string }

/**
 * The browser storage prerenderGuard.js reads, named once here (the build
 * passes them to it as data attributes): a scorecard saved in this browser,
 * and the table's hidden columns.
 */
export const GUARD_STORAGE_KEYS = { saved: VERSIONS_STORAGE_KEY, columns: COLUMN_STORAGE_KEY, bodies: GUARD_BODIES_GLOBAL }

async function renderPath(path: string, queryClient: ReturnType<typeof createQueryClient>): Promise<string> {
  // As in the browser (src/startApp.tsx): the view's code is here before the first render.
  await preloadRoute(path)
  // The same tree as App, with a fixed address instead of the browser's.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
    // React moves a large Suspense boundary's content (the table) to the end
    // of the HTML with an inline script to put it back; the CSP forbids that
    // script, and a page rendered whole needs no streaming.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  return html
}

/**
 * Renders `paths` with the scorecard read through `read` (the bundled files),
 * exactly as the app would show them with that data and no query string.
 */
export async function prerenderPages(
  manifestUrl: string,
  read: (url: string) => Promise<string>,
  paths: readonly string[],
): Promise<PrerenderedPage[]> {
  const loaded = await loadScorecard(manifestUrl, { read })
  const pages: PrerenderedPage[] = []
  for (const path of paths) {
    const queryClient = createQueryClient()
    // The build has no browser storage: the published scorecard is the one in use.
    queryClient.setQueryData(scorecardQuery(manifestUrl).queryKey, { ...loaded, versions: NO_LOCAL_VERSIONS })
    pages.push({ path, html: await renderPath(path, queryClient) })
  }
  return pages
}
