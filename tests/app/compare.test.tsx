// /compare through the whole app (router, react-query, msw serving the seed
// files and public/official): the default council, any council by the
// picker or the URL, filters, the worst-against-neighbours order, the
// neighbour model, statuses in words, and what happens without a scorecard.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { compareCouncil } from '../../src/domain/official/compareCouncil'
import { sortWorstAgainstNeighbours } from '../../src/domain/official/compareMeasure'
import { server } from '../support/mswServer'
import { readCouncil, readIndex, readLatest, readMeasures } from '../support/officialFiles'
import { renderApp, serveOfficial, serveSeeds } from '../support/renderApp'

const measureTable = () => screen.findByRole('table', { name: /against England, region and neighbours/ })
/** The measure titles of the table's rows, in order. */
const rowTitles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('link')
    .map((a) => a.textContent)
const rowOf = (table: HTMLElement, title: string) => within(table).getByRole('link', { name: title }).closest('tr')!

describe('/compare', () => {
  it('shows the loaded scorecard’s council by default, with a computed summary and every measure', async () => {
    serveSeeds()
    renderApp('/compare')
    expect(await screen.findByRole('heading', { level: 1, name: 'How Cheshire East compares' })).toBeInTheDocument()
    const brief = await screen.findByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent(
      'Of 75 measures with a polarity (where higher or lower is better), Cheshire East is in the top quartile of English councils (band A) on 30 and the bottom quartile (band D) on 11',
    )
    expect(brief).toHaveTextContent('Percentage of agency social workers (31.3%; neighbours 8.5%; year ending 30 September 2025)')
    const table = await measureTable()
    expect(rowTitles(table)).toHaveLength(readMeasures().length)
    // The themes councils use, as group headings.
    for (const theme of ['Numbers and rates', 'Placements and stability', 'Health and wellbeing', 'Care leavers', 'Workforce'])
      expect(within(table).getByRole('columnheader', { name: new RegExp(`^${theme} \\(\\d+\\)$`) })).toBeInTheDocument()
    // One row in full: CareLeaverEET, 2025 (figures worked out in tests/domain/official/compareMeasure.test.ts's way).
    const row = rowOf(table, 'Care Leavers - Education, Employment & Training (EET) (%)')
    expect(within(row).getByText('64%')).toBeInTheDocument()
    expect(row).toHaveTextContent('1st of 11')
    expect(row).toHaveTextContent('A top quartile')
    expect(row).toHaveTextContent('Up, improving')
  })

  it('a suppressed or missing figure is words in the table, never a number', async () => {
    serveSeeds()
    renderApp('/compare?la=895')
    const table = await measureTable()
    // LACSubstance: Cheshire East has "-" for 2023 to 2025.
    const row = rowOf(table, '% of CLA Substance misuse')
    const latest = row.querySelectorAll('td')[0]!
    expect(latest).toHaveTextContent('No figure')
    expect(latest.textContent).not.toMatch(/\d+%/)
    expect(row).toHaveTextContent('No rank')
  })

  it('works for any council by its LA number, whatever scorecard is loaded', async () => {
    serveSeeds()
    renderApp('/compare?la=330')
    expect(await screen.findByRole('heading', { level: 1, name: 'How Birmingham compares' })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'In brief' })).toHaveTextContent(
      'Of 75 measures with a polarity (where higher or lower is better), Birmingham is in the top quartile',
    )
    expect(screen.getByText(/Its statistical neighbours/).parentElement).toHaveTextContent('Nottingham, Manchester, Bradford')
  })

  it('chooses a council with the keyboard: type in the search, Enter shows the first match', async () => {
    serveSeeds()
    const user = userEvent.setup()
    const { router } = renderApp('/compare?la=895')
    await measureTable()
    const search = screen.getByRole('searchbox', { name: 'Find by name, LA number or region' })
    await user.click(search)
    await user.keyboard('Camden')
    expect(screen.getByRole('combobox', { name: 'Council' })).toHaveDisplayValue('Camden (202)')
    expect(screen.getByText('1 of 153 councils match.')).toBeInTheDocument()
    await user.keyboard('{Enter}')
    const heading = await screen.findByRole('heading', { level: 1, name: 'How Camden compares' })
    expect(router.state.location.search).toBe('?la=202')
    // The picker used is drawn afresh for the new council: focus goes to the new council's heading, not to the page's body.
    await waitFor(() => expect(heading).toHaveFocus())
    // A London borough is compared with Inner London.
    expect(within(await measureTable()).getByRole('columnheader', { name: 'London (Inner)' })).toBeInTheDocument()
  })

  it('filters by theme and words, in the URL', async () => {
    serveSeeds()
    const user = userEvent.setup()
    const { router } = renderApp('/compare?la=895')
    let table = await measureTable()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'health')
    await waitFor(() => expect(router.state.location.search).toBe('?la=895&theme=health'))
    table = await measureTable()
    expect(rowTitles(table)).toEqual(
      readMeasures()
        .filter((m) => m.theme === 'health')
        .map((m) => m.title),
    )
    await user.type(screen.getByRole('searchbox', { name: 'Search measures' }), 'dental')
    await waitFor(() =>
      expect(rowTitles(screen.getByRole('table', { name: /against England/ }))).toEqual(['Percentage of CLA having Dental Checks']),
    )
    expect(router.state.location.search).toBe('?la=895&theme=health&q=dental')
  })

  it('sorts worst against neighbours first', async () => {
    serveSeeds()
    renderApp('/compare?la=895&sort=worst')
    const council = readIndex().areas.find((a) => a.la === 895)!
    const rows = compareCouncil({ council, measures: readMeasures(), file: readCouncil(895), latest: readLatest(), model: '2025' })
    const expected = sortWorstAgainstNeighbours(rows)
      .slice(0, 3)
      .map((r) => r.measure.title)
    const sorted = await measureTable()
    expect(rowTitles(sorted).slice(0, 3)).toEqual(expected)
    // No theme headings in this order.
    expect(within(sorted).queryByRole('columnheader', { name: /^Workforce/ })).toBeNull()
    expect(expected[0]).toBe('Percentage of agency social workers')
  })

  it('names the neighbour model, and switches to the 2021 one', async () => {
    serveSeeds()
    const user = userEvent.setup()
    const { router } = renderApp('/compare?la=895')
    await measureTable()
    expect(screen.getByRole('region', { name: 'In brief' })).toHaveTextContent('the DfE’s 2025 statistical-neighbour model')
    await user.click(screen.getByRole('radio', { name: '2021 model' }))
    await waitFor(() => expect(router.state.location.search).toBe('?la=895&model=2021'))
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'In brief' })).toHaveTextContent('the DfE’s 2021 statistical-neighbour model'),
    )
    expect(screen.getByText(/Its statistical neighbours/).parentElement).toHaveTextContent('Central Bedfordshire')
  })

  it('works with no scorecard at all: by LA number, or asking for a council', async () => {
    serveOfficial()
    server.use(http.get('*/data/manifest.json', () => new HttpResponse(null, { status: 404 })))
    renderApp('/compare?la=202')
    expect(await screen.findByRole('heading', { level: 1, name: 'How Camden compares' })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'In brief' })).toBeInTheDocument()

    renderApp('/compare')
    expect(await screen.findByText('Choose a council below.')).toBeInTheDocument()
  })

  it('says so for an LA number that is no council, and offers the picker', async () => {
    serveSeeds()
    renderApp('/compare?la=999')
    expect(await screen.findByText(/No current English council has the LA number “999”/)).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Council' })).toBeInTheDocument()
  })

  it('an unexpected file gives a clear message, not a crash', async () => {
    serveSeeds()
    server.use(http.get('*/official/la/895.json', () => HttpResponse.json({ format: 'official-stats/9' })))
    renderApp('/compare?la=895')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The figures for Cheshire East could not be loaded.')
    expect(alert).toHaveTextContent('la/895.json is not in the official data format this app reads')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
