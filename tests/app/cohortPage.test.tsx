import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, serveSeeds } from '../support/renderApp'

describe('cohort pages', () => {
  it('shows the care leavers cohort by section, each card linking to its indicator with a chart and its downloads', async () => {
    serveSeeds()
    renderApp('/cohort/care-leavers?period=2018-19-Q2')
    expect(await screen.findByRole('heading', { level: 1, name: 'Care leavers: Q2 2018-19' })).toBeInTheDocument()
    const pledge2 = screen.getByRole('region', { name: 'Priority 2 - Improved Education, Employment and Training' })
    const neet = within(pledge2).getByRole('link', { name: /^P2\.15 / })
    expect(neet).toHaveAttribute('href', '/indicator/P2.15?period=2018-19-Q2')
    const card = neet.closest('li')!
    expect(card).toHaveTextContent('57%')
    expect(await within(card).findByRole('img', { name: /19 - 21 year Care leavers NEET/ })).toBeInTheDocument()
    // Officers take any card's chart into their papers, named so a page of cards can be told apart.
    expect(within(card).getByRole('button', { name: 'Download PNG of the P2.15 chart' })).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: 'Download SVG of the P2.15 chart' })).toBeInTheDocument()
    // Under development, so nothing is drawn and there is nothing to download.
    const eet = within(pledge2)
      .getByRole('link', { name: /^P2\.16 / })
      .closest('li')!
    expect(within(eet).getByText('No figures to chart.')).toBeInTheDocument()
    expect(within(eet).queryByRole('button', { name: /Download/ })).not.toBeInTheDocument()
    // Not a care-leaver measure:
    expect(screen.queryByRole('link', { name: /^P2\.5 / })).not.toBeInTheDocument()
  })

  it('includes the sufficiency scorecard and the weekly-cost rows on the sufficiency page', async () => {
    serveSeeds()
    renderApp('/cohort/sufficiency')
    expect(await screen.findByRole('heading', { level: 1, name: /^Sufficiency/ })).toBeInTheDocument()
    const suff = screen.getByRole('region', { name: /performance management scorecard/ })
    expect(
      within(suff)
        .getByRole('link', { name: /^S5\.1 .*Residential/ })
        .closest('li'),
    ).toHaveTextContent('£3,724 a week')
    expect(within(suff).getByRole('link', { name: /^S5\.2 .*IFA/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^P3\.4 / })).toBeInTheDocument()
  })

  it('summarises the cohort in plain English', async () => {
    serveSeeds()
    renderApp('/cohort/cared-for-children')
    const brief = await screen.findByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent(/indicators have a figure for Q2 2018-19/)
  })

  it('says so for an unknown cohort, with links to the real ones', async () => {
    serveSeeds()
    renderApp('/cohort/pets')
    expect(await screen.findByRole('heading', { level: 1, name: 'Unknown cohort' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Care leavers' })).toHaveAttribute('href', '/cohort/care-leavers')
  })
})
