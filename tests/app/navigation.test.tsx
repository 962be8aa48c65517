// Moving between pages through the real app: focus goes to the new page's
// heading, "Back to …" names the page the person came from and returns
// there with the link they used in focus, and the first load moves nothing.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, serveSeeds } from '../support/renderApp'

describe('navigation', () => {
  it('opens an exception with focus on its heading; "Back to what needs attention" returns with focus on the link', async () => {
    serveSeeds()
    const { router } = renderApp('/')
    const overview = await screen.findByRole('heading', { level: 1, name: /^How are we doing/ })
    expect(overview).not.toHaveFocus() // the first load is left alone

    const attention = screen.getByRole('region', { name: /What needs attention/ })
    await userEvent.click(within(attention).getByRole('link', { name: /^P4\.4 / }))
    const heading = await screen.findByRole('heading', { level: 1, name: /^P4\.4 / })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(heading).toHaveAttribute('tabindex', '-1')

    // The next indicator, then another period: still back to the overview, two and three steps away.
    await userEvent.click(screen.getByRole('link', { name: /^Next indicator P4\.5 / }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: /^P4\.5 / })).toHaveFocus())
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2018-19-Q1')
    await waitFor(() => expect(router.state.location.search).toBe('?period=2018-19-Q1'))
    const back = screen.getByRole('link', { name: 'Back to what needs attention' })
    expect(back).toHaveAttribute('href', '/?period=2018-19-Q2#attention')

    await userEvent.click(back)
    await screen.findByRole('heading', { level: 1, name: 'How are we doing in Q2 2018-19?' })
    expect(router.state.historyAction).toBe('POP')
    expect(router.state.location.pathname + router.state.location.search).toBe('/') // the entry it was opened from
    await waitFor(() =>
      expect(within(screen.getByRole('region', { name: /What needs attention/ })).getByRole('link', { name: /^P4\.4 / })).toHaveFocus(),
    )
  })

  it('names the scorecard for a page opened from the table', async () => {
    serveSeeds()
    renderApp('/scorecard?section=pledge-3')
    const table = await screen.findByRole('table', { name: /as at/ }, { timeout: 5000 })
    await userEvent.click(within(table).getByRole('link', { name: /^Average number of days between placement order/ }))
    await screen.findByRole('heading', { level: 1, name: /^P3\.17 / })
    expect(screen.getByRole('link', { name: 'Back to scorecard' })).toHaveAttribute('href', '/scorecard?period=2018-19-Q2')
  })

  it('says "Back to scorecard" on a page opened directly', async () => {
    serveSeeds()
    renderApp('/indicator/P3.17')
    expect(await screen.findByRole('link', { name: 'Back to scorecard' })).toHaveAttribute('href', '/scorecard')
  })

  it('the phone menu opens and closes from its button, and choosing a page closes it', async () => {
    serveSeeds()
    const { router } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^How are we doing/ })
    const menu = screen.getByRole('button', { name: 'Menu' })
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveAttribute('aria-controls', 'main-nav-list')
    await userEvent.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    await userEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Scorecard' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/scorecard'))
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }))
    await userEvent.click(screen.getByRole('button', { name: 'Menu' }))
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false')
  })

  it('Esc closes the open phone menu from any of its links, with focus back on its button', async () => {
    serveSeeds()
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: /^How are we doing/ })
    const user = userEvent.setup()
    const menu = screen.getByRole('button', { name: 'Menu' })
    await user.click(menu)
    await user.tab()
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Overview' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveFocus()
  })
})
