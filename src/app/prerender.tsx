// Build-time rendering of the pages people open first (the overview and the
// table) from the bundled data, so they paint as plain HTML before any
// JavaScript runs. Run by the `prerender-pages` plugin in vite.config.ts,
// in Node; the browser never loads this module.
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { loadScorecard } from '../data/loadScorecard'
import { scorecardQueryKey } from '../data/useScorecard'
import { createQueryClient } from './queryClient'
import { routes } from './routes'

export type PrerenderedPage = { path: string; html: string }

async function renderPath(path: string, queryClient: ReturnType<typeof createQueryClient>): Promise<string> {
  const handler = createStaticHandler(routes)
  const context = await handler.query(new Request(`http://localhost${path}`))
  if (context instanceof Response) throw new Error(`prerender ${path}: the router answered with a redirect (${context.status})`)
  const router = createStaticRouter(handler.dataRoutes, context)
  // prerender (not renderToString) waits for the lazily loaded page to finish.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  )
  let html = ''
  for await (const chunk of prelude) html += String(chunk)
  return html
}

/**
 * Renders `paths` with the scorecard read through `read` (the bundled files),
 * exactly as the app would show them with that data and no query string.
 */
export async function prerenderPages(manifestUrl: string, read: (url: string) => Promise<string>, paths: readonly string[]): Promise<PrerenderedPage[]> {
  const loaded = await loadScorecard(manifestUrl, { read })
  const pages: PrerenderedPage[] = []
  for (const path of paths) {
    const queryClient = createQueryClient()
    queryClient.setQueryData(scorecardQueryKey(manifestUrl), loaded)
    pages.push({ path, html: await renderPath(path, queryClient) })
  }
  return pages
}
