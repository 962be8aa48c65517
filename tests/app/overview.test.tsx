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

  it('says what the figures run to and which meeting they are for', async () => {
    serveSeeds()
    renderApp('/')
    expect(await screen.findByText('Figures to 30 September 2018, for the committee of 22 January 2019.')).toBeInTheDocument()
  })

  it('explains the ratings from the rules, one click away', async () => {
    serveSeeds()
    renderApp('/')
    const rules = (await screen.findByText('What the ratings mean', { selector: 'summary' })).closest('details')!
    expect(rules).toHaveTextContent('Amber misses its target, but is better than the England average.')
    expect(rules).toHaveTextContent('Not rated no polarity (neither higher nor lower is better), no numeric target, or no figure.')
  })

  it('gives each red indicator a card: figure, rating once, target, comparator and the first sentence of its commentary', async () => {
    serveSeeds()
    renderApp('/')
    const red = await screen.findByRole('region', { name: /^Red \(\d+\)$/ })
    const card = within(red)
      .getByRole('link', { name: /^P2\.6 / })
      .closest('li')!
    expect(card).toHaveAttribute('class', expect.stringContaining('overview-card'))
    expect(within(card).getAllByText('Red')).toHaveLength(1)
    expect(card).toHaveTextContent(/Target /)
    expect(card.querySelector('.overview-card-compare')).not.toBeNull()
    expect(card.querySelector('.overview-card-comment, .overview-card-none')).not.toBeNull()
    expect(card).not.toHaveTextContent(/doc \d{3}|line \d+|as printed/)
  })

  it('counts what got worse once: the summary and the list agree', async () => {
    serveSeeds()
    renderApp('/')
    const worse = await screen.findByRole('region', { name: /^Worse since the previous figure \(\d+\)$/ })
    const listed = within(worse).getAllByRole('listitem').length
    expect(worse).toHaveAccessibleName(`Worse since the previous figure (${listed})`)
    const brief = screen.getByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent(new RegExp(`and ${listed} have worsened\\.`))
    // P2.12 got worse; a red one that got worse is in both lists.
    expect(within(worse).getByRole('link', { name: /^P2\.12 / })).toBeInTheDocument()
    expect(within(worse).getByRole('link', { name: /^P4\.4 / })).toBeInTheDocument()
  })

  it('lists newly red indicators on their own, and the others behind target or without a figure', async () => {
    serveSeeds()
    renderApp('/')
    const newly = await screen.findByRole('region', { name: /^Newly red since Q1 2018-19 \(\d+\)$/ })
    const red = screen.getByRole('region', { name: /^Red \(\d+\)$/ })
    const redRefs = within(red)
      .getAllByRole('link')
      .map((l) => l.textContent!.split(' ')[0])
    for (const link of within(newly).queryAllByRole('link')) expect(redRefs).toContain(link.textContent!.split(' ')[0])
    const behind = screen.getByRole('region', { name: /^Behind target but not red/ })
    // The rating rule's words, with England's capital.
    expect(within(behind).getByText('Amber: misses its target, but is better than the England average.')).toBeInTheDocument()
    expect(within(behind).getByRole('link', { name: /^P3\.17 / })).toHaveAttribute('href', '/indicator/P3.17?period=2018-19-Q2')
    const none = screen.getByRole('region', { name: /^No figure this period/ })
    expect(within(none).getByRole('link', { name: /^P2\.16 / })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /What needs attention/ })).not.toContainElement(screen.queryByRole('link', { name: /^G1 / }))
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

describe('overview: how we compare', () => {
  it('keeps an indicator that names a DfE measure once the figures load, saying why there is none yet (the count does not change)', async () => {
    serveSeeds()
    renderApp('/?period=2018-19-Q2')
    const section = await screen.findByRole('region', { name: /^How we compare \(\d+\)$/ })
    const countNow = () => section.querySelector('h2')!.textContent
    const before = countNow()
    // Loaded: G1's published figure is there.
    await within(section).findByText(/^DfE published figure on 31 March 2018: 476\./)
    expect(countNow()).toBe(before)
    // P3.12's measure is published only from the year ending 31 March 2020.
    const p312 = within(section)
      .getByRole('link', { name: /^P3\.12 / })
      .closest('li')!
    expect(p312).toHaveTextContent(
      'No DfE figure yet: its first published figure for this measure is for the year ending 31 March 2020, after Q2 2018-19.',
    )
    // P5.2: the DfE's cell for 2018 is "-": the status in full, with what it may mean.
    const p52 = within(section)
      .getByRole('link', { name: /^P5\.2 / })
      .closest('li')!
    expect(p52).toHaveTextContent(
      'DfE published figure in the year ending 31 March 2018: No figure (suppressed or not available; the source does not say which).',
    )
  })
})
