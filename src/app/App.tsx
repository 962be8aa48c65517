import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { routes } from './routes'

export const router = createBrowserRouter(routes)

/**
 * Marks the page as live once React has drawn or adopted it: until then a
 * prerendered page's controls do nothing. Browser tests wait for this mark.
 */
function MarkStarted() {
  useEffect(() => {
    document.documentElement.dataset.app = 'started'
  }, [])
  return null
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <MarkStarted />
    </QueryClientProvider>
  )
}
