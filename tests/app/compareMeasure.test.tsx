// /compare/<measure> through the whole app: the council against England,
// its region and neighbours over the years (chart and table, each neighbour
// on request), every council in England (dot plot and sortable table, the
// council and its neighbours marked), and the measure's definition, source
// and next update. Statuses are words, never numbers.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'

const englandTable = () => screen.findByRole('table', { name: /every council, year ending 31 March 2025/ })
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1)
const firstCells = (table: HTMLElement) => bodyRows(table).map((r) => within(r).getByRole('rowheader').textContent)

describe('/compare/<measure>', () => {
  it('Cheshire East, placement stability: the summary, rank and band worked out from the data', async () => {
    serveSeeds()
    renderApp('/compare/LACStable_2016on?la=895')
    expect(await screen.findByRole('heading', { level: 1, name: 'Placement 1 - % CLA with three or more placements' })).toBeInTheDocument()
    const brief = await screen.findByRole('region', { name: 'Cheshire East, year ending 31 March 2025' })
    expect(brief).toHaveTextContent(
      'In the year ending 31 March 2025, Cheshire East’s figure was 11%: England 10%, North West 9%, its statistical neighbours’ average 11.9% (10 of 10 neighbours with a figure).',
    )
    expect(brief).toHaveTextContent(
      'Lower is better: it ranks 5th of 11 among itself and its neighbours and 78th of 151 English councils with a figure, in band C (the third quartile).',
    )
  })

  it('draws the council over the years as one labelled image, with the same figures in a table', async () => {
    serveSeeds()
    renderApp('/compare/LACStable_2016on?la=895')
    const chart = await screen.findByRole('img', {
      name: /Cheshire East against England, North West and its neighbours’ average, 2016 to 2025/,
    })
    await waitFor(() => expect(chart.querySelector('svg.recharts-surface')).not.toBeNull())
    const table = screen.getByRole('table', { name: /Cheshire East, England, North West and neighbours, each year/ })
    expect(within(table).getByRole('row', { name: /Year ending 31 March 2025 11% 10% 9% 11\.9%/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download PNG of the LACStable_2016on chart' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download SVG of the LACStable_2016on chart' })).toBeInTheDocument()
  })

  it('each neighbour’s own line on request, kept in the URL', async () => {
    serveSeeds()
    const user = userEvent.setup()
    const { router } = renderApp('/compare/LACStable_2016on?la=895')
    await screen.findByRole('table', { name: /each year/ })
    expect(screen.queryByRole('columnheader', { name: 'Gloucestershire' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'Show each neighbour’s own line' }))
    await waitFor(() => expect(router.state.location.search).toBe('?la=895&lines=neighbours'))
    const table = screen.getByRole('table', { name: /each year/ })
    expect(within(table).getByRole('columnheader', { name: 'Gloucestershire' })).toBeInTheDocument()
    expect(within(table).getAllByRole('columnheader')).toHaveLength(5 + 10)
  })

  it('every council in England, sortable, with the council and its neighbours marked in words', async () => {
    serveSeeds()
    const user = userEvent.setup()
    renderApp('/compare/LACStable_2016on?la=895')
    let table = await englandTable()
    expect(bodyRows(table)).toHaveLength(153)
    // Best first by rank: City of London (0%).
    expect(firstCells(table)[0]).toBe('City of London')
    const council = within(table).getByRole('rowheader', { name: 'Cheshire East (chosen council)' }).closest('tr')!
    expect(council).toHaveTextContent('11%')
    expect(council).toHaveTextContent('78th of 151')
    expect(council).toHaveTextContent('C third quartile')
    expect(within(table).getAllByRole('rowheader', { name: /\(statistical neighbour\)$/ })).toHaveLength(10)
    // Sort by name, then by figure (highest first), each from the column's button.
    await user.click(within(table).getByRole('button', { name: /^Council/ }))
    table = await englandTable()
    expect(firstCells(table)[0]).toBe('Barking and Dagenham')
    expect(within(table).getByRole('columnheader', { name: /^Council/ })).toHaveAttribute('aria-sort', 'ascending')
    await user.click(within(table).getByRole('button', { name: /^Figure/ }))
    table = await englandTable()
    expect(within(table).getByRole('columnheader', { name: /^Figure/ })).toHaveAttribute('aria-sort', 'descending')
    expect(bodyRows(table)[0]).toHaveTextContent('18%')
    // Councils with no figure come last, in words.
    expect(bodyRows(table).at(-1)).toHaveTextContent('No figure')
    // The dot plot: one image described from the data.
    expect(
      screen.getByRole('img', {
        name: /^Dot plot of 151 councils’ figures .*Cheshire East \(the diamond\) at 11%; its 10 neighbours with a figure \(triangles\) from 7% to 16%\.$/,
      }),
    ).toBeInTheDocument()
  })

  it('gives the definition, the source with its repository and commit, and the next update', async () => {
    serveSeeds()
    renderApp('/compare/LACStable_2016on?la=895')
    await englandTable()
    // Near the top, for a head of service: who publishes it, when it was last updated and when it is next.
    const key = screen.getByRole('link', { name: 'Definition and source' }).closest('p')!
    expect(key).toHaveTextContent('Published by the DfE. Last updated 1 November 2025; next update 1 November 2026.')
    const about = screen.getByRole('region', { name: 'About this measure' })
    expect(within(about).getByText('Definition')).toBeInTheDocument()
    expect(within(about).getByText('1 November 2026')).toBeInTheDocument()
    const sources = screen.getByRole('region', { name: 'Where the figures come from' })
    expect(sources).toHaveTextContent(
      'bds_long_0.parquet in 01_data/02_prod/ of the repository dfe-analytical-services/local-authority-interactive-tool at commit 2e30e39',
    )
    expect(sources).toHaveTextContent('2e30e3959a6ab8b2d22941b84764da41a40ac91b')
  })

  it('a measure with suppressed figures: words in the table, never a number', async () => {
    serveSeeds()
    renderApp('/compare/LAC_19_HE?la=202')
    const table = await screen.findByRole('table', { name: /every council/ })
    const camden = within(table).getByRole('rowheader', { name: 'Camden (chosen council)' }).closest('tr')!
    expect(camden).toHaveTextContent('No figure')
    expect(camden).toHaveTextContent('No rank')
    expect(await screen.findByRole('region', { name: /^Camden, / })).toHaveTextContent(
      'Camden has no figure in the year ending 31 March 2025',
    )
  })

  it('an unknown code says so and links back', async () => {
    serveSeeds()
    renderApp('/compare/NoSuchMeasure?la=895')
    expect(await screen.findByRole('heading', { level: 1, name: 'Measure not found' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'See every measure' })).toHaveAttribute('href', '/compare?la=895')
  })

  it('an unknown code on a host that answers every path with the app’s page (no 404) is still "not found"', async () => {
    serveSeeds()
    server.use(http.get('*/official/measure/NoSuchMeasure.json', () => HttpResponse.html('<!doctype html><html><body>app</body></html>')))
    renderApp('/compare/NoSuchMeasure?la=895')
    expect(await screen.findByRole('heading', { level: 1, name: 'Measure not found' })).toBeInTheDocument()
    expect(screen.getByText(/No official measure has the code “NoSuchMeasure”/)).toBeInTheDocument()
  })

  it('a known measure whose file comes back as a web page is a loading error, with Try again', async () => {
    serveSeeds()
    server.use(
      http.get('*/official/measure/LACStable_2016on.json', () => HttpResponse.html('<!doctype html><html><body>app</body></html>')),
    )
    renderApp('/compare/LACStable_2016on?la=895')
    expect(await screen.findByText('The figures for this measure could not be loaded.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /Try again/ })).toBeInTheDocument()
  })
})
