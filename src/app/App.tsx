import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { BrowserRouter, useRoutes } from 'react-router'
import { PageErrorBoundary } from '../components/PageErrorBoundary'
import { Loading } from '../components/StatusMessages'
import { routes } from './routes'

/**
 * Marks the page as live once React has drawn or adopted it: until then a
 * prerendered page's controls do nothing. Browser tests wait for this mark.
 * It sits inside the routes' Suspense boundary, which React adopts after the
 * rest, so the mark comes when the page itself is live.
 */
function MarkStarted() {
  useEffect(() => {
    document.documentElement.dataset.app = 'started'
  }, [])
  return null
}

/** The views, behind one Suspense boundary for the ones that load on first visit, and an error boundary if one cannot. */
export function AppRoutes() {
  const element = useRoutes(routes)
  return (
    <PageErrorBoundary>
      <Suspense fallback={<Loading what="the page" />}>
        {element}
        <MarkStarted />
      </Suspense>
    </PageErrorBoundary>
  )
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
