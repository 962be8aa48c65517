// Presentation mode through the whole app: the deck chooser, then a deck
// driven by the keys a presenter or a clicker sends.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp, serveSeeds } from '../support/renderApp'

const Q2 = '2018-19-Q2'
const P3_17 = 'Average number of days between placement order and match with adoptive family (A2 national indicator)'

type Router = ReturnType<typeof renderApp>['router']
const slideParam = (router: Router) => new URLSearchParams(router.state.location.search).get('slide')
const slideHeading = () => screen.getByRole('heading', { level: 1 })
const liveRegion = () => screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Slide '))!

async function openChooser() {
  serveSeeds()
  const view = renderApp(`/present?period=${Q2}`)
  await screen.findByRole('heading', { level: 1, name: 'Present the scorecard' })
  return view
}

async function openDeck(search: string) {
  serveSeeds()
  const view = renderApp(`/present${search}`)
  await screen.findByRole('navigation', { name: 'Slides' })
  return view
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('deck chooser', () => {
  it('offers every indicator, the exceptions and each pledge, with how many slides each has', async () => {
    await openChooser()
    await waitFor(() => expect(document.title).toBe('Present the scorecard – Corporate parenting scorecard'))
    const decks = screen.getByRole('region', { name: 'Choose a deck for Q2 2018-19' })
    const items = within(decks)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(items).toContain('All indicators (80 slides)')
    expect(items).toContain('Priority 3 - Achieving Permanence and Staying Safe (19 slides)')
    expect(items).toContain('Health of cared for children (annual report 2017-18) (13 slides)')
    expect(within(decks).getByRole('link', { name: 'Priority 3 - Achieving Permanence and Staying Safe' })).toHaveAttribute(
      'href',
      `/present?deck=pledge-3&slide=1&period=${Q2}`,
    )
    expect(within(decks).getByRole('link', { name: 'What needs attention' })).toHaveAttribute(
      'href',
      `/present?deck=exceptions&slide=1&period=${Q2}`,
    )
  })

  it('hints at the pledge the forward plan gives the meeting that takes this quarter’s scorecard', async () => {
    await openChooser()
    expect(
      screen.getByText(
        'For Q2 2018-19, the forward plan puts “Corporate Parenting Performance Scorecard (Q2)” on the agenda of the JANUARY meeting, whose focus is “Pledge Four - We will improve health and wellbeing outcomes”.',
        { exact: false },
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Present Priority 4 - Improve Health and Wellbeing Outcomes' })).toHaveAttribute(
      'href',
      `/present?deck=pledge-4&slide=1&period=${Q2}`,
    )
    const plan = screen.getByRole('table', {
      // The document as a committee member knows it, not its id and line.
      name: /^Draft Corporate Parenting Committee Forward Plan 2018-19 \(Corporate Parenting Committee agenda pack, 22 January 2019\)$/,
    })
    const rows = within(plan).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'MARCH',
      'APRIL/MAY (to be confirmed; meeting currently arranged for 23/4/19)',
      'JULY',
      'SEPTEMBER',
      'NOVEMBER',
      "JANUARY (takes this period's scorecard)",
    ])
    expect(within(rows[3]!).getByRole('link', { name: 'Present pledge 3' })).toHaveAttribute(
      'href',
      `/present?deck=pledge-3&slide=1&period=${Q2}`,
    )
  })

  it('builds a hand-picked deck, and says so when nothing is picked', async () => {
    const { router } = await openChooser()
    const user = userEvent.setup()
    await user.click(screen.getByText(/^Choose indicators by hand/))
    await user.click(screen.getByRole('button', { name: 'Present the chosen indicators' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one indicator.')
    // Ticked in the "wrong" order, presented in scorecard order.
    await user.click(screen.getByRole('checkbox', { name: `P3.17 ${P3_17}` }))
    await user.click(screen.getByRole('checkbox', { name: /^P3\.16 / }))
    await user.click(screen.getByRole('button', { name: 'Present the chosen indicators' }))
    expect(await screen.findByRole('heading', { level: 1, name: /^P3\.16 / })).toBeInTheDocument()
    expect(router.state.location.search).toBe(`?deck=custom&refs=P3.16,P3.17&slide=1&period=${Q2}`)
    expect(liveRegion()).toHaveTextContent(/^Slide 1 of 2: P3\.16 /)
  })
})

describe('presenting a deck', () => {
  it('shows one indicator per slide with its figure, target, rating, direction, summary and chart, without the site chrome', async () => {
    await openDeck(`?deck=pledge-3&slide=17&period=${Q2}`)
    expect(slideHeading()).toHaveTextContent(`P3.17 ${P3_17}`)
    await waitFor(() =>
      expect(document.title).toBe('Priority 3 - Achieving Permanence and Staying Safe: slide 17 of 19 – Corporate parenting scorecard'),
    )
    const slide = screen.getByRole('region', { name: `P3.17 ${P3_17}` })
    const fact = (term: string) => within(slide).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent
    expect(fact('Q2 2018-19')).toBe('128 days')
    expect(fact('Target')).toBe('121 days')
    expect(fact('Rating')).toBe('Amber')
    expect(fact('Direction')).toBe('↑Up, worsening')
    expect(
      within(slide).getByText(
        '128 days in Q2 2018-19, up from 108 in Q1: worsening; better than the England average of 226; misses the 121-day target by 7 days: amber, not red, as it is better than the England average.',
      ),
    ).toBeInTheDocument()
    // The placeholder carries the chart's label too, so the drawn chart is found again once it replaces it.
    const drawnChart = () => within(slide).getByRole('img', { name: /^Line chart of Average number of days between placement order/ })
    await waitFor(() => expect(drawnChart().querySelector('svg.recharts-surface')).not.toBeNull())
    expect(screen.getByText('Slide 17 of 19')).toBeInTheDocument()
    expect(liveRegion()).toHaveTextContent(`Slide 17 of 19: P3.17 ${P3_17}`)
    // Full screen: no site header, navigation or footer.
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull()
    expect(screen.queryByRole('contentinfo')).toBeNull()
    expect(screen.getByRole('navigation', { name: 'Slides' })).toBeInTheDocument()
  })

  it('moves with arrows, Space, Page Up/Down, Home/End and a typed number, replacing the slide in the URL', async () => {
    const { router } = await openDeck(`?deck=pledge-3&period=${Q2}`)
    const user = userEvent.setup()
    expect(slideHeading()).toHaveTextContent(/^P3\.1 /)
    expect(router.state.historyAction).toBe('POP')

    await user.keyboard('{ArrowRight}')
    await waitFor(() => expect(slideParam(router)).toBe('2'))
    expect(router.state.historyAction).toBe('REPLACE')
    expect(slideHeading()).toHaveTextContent(/^P3\.2 /)
    expect(liveRegion()).toHaveTextContent(/^Slide 2 of 19: P3\.2 /)

    await user.keyboard('{PageDown}')
    await waitFor(() => expect(slideParam(router)).toBe('3'))
    await user.keyboard(' ')
    await waitFor(() => expect(slideParam(router)).toBe('4'))
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(slideParam(router)).toBe('5'))
    await user.keyboard('{PageUp}')
    await waitFor(() => expect(slideParam(router)).toBe('4'))
    await user.keyboard('{ArrowLeft}')
    await waitFor(() => expect(slideParam(router)).toBe('3'))
    await user.keyboard('{Shift>} {/Shift}')
    await waitFor(() => expect(slideParam(router)).toBe('2'))
    await user.keyboard('{ArrowUp}')
    await waitFor(() => expect(slideParam(router)).toBe('1'))
    // Not past the first slide.
    await user.keyboard('{ArrowLeft}')
    expect(slideParam(router)).toBe('1')

    await user.keyboard('{End}')
    await waitFor(() => expect(slideParam(router)).toBe('19'))
    await user.keyboard('{ArrowRight}')
    expect(slideParam(router)).toBe('19')
    await user.keyboard('{Home}')
    await waitFor(() => expect(slideParam(router)).toBe('1'))

    await user.keyboard('17')
    expect(screen.getByText(/^Go to slide/)).toHaveTextContent('Go to slide 17: press Enter (Esc to cancel)')
    await user.keyboard('{Enter}')
    await waitFor(() => expect(slideParam(router)).toBe('17'))
    expect(slideHeading()).toHaveTextContent(`P3.17 ${P3_17}`)
    expect(screen.queryByText(/^Go to slide/)).toBeNull()
    // Esc first cancels a half-typed number.
    await user.keyboard('4{Escape}')
    expect(screen.queryByText(/^Go to slide/)).toBeNull()
    expect(slideParam(router)).toBe('17')
    expect(router.state.location.search).toBe(`?deck=pledge-3&period=${Q2}&slide=17`)
  })

  it('has on-screen Previous and Next buttons; Space on a focused button presses it once', async () => {
    const { router } = await openDeck(`?deck=pledge-3&slide=2&period=${Q2}`)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(slideParam(router)).toBe('3'))
    screen.getByRole('button', { name: 'Previous' }).focus()
    await user.keyboard(' ')
    await waitFor(() => expect(slideParam(router)).toBe('2'))
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveFocus()
  })

  it('Esc goes back to the chooser it came from, with the period', async () => {
    const { router } = await openChooser()
    const user = userEvent.setup()
    await user.click(screen.getByRole('link', { name: 'Priority 1 - Being a Good Corporate Parent' }))
    await screen.findByRole('heading', { level: 1, name: /^P1\.1 / })
    await user.keyboard('{ArrowRight}')
    await waitFor(() => expect(slideParam(router)).toBe('2'))
    await user.keyboard('{Escape}')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Present the scorecard' })
    expect(router.state.location.search).toBe(`?period=${Q2}`)
    // Focus does not fall to the page's body with the slide it was on.
    await waitFor(() => expect(heading).toHaveFocus())
  })

  it('Esc on a deck opened from a bookmark goes to the chooser for the period', async () => {
    const { router } = await openDeck(`?deck=exceptions&slide=3&period=2018-19-Q1`)
    await userEvent.setup().keyboard('{Escape}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Present the scorecard' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/present')
    expect(router.state.location.search).toBe('?period=2018-19-Q1')
  })

  it('Esc names the period in the address even when the chooser was at its default period', async () => {
    serveSeeds()
    const { router } = renderApp('/present')
    await screen.findByRole('heading', { level: 1, name: 'Present the scorecard' })
    const period = (screen.getByLabelText('Period') as HTMLSelectElement).value
    const user = userEvent.setup()
    await user.click(screen.getByRole('link', { name: 'Priority 1 - Being a Good Corporate Parent' }))
    await screen.findByRole('heading', { level: 1, name: /^P1\.1 / })
    await user.keyboard('{Escape}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Present the scorecard' })).toBeInTheDocument()
    expect(router.state.location.search).toBe(`?period=${period}`)
  })

  it('keeps a slide number past the end inside the deck', async () => {
    await openDeck(`?deck=pledge-1&slide=99&period=${Q2}`)
    expect(slideHeading()).toHaveTextContent(/^P1\.3 /)
    expect(screen.getByText('Slide 3 of 3')).toBeInTheDocument()
  })

  it('says when full screen is refused, and carries on', async () => {
    const request = vi.fn(() => Promise.reject(new Error('not allowed')))
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: request, configurable: true })
    try {
      await openDeck(`?deck=pledge-1&period=${Q2}`)
      await userEvent.setup().click(screen.getByRole('button', { name: 'Full screen' }))
      expect(request).toHaveBeenCalledOnce()
      expect(await screen.findByText(/did not allow full screen here/)).toBeInTheDocument()
      expect(slideHeading()).toHaveTextContent(/^P1\.1 /)
    } finally {
      delete (document.documentElement as Partial<HTMLElement>).requestFullscreen
    }
  })

  it('says so for a deck that does not exist or has nothing for the period', async () => {
    serveSeeds()
    renderApp(`/present?deck=pledge-9&period=${Q2}`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing to present' })).toBeInTheDocument()
    expect(screen.getByText('There is no deck called “pledge-9” in this scorecard.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Choose another deck' })).toHaveAttribute('href', `/present?period=${Q2}`)
  })

  it('shows a hand-picked indicator with no entry for the period at its latest, and says so', async () => {
    await openDeck(`?deck=custom&refs=H3&period=${Q2}`)
    expect(slideHeading()).toHaveTextContent(/^H3 /)
    expect(screen.getByText('No entry for Q2 2018-19: showing its latest, Year end 2017-18.')).toBeInTheDocument()
  })
})
