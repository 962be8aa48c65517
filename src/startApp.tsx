import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/App'
import { preloadRoute } from './app/routes'
import { createQueryClient } from './app/queryClient'
import { scorecardQuery } from './data/useScorecard'
import { paths } from './lib/paths'
import { matchPath } from 'react-router'

const queryClient = createQueryClient()
// A prerendered page (scripts/vite/prerenderPages.ts) that prerenderGuard.js
// confirmed was drawn from the same data and address: React adopts its DOM
// (hydrates) rather than redrawing it, so a link already focused with Tab
// stays focused. Otherwise React draws into #root, replacing the shell.
// The guard may still be checking the data's fingerprint: wait for its verdict.
function prerenderVerdict(): Promise<HTMLElement | null> {
  const confirmed = () =>
    document.documentElement.dataset.prerender === 'confirmed' ? document.querySelector<HTMLElement>('#root > .prerendered') : null
  if (document.documentElement.dataset.prerender !== 'checking') return Promise.resolve(confirmed())
  return new Promise((resolve) => document.addEventListener('prerender-verdict', () => resolve(confirmed()), { once: true }))
}

// What the HTML shows first stays until the data and the page's code are
// here, so the first render is the finished page, not a second "Loading…".
// The query reads a scorecard saved in this browser first, and then fetches
// nothing (see src/data/useScorecard.ts).
// A failed load resolves too: the query keeps the error and the page shows it;
// a view whose code failed to download is tried again by its first render,
// and PageErrorBoundary says so if that fails as well.
const viewCode = preloadRoute(location.pathname).catch(() => undefined)
// A comparison view opened by its address: its official files start downloading now, beside the scorecard.
if (matchPath(`${paths.compare.path}/*`, location.pathname))
  void import('./features/compare/prefetchCompareData').then((m) => m.prefetchCompareData(queryClient, location))
void Promise.all([viewCode, queryClient.prefetchQuery(scorecardQuery()), prerenderVerdict()]).then(([, , prerendered]) => {
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  )
  if (prerendered) {
    hydrateRoot(prerendered, app, {
      // Data replaced after the build: React redraws the page from the data it loaded.
      onRecoverableError: (error) => console.warn('The prerendered page did not match the loaded scorecard, so it was drawn again.', error),
    })
    document.querySelector('#root > .prerender-fallback')?.remove()
  } else {
    // In a transition, so React draws the first page in slices that yield to the
    // browser (a tap waits for one slice, not the whole page). Not the hydration
    // above: in a transition it measured slower on /scorecard.
    startTransition(() => createRoot(document.getElementById('root')!).render(app))
  }
})
