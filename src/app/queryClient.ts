import { QueryClient } from '@tanstack/react-query'

/** One client per page load (and per build-time prerender), with the app's defaults. */
export function createQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } })
}
