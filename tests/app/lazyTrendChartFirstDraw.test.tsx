// A page's first chart, before the chart's code has loaded (a file of its
// own, so no earlier test has loaded it): even one on screen waits for the
// observer's first report rather than measuring the page, which would make
// the browser lay the new page out inside React's task. Once the code is
// here, a chart on screen is drawn in the render that places it.
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TrendFigure } from '../../src/components/charts/TrendFigure'
import { indexPeriods } from '../../src/domain/periods'
import { loadSeedScorecard } from '../support/seedFiles'
import { stubIntersectionObserver } from '../support/stubIntersectionObserver'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const Q2 = '2018-19-Q2'
const byRef = (ref: string) => scorecard.indicators.find((i) => i.ref === ref)!

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const drawn = (figure: HTMLElement) => figure.querySelector('svg.recharts-surface') !== null

describe('the first chart drawn near the screen', () => {
  it('waits for the observer before its code has loaded, and is drawn at once after', async () => {
    const observer = stubIntersectionObserver()
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect')
    const first = byRef('P3.17')
    const { unmount } = render(
      <TrendFigure indicator={first} scorecard={scorecard} periods={periods} periodId={Q2} drawWhen="near-screen" />,
    )
    const figure = screen.getByRole('figure')
    // On screen in jsdom (every box is at 0, 0), yet not measured: the observer is asked instead.
    expect(measure).not.toHaveBeenCalled()
    expect(observer.observed.size).toBe(1)
    expect(drawn(figure)).toBe(false)

    act(() => observer.come([...observer.observed][0]!))
    await waitFor(() => expect(drawn(figure)).toBe(true))
    unmount()

    // The code is here now: the next chart on screen is measured and drawn without the observer.
    render(<TrendFigure indicator={byRef('P3.16')} scorecard={scorecard} periods={periods} periodId={Q2} drawWhen="near-screen" />)
    expect(observer.observed.size).toBe(0)
    await waitFor(() => expect(drawn(screen.getByRole('figure'))).toBe(true))
  })
})
