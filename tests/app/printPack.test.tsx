// The printable committee pack through the whole app. What it looks like on
// paper (A4 landscape, page breaks, page numbers) is checked in Chromium by
// tests/browser/meetings.browser.mjs, which prints it to PDF.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderApp, serveSeeds } from '../support/renderApp'

const P3_17 = 'Average number of days between placement order and match with adoptive family (A2 national indicator)'

async function openPack(path = '/print?period=2018-19-Q2', heading = /Q2 2018-19/) {
  serveSeeds()
  const view = renderApp(path)
  await screen.findByRole('heading', { level: 1, name: heading })
  return view
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('printable committee pack', () => {
  it('has a cover with the authority, period and the quarter’s summary', async () => {
    await openPack()
    await waitFor(() => expect(document.title).toBe('Committee pack, Q2 2018-19 – Corporate parenting scorecard'))
    const cover = screen.getByRole('region', { name: 'Corporate Parenting Scorecard 2018-19 Q2 2018-19' })
    expect(within(cover).getByText('Cheshire East Council')).toBeInTheDocument()
    expect(within(cover).getByText('Corporate Parenting Committee pack')).toBeInTheDocument()
    expect(within(cover).getByText('56 indicators have a figure for Q2 2018-19.')).toBeInTheDocument()
    expect(
      within(cover).getByText('Of the 16 indicators that can be rated against a target, 9 are red, 1 amber and 6 green.'),
    ).toBeInTheDocument()
    const counts = within(cover).getByRole('table', { name: 'Ratings and direction of travel by section, Q2 2018-19' })
    const all = within(counts).getByRole('row', { name: /^All / })
    // Improving and worsening count only figures that stand for the period (changeSincePrevious.ts): a stale
    // figure's old movement is not this quarter's news, so the overview's lists and these counts agree.
    expect(
      within(all)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['80', '9', '1', '6', '64', '17', '21'])
    // The key gives every rating a word and a shape.
    const key = within(cover)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(key).toEqual([
      // Worded from the rules (computeRag.ts's ragKey): no indicator here has an amber tolerance, so none is mentioned.
      'Red misses its target, and is not better than the England average',
      'Amber misses its target, but is better than the England average',
      'Green meets its target (inside a target range counts)',
      'Not rated no polarity (neither higher nor lower is better), no numeric target, or no figure',
    ])
    expect(cover.querySelectorAll('.pack-key .rag-shape path')).toHaveLength(4)
  })

  it('has the scorecard by section, a row per indicator with value, target, RAG word and direction', async () => {
    await openPack()
    const scorecard = screen.getByRole('region', { name: 'The scorecard by section, Q2 2018-19' })
    const tables = within(scorecard).getAllByRole('table')
    expect(tables.map((t) => t.querySelector('caption')?.textContent)).toEqual([
      'General',
      'Priority 1 - Being a Good Corporate Parent',
      'Priority 2 - Improved Education, Employment and Training',
      'Priority 3 - Achieving Permanence and Staying Safe',
      'Priority 4 - Improve Health and Wellbeing Outcomes',
      'Priority 5 - Preparing for Adulthood',
      "Sufficiency: performance management scorecard for cared for children's accommodation",
      'Health of cared for children (annual report 2017-18)',
    ])
    // An annual health figure is its latest year's, labelled with that year; a quarterly one two quarters old says it is out of date.
    const h3 = within(tables[7]!).getByRole('row', { name: /^H3 / })
    expect(within(h3).getAllByRole('cell')[1]!.textContent).toBe('87.7% (Year end 2017-18)')
    const h1 = within(tables[7]!).getByRole('row', { name: /^H1 / })
    expect(within(h1).getAllByRole('cell')[1]!.textContent).toBe('64% (Q4 2017-18, out of date)')
    const row = within(tables[3]!).getByRole('row', { name: /^P3\.17 / })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([P3_17, '128 days', '121 days', 'Amber', '↑Up, worsening'])
  })

  it('has one card per indicator with its value, target, RAG, direction, summary, commentary and chart', async () => {
    await openPack()
    expect(screen.getAllByRole('article')).toHaveLength(80)
    const card = screen.getByRole('article', { name: `P3.17 ${P3_17}` })
    const fact = (term: string) => within(card).getByText(term, { selector: 'dt' }).nextElementSibling!.textContent
    expect(fact('Q2 2018-19')).toBe('128 days')
    expect(fact('Target')).toBe('121 days')
    expect(fact('Rating')).toBe('Amber')
    expect(fact('Direction')).toBe('↑Up, worsening')
    expect(within(card).getByText(/^128 days in Q2 2018-19, up from 108 in Q1: worsening;/)).toBeInTheDocument()
    expect(
      within(card).getByText(
        'This has been rated as amber as it now exceeds the national target albeit we are substantially better than the national average.',
      ),
    ).toBeInTheDocument()
    expect(within(card).getByText('Source: Corporate Parenting Committee agenda pack, 22 January 2019, page 62')).toBeInTheDocument()
    // The placeholder carries the chart's label too, so the drawn chart is found again once it replaces it.
    const drawnChart = () => within(card).getByRole('img', { name: /^Line chart of Average number of days between placement order/ })
    await waitFor(() => expect(drawnChart().querySelector('svg.recharts-surface')).not.toBeNull())
    const chart = drawnChart()
    // Printed charts have a fixed size: a page does not resize.
    expect(chart.querySelector('svg.recharts-surface')).toHaveAttribute('width', '440')
  })

  it('says which indicators have no entry yet by the period and are left out', async () => {
    await openPack('/print?period=2013-14-YE', /Q4 2013-14/)
    expect(screen.getByText(/^\d+ indicators have no entry yet by Q4 2013-14 and are not in this pack\.$/)).toBeInTheDocument()
    expect(screen.queryByRole('article', { name: /^H3 / })).toBeNull()
    expect(screen.getByRole('article', { name: /^G2 / })).toBeInTheDocument()
  })

  it('prints only when the Print button is pressed', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await openPack()
    expect(print).not.toHaveBeenCalled()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print the pack' }))
    expect(print).toHaveBeenCalledOnce()
  })

  it('follows the period chosen', async () => {
    const { router } = await openPack()
    await userEvent.setup().selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2018-19-Q1')
    expect(await screen.findByRole('heading', { level: 1, name: /Q1 2018-19/ })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?period=2018-19-Q1')
  })

  it('has its headings in order', async () => {
    await openPack()
    const levels = within(screen.getByRole('main'))
      .getAllByRole('heading')
      .map((h) => Number(h.tagName.slice(1)))
    expect(levels[0]).toBe(1)
    expect(levels.filter((l) => l === 1)).toHaveLength(1)
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i]! + 1))
  })
})
