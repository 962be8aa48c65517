// TrendFigure on its own: one figure holding the chart, its caption, its
// downloads and (when asked) its table; a saved image's words come from the
// chart's data.
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TrendFigure } from '../../src/components/charts/TrendFigure'
import { indexPeriods } from '../../src/domain/periods'
import { loadSeedScorecard } from '../support/seedFiles'
import { stubIntersectionObserver } from '../support/stubIntersectionObserver'

const scorecard = loadSeedScorecard()
const periods = indexPeriods(scorecard.periods)
const Q2 = '2018-19-Q2'
const indicator = (ref: string) => scorecard.indicators.find((i) => i.ref === ref)!
const P3_17 = indicator('P3.17')
const CAPTION = `P3.17 ${P3_17.title} (Cheshire East Council · Q2 2018-19)`

afterEach(() => {
  vi.restoreAllMocks()
})

/** The figure, once the lazily loaded chart has drawn its SVG. */
async function drawnFigure(name: string) {
  const figure = screen.getByRole('figure', { name })
  await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull())
  return figure
}

describe('TrendFigure', () => {
  it('holds the chart, its downloads and its table in one figure named by its caption', async () => {
    render(<TrendFigure indicator={P3_17} scorecard={scorecard} periods={periods} periodId={Q2} table />)
    const figure = await drawnFigure(CAPTION)
    expect(within(figure).getByRole('img', { name: /^Line chart of Average number of days between placement order/ })).toBeInTheDocument()
    expect(within(figure).getByRole('button', { name: 'Download PNG of the P3.17 chart' })).toBeInTheDocument()
    expect(within(figure).getByRole('table', { name: /figures for each period$/ })).toBeInTheDocument()
  })

  it('leaves the table out unless asked, and offers no download when there is nothing to draw', () => {
    render(<TrendFigure indicator={indicator('P2.16')} scorecard={scorecard} periods={periods} periodId={Q2} />)
    const figure = screen.getByRole('figure', { name: /^P2\.16 / })
    expect(within(figure).getByText('No figures to chart.')).toBeInTheDocument()
    expect(within(figure).queryByRole('button')).toBeNull()
    expect(within(figure).queryByRole('table')).toBeNull()
  })

  it('says why there is no chart when the page gives a reason, and still shows the table', () => {
    render(
      <TrendFigure
        indicator={P3_17}
        scorecard={scorecard}
        periods={periods}
        periodId={Q2}
        withoutChart="One year-end figure so far: no chart until there are two."
        table={{ caption: 'P3.17: year-end figures' }}
      />,
    )
    const figure = screen.getByRole('figure', { name: CAPTION })
    expect(within(figure).getByText('One year-end figure so far: no chart until there are two.')).toBeInTheDocument()
    expect(within(figure).queryByRole('img')).toBeNull()
    expect(within(figure).queryByRole('button')).toBeNull()
    expect(within(figure).getByRole('table', { name: 'P3.17: year-end figures' })).toBeInTheDocument()
  })

  it('saves an SVG whose heading, description and key come from the chart’s data', async () => {
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<TrendFigure indicator={P3_17} scorecard={scorecard} periods={periods} periodId={Q2} title="Days to adoption" />)
    const figure = await drawnFigure('P3.17 Days to adoption (Cheshire East Council · Q2 2018-19)')
    const image = within(figure).getByRole('img')

    await userEvent.click(within(figure).getByRole('button', { name: 'Download SVG of the P3.17 chart' }))
    expect(await within(figure).findByText('Saved cheshire-east-council_P3.17_2018-19-Q2.svg.')).toBeInTheDocument()
    expect(click).toHaveBeenCalledTimes(1)
    const doc = new DOMParser().parseFromString(await saved[0]!.text(), 'image/svg+xml')
    expect(doc.querySelector('title')?.textContent).toBe('P3.17 Days to adoption (Cheshire East Council · Q2 2018-19)')
    expect(doc.querySelector('desc')?.textContent).toBe(image.getAttribute('aria-label'))
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent)
    expect(texts).toEqual(
      expect.arrayContaining(['Cheshire East Council', 'Target: 121 days', 'England average: 226 days (period not stated)']),
    )
  })
})

describe('TrendFigure drawn near the screen (drawWhen="near-screen")', () => {
  /** Every element placed as if two screens down the page. */
  const farDown = () =>
    vi
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 2 * innerHeight, width: 300, height: 340 }))

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('keeps a chart out of view as its placeholder until it comes near, then draws it', async () => {
    const observer = stubIntersectionObserver()
    farDown()
    render(<TrendFigure indicator={P3_17} scorecard={scorecard} periods={periods} periodId={Q2} drawWhen="near-screen" />)
    const figure = screen.getByRole('figure', { name: CAPTION })
    expect(within(figure).getByText('Loading the chart…')).toBeInTheDocument()
    expect(observer.observed.size).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(figure.querySelector('svg.recharts-surface')).toBeNull()

    act(() => observer.come([...observer.observed][0]!))
    await drawnFigure(CAPTION)
    expect(observer.observed.size).toBe(0)
  })

  it('draws one on screen at once, and every waiting one when the page is printed', async () => {
    const observer = stubIntersectionObserver()
    // On screen: drawn without the observer.
    const { unmount } = render(
      <TrendFigure indicator={P3_17} scorecard={scorecard} periods={periods} periodId={Q2} drawWhen="near-screen" />,
    )
    await drawnFigure(CAPTION)
    expect(observer.observed.size).toBe(0)
    unmount()

    farDown()
    render(<TrendFigure indicator={P3_17} scorecard={scorecard} periods={periods} periodId={Q2} drawWhen="near-screen" />)
    const figure = screen.getByRole('figure', { name: CAPTION })
    expect(figure.querySelector('svg.recharts-surface')).toBeNull()
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
    })
    // The chart's code is here (the first figure drew), so printing draws it in the same task.
    expect(figure.querySelector('svg.recharts-surface')).not.toBeNull()
  })
})
