// The chosen period, and why its lookups must keep their identity while the rest of the query changes.
import { act, render } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useSelectedPeriod } from '../../src/lib/useLoadedScorecard'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'

function renderProbe(path: string) {
  const scorecard = syntheticScorecard(6, 8)
  const seen: ReturnType<typeof useSelectedPeriod>[] = []
  function Probe() {
    seen.push(useSelectedPeriod())
    return null
  }
  const router = createMemoryRouter(
    [{ path: '/', element: <Outlet context={{ scorecard, issues: [], files: [] }} />, children: [{ index: true, element: <Probe /> }] }],
    { initialEntries: [path] },
  )
  render(<RouterProvider router={router} />)
  return { router, seen, scorecard }
}

describe('useSelectedPeriod', () => {
  it('uses the latest period with data when the URL names none or an unknown one', () => {
    const { seen, scorecard } = renderProbe('/?period=no-such-period')
    expect(seen.at(-1)!.periodId).toBe(scorecard.periods.at(-1)!.id)
    expect(seen.at(-1)!.requestedInvalid).toBe(true)
  })

  it('keeps the same result while other parts of the query change (typing a search), so memoised rows stay put', async () => {
    const { router, seen } = renderProbe('/')
    const first = seen.at(-1)!
    await act(() => router.navigate('/?q=a'))
    await act(() => router.navigate('/?q=ab&rag=red'))
    expect(seen.length).toBeGreaterThan(1)
    expect(seen.at(-1)).toBe(first)
  })

  it('changes the period, but not the period lookup, when ?period= changes', async () => {
    const { router, seen, scorecard } = renderProbe('/')
    const first = seen.at(-1)!
    const earlier = scorecard.periods.at(-3)!.id
    await act(() => router.navigate(`/?period=${earlier}`))
    expect(seen.at(-1)!.periodId).toBe(earlier)
    expect(seen.at(-1)!.periods).toBe(first.periods)
  })
})
