import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, serveSeeds } from '../support/renderApp'

describe('overview', () => {
  it('defaults to the latest period with data and summarises it in plain English', async () => {
    serveSeeds()
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'How are we doing in Q2 2018-19?' })).toBeInTheDocument()
    const brief = screen.getByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent(/The largest worsening is P4\.4 Number of care leavers with a health passport, down from 85% to 47%\./)
    expect(brief).toHaveTextContent(/suppressed to protect children's privacy/)
  })

  it('lists exceptions with their reasons, each linking to the indicator', async () => {
    serveSeeds()
    renderApp('/')
    const attention = await screen.findByRole('region', { name: /What needs attention/ })
    const p317 = within(attention).getByRole('link', { name: /^P3\.17 / })
    expect(p317).toHaveAttribute('href', '/indicator/P3.17?period=2018-19-Q2')
    const item = p317.closest('li')!
    expect(item).toHaveTextContent('Amber')
    expect(item).toHaveTextContent('Missed target')
    const p216 = within(attention)
      .getByRole('link', { name: /^P2\.16 / })
      .closest('li')!
    expect(p216).toHaveTextContent('No figure this period')
    expect(within(attention).queryByRole('link', { name: /^G1 / })).not.toBeInTheDocument()
  })

  it('groups exceptions by their most serious reason', async () => {
    serveSeeds()
    renderApp('/')
    const red = await screen.findByRole('region', { name: /^Red \(\d+\)$/ })
    expect(within(red).getByRole('link', { name: /^P2\.6 / })).toBeInTheDocument()
    const worsening = screen.getByRole('region', { name: /^Worsening since the previous figure/ })
    expect(within(worsening).getByRole('link', { name: /^P2\.12 / })).toBeInTheDocument()
    expect(within(worsening).queryByRole('link', { name: /^P2\.6 / })).not.toBeInTheDocument()
  })

  it('counts by cohort and links to the cohort pages', async () => {
    serveSeeds()
    renderApp('/')
    const table = await screen.findByRole('table', { name: /by cohort/ })
    expect(within(table).getByRole('link', { name: 'Care leavers' })).toHaveAttribute('href', '/cohort/care-leavers?period=2018-19-Q2')
  })

  it('changes period through the selector and keeps it in the URL', async () => {
    serveSeeds()
    const { router } = renderApp('/')
    const select = await screen.findByRole('combobox', { name: 'Period' })
    await userEvent.selectOptions(select, '2018-19-Q1')
    expect(await screen.findByRole('heading', { level: 1, name: 'How are we doing in Q1 2018-19?' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?period=2018-19-Q1')
  })

  it('falls back to the latest period when the URL names an unknown one', async () => {
    serveSeeds()
    renderApp('/?period=1999-00-Q9')
    expect(await screen.findByRole('heading', { level: 1, name: 'How are we doing in Q2 2018-19?' })).toBeInTheDocument()
  })
})
