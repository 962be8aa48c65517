// Our own fuzz of the views (issue 12): every view, rendered with Testing
// Library on generated hostile scorecards (extreme numbers and decimals,
// hostile refs, period and section ids, invalid entries left out), with a
// draft typed for every indicator on /update, never shows the error screen,
// and every indicator's own page opens from its ref.
import { act, cleanup, render, screen } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import fc from 'fast-check'
import { MemoryRouter } from 'react-router'
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import { AppRoutes } from '../../src/app/App'
import { preloadRoute } from '../../src/app/routes'
import { NO_LOCAL_VERSIONS, type ScorecardInUse } from '../../src/data/localScorecardStore'
import { scorecardQuery } from '../../src/data/useScorecard'
import { mergeScorecards } from '../../src/domain/mergeScorecards'
import { parseScorecardJson } from '../../src/domain/parseScorecard'
import { COHORTS } from '../../src/domain/scorecardSchema'
import { entryPeriodOptions } from '../../src/features/update/entry/entryPeriods'
import { useDraftStore } from '../../src/features/update/entry/useDraftStore'
import { paths } from '../../src/lib/paths'
import { fuzzRuns, fuzzSeed, fuzzTimeout } from '../support/fuzzRuns'
import { hostileScorecardArb } from '../support/hostileScorecard'

const FILE = 'hostile.json'
const ERROR_SCREEN = 'This page could not be shown.'

/** The scorecard a hostile file gives, as the app holds it. */
function inUse(data: unknown): ScorecardInUse {
  const parsed = parseScorecardJson(JSON.stringify(data), FILE)
  const merged = mergeScorecards([{ file: FILE, scorecard: parsed.scorecard! }])
  return { scorecard: merged.scorecard!, issues: [...parsed.issues, ...merged.issues], files: [FILE], versions: NO_LOCAL_VERSIONS }
}

/** Renders the app at `path` with the scorecard already loaded, as the app's routes and boundary do, and lets lazy parts arrive. */
async function show(loaded: ScorecardInUse, path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
  queryClient.setQueryData(scorecardQuery().queryKey, loaded)
  await preloadRoute(new URL(path, 'http://localhost').pathname)
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

let consoleError: MockInstance
beforeAll(async () => {
  // React reports what an error boundary caught; the assertion below is what matters.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  // The chart's code, so a lazy chart draws within the render rather than after it.
  await import('../../src/components/charts/IndicatorTrendChart')
})
afterAll(() => consoleError.mockRestore())

describe('no view shows the error screen', () => {
  const runs = fuzzRuns(12, 0.001)
  it(
    `on generated hostile scorecards: overview, table, indicator, print, cohort, update, annual report and presentation (${runs} scorecards × 8 views)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileScorecardArb(4), fc.nat(), async ({ data }, pick) => {
          const loaded = inUse(data)
          const { scorecard } = loaded
          const indicator = scorecard.indicators[pick % scorecard.indicators.length]!
          const entryPeriod = entryPeriodOptions(scorecard)[0]
          useDraftStore.setState({
            periodId: null,
            drafts: entryPeriod
              ? new Map([
                  [
                    entryPeriod.id,
                    new Map(
                      scorecard.indicators.map((i) => [
                        i.ref,
                        { mode: 'figure' as const, figure: `1.${'5'.repeat(pick % 30)}`, commentary: i.ref },
                      ]),
                    ),
                  ],
                ])
              : new Map(),
            updatedAt: null,
          })
          const views = [
            paths.overview.href(),
            paths.scorecard.href(),
            paths.indicator.href(indicator.ref),
            paths.printPack.href(),
            paths.cohort.href(COHORTS[pick % COHORTS.length]!),
            paths.update.href(),
            paths.annualReport.href(),
            paths.present.href({ deck: pick % 2 === 0 ? 'all' : indicator.section, slide: 1 }),
          ]
          for (const path of views) {
            await show(loaded, path)
            expect(screen.queryByText(ERROR_SCREEN), `${path}: ${document.body.textContent?.slice(0, 300)}`).toBeNull()
            if (path.startsWith('/indicator/')) {
              expect(
                screen.queryByRole('heading', { level: 1, name: 'Indicator not found' }),
                `${path} opens ${JSON.stringify(indicator.ref)}`,
              ).toBeNull()
            }
            cleanup()
          }
        }),
        { numRuns: runs, ...fuzzSeed() },
      )
    },
    fuzzTimeout(runs, 3000),
  )
})
