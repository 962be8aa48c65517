// The scorecard table view, driven through the real app with msw serving the seed files.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { SLICE_FROM_ITEMS } from '../../src/lib/useSlicedMap'
import { COLUMN_STORAGE_KEY, useColumnStore } from '../../src/features/scorecard-table/useColumnStore'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { readSeedText } from '../support/seedFiles'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
const REDS_IN_Q2 = ['P2.3', 'P2.4', 'P2.6', 'S2', 'S3', 'S5.1', 'S5.2', 'S7', 'S9']

async function openTable(path: string) {
  const app = renderApp(path)
  const table = await screen.findByRole('table', { name: /as at/ }, { timeout: 5000 })
  return { ...app, table }
}

/** The table as a user would read it now (it is re-rendered after each change). */
const currentTable = () => screen.getByRole('table', { name: /as at/ })

/** Refs of the rows shown, top to bottom. */
function shownRefs(table = currentTable()): string[] {
  return [...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent ?? '')
}

function sectionHeadings(table = currentTable()): string[] {
  return [...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent ?? '')
}

function rowFor(ref: string): HTMLTableRowElement {
  return within(currentTable()).getByRole('rowheader', { name: ref }).closest('tr')!
}

/** The cell of a row under the column header with this name. */
function cellIn(row: HTMLTableRowElement, column: string): HTMLElement {
  const headers = within(currentTable()).getAllByRole('columnheader')
  const index = headers.findIndex((h) => h.textContent?.replace(/[▲▼↕]/g, '').trim() === column)
  if (index < 0) throw new Error(`No column "${column}"`)
  return row.cells[index]!
}

function searchOf(router: ReturnType<typeof renderApp>['router']) {
  return new URLSearchParams(router.state.location.search)
}

beforeEach(() => {
  serveSeeds() // a test may override one file afterwards with server.use()
  localStorage.clear()
  useColumnStore.setState({ hidden: [] })
})

describe('scorecard table', () => {
  it('shows every section under its heading, with every indicator in ref order', async () => {
    const { table } = await openTable('/scorecard')
    expect(table).toHaveAccessibleName(/as at Q2 2018-19/)
    expect(screen.getByRole('heading', { level: 1, name: 'Scorecard as at Q2 2018-19' })).toBeInTheDocument()
    expect(sectionHeadings(table).slice(0, 7)).toEqual([
      'General',
      'Priority 1 - Being a Good Corporate Parent',
      'Priority 2 - Improved Education, Employment and Training',
      'Priority 3 - Achieving Permanence and Staying Safe',
      'Priority 4 - Improve Health and Wellbeing Outcomes',
      'Priority 5 - Preparing for Adulthood',
      expect.stringMatching(/^Sufficiency/),
    ])
    const refs = shownRefs(table)
    expect(refs.length).toBeGreaterThanOrEqual(67) // 57 scorecard rows + 10 sufficiency, more once health lands
    expect(refs.slice(0, 4)).toEqual(['G1', 'G2', 'G3', 'P1.1'])
    expect(refs.indexOf('P2.9')).toBe(refs.indexOf('P2.10') - 1) // natural order, not P2.1, P2.10, P2.11…
    expect(refs).toContain('P5.8')
    expect(refs).toContain('S10')
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${refs.length} of ${refs.length} indicators`)
  })

  it('has the paper columns, what matters first: the year end and quarters up to the chosen one, its RAG, direction and target', async () => {
    const { table } = await openTable('/scorecard')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼↕]/g, ''))
    expect(headers).toEqual([
      'Ref',
      'Indicator',
      'Year end 2017-18',
      'Q1 2018-19',
      'Q2 2018-19',
      'RAG',
      'Direction of travel',
      'Target',
      'Trend',
      'Q3 2018-19',
      'Q4 2018-19',
      'Stat neighbour average',
      'England average',
      'Lead',
      'Polarity',
      'Comment',
      'More', // a phone's card: the columns it keeps behind a disclosure (hidden on wider screens)
    ])
    const g2 = rowFor('G2')
    expect(cellIn(g2, 'Polarity')).toHaveTextContent('No polarity')
    expect(cellIn(g2, 'Stat neighbour average')).toHaveTextContent('61')
    expect(cellIn(g2, 'England average')).toHaveTextContent(/^64Year end 2017-18$/) // the comparator's own, earlier period
    expect(cellIn(g2, 'Target')).toHaveTextContent('52.7–59.3')
    expect(cellIn(g2, 'Q2 2018-19')).toHaveTextContent('65.3')
    expect(cellIn(g2, 'Q3 2018-19')).toHaveTextContent('Not yet due')
    const p317 = rowFor('P3.17')
    expect(cellIn(p317, 'Polarity')).toHaveTextContent('Low is good')
    expect(cellIn(p317, 'RAG')).toHaveTextContent('Amber')
    expect(cellIn(p317, 'Direction of travel')).toHaveTextContent('Up, worsening')
    expect(within(p317).getByRole('link', { name: /^Average number of days between placement order/ })).toHaveAttribute(
      'href',
      '/indicator/P3.17?period=2018-19-Q2',
    )
    // The trend line is decoration: the figures are in the row.
    expect(cellIn(p317, 'Trend').querySelector('svg')).toHaveAttribute('aria-hidden', 'true')
  })

  it('says suppressed, not reported, under development and no data in words, never a number for a suppressed figure', async () => {
    await openTable('/scorecard')
    const p53 = rowFor('P5.3')
    for (const quarter of ['Q1 2018-19', 'Q2 2018-19']) {
      const cell = cellIn(p53, quarter)
      expect(cell).toHaveTextContent('Suppressed')
      expect(cell.textContent).not.toMatch(/\d/)
    }
    expect(cellIn(rowFor('P5.8'), 'Q2 2018-19').textContent).toBe('Suppressed')
    expect(cellIn(rowFor('P2.1'), 'Q2 2018-19')).toHaveTextContent('Not reported')
    expect(cellIn(rowFor('P2.16'), 'Q2 2018-19')).toHaveTextContent('Under development')
    expect(cellIn(rowFor('S2'), 'Year end 2017-18')).toHaveTextContent('No data')
    expect(cellIn(rowFor('P2.7'), 'Q2 2018-19').textContent).toBe('0') // a real zero stays a zero
  })

  it('flags a printed direction or a reported RAG that disagrees, in words, and shows a short comment', async () => {
    const changed = JSON.parse(readSeedText(MAIN))
    const p23 = changed.indicators.find((i: { ref: string }) => i.ref === 'P2.3')
    p23.reported = [{ period: '2018-19-Q2', rag: 'green', source: { doc: '004', line: 1 } }]
    server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(changed)))
    await openTable('/scorecard')

    const rag = cellIn(rowFor('P2.3'), 'RAG')
    expect(rag).toHaveTextContent('Red')
    expect(rag).toHaveTextContent('Reported as Green')
    expect(cellIn(rowFor('P2.4'), 'RAG')).not.toHaveTextContent('Reported as')

    const p31 = cellIn(rowFor('P3.1'), 'Direction of travel')
    expect(p31).toHaveTextContent('Down, worsening')
    expect(p31).toHaveTextContent('Printed as no change') // printed →: said in words where it differs
    // A printed arrow that agrees, or cannot be read (P5.3's ÷), is left to the indicator page.
    expect(cellIn(rowFor('P5.3'), 'Direction of travel')).not.toHaveTextContent(/printed/i)
    expect(cellIn(rowFor('G2'), 'Direction of travel')).toHaveTextContent(/^→No real change$/)

    const commentCell = cellIn(rowFor('P1.1'), 'Comment')
    const excerpt = commentCell.querySelector('.scorecard-comment-excerpt')?.textContent?.trim() ?? ''
    expect(excerpt).toMatch(/^Of the cases open in quarter 2, .*…$/)
    expect(excerpt.length).toBeLessThanOrEqual(80)
  })

  it('opens a long comment in full with "more", and a row\'s other columns under "More about …"', async () => {
    await openTable('/scorecard')
    const user = userEvent.setup()
    const commentCell = cellIn(rowFor('P1.1'), 'Comment')
    expect(commentCell).not.toHaveTextContent('5 Disability and 1 Asylum') // past the excerpt, not drawn yet
    await user.click(within(commentCell).getByText('more'))
    expect(commentCell).toHaveTextContent('5 Disability and 1 Asylum')
    expect(within(commentCell).getByText('Show less')).toBeInTheDocument()

    const more = cellIn(rowFor('P3.17'), 'More')
    expect(within(more).queryByText('Lead')).toBeNull() // drawn only when opened
    await user.click(within(more).getByText('More about P3.17'))
    const labels = [...more.querySelectorAll('dt')].map((dt) => dt.textContent)
    expect(labels).toEqual([
      'Year end 2017-18',
      'Q1 2018-19',
      'Trend',
      'Q3 2018-19',
      'Q4 2018-19',
      'Stat neighbour average',
      'England average',
      'Lead',
      'Polarity',
      'Comment',
    ])
    const polarity = [...more.querySelectorAll('dt')].find((dt) => dt.textContent === 'Polarity')!.nextElementSibling
    expect(polarity).toHaveTextContent('Low is good')
  })

  it('filters to red through the RAG control, then to a section, keeping both in the URL', async () => {
    const { router } = await openTable('/scorecard')
    const total = shownRefs().length

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'RAG' }), 'red')
    await waitFor(() => expect(searchOf(router).get('rag')).toBe('red'))
    await waitFor(() => expect([...shownRefs()].sort()).toEqual([...REDS_IN_Q2].sort()))
    for (const ref of REDS_IN_Q2) expect(cellIn(rowFor(ref), 'RAG')).toHaveTextContent('Red')
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${REDS_IN_Q2.length} of ${total} indicators`)

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'pledge-2')
    await waitFor(() => expect(shownRefs()).toEqual(['P2.3', 'P2.4', 'P2.6']))
    expect(searchOf(router).get('section')).toBe('pledge-2')
    expect(searchOf(router).get('rag')).toBe('red')
    expect(sectionHeadings()).toEqual(['Priority 2 - Improved Education, Employment and Training'])
  })

  it('filters by section alone, and back and forward restore the rows and the control', async () => {
    const { router } = await openTable('/scorecard?period=2018-19-Q2')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'pledge-2')
    await waitFor(() => expect(router.state.location.search).toBe('?period=2018-19-Q2&section=pledge-2'))
    const pledge2 = shownRefs()
    expect(pledge2).toHaveLength(16)
    expect(pledge2.every((ref) => ref.startsWith('P2.'))).toBe(true)

    await router.navigate(-1)
    await waitFor(() => expect(shownRefs().length).toBeGreaterThan(16))
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('')
    await router.navigate(1)
    await waitFor(() => expect(shownRefs()).toEqual(pledge2))
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('pledge-2')
  })

  it('searches ref, title, lead and comment as you type, replacing the history entry', async () => {
    const { router } = await openTable('/scorecard')
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search indicators' }), 'NEET')
    await waitFor(() => expect(searchOf(router).get('q')).toBe('NEET'))
    expect(router.state.historyAction).toBe('REPLACE')
    await waitFor(() => expect(shownRefs()).toEqual(expect.arrayContaining(['P2.11', 'P2.12', 'P2.15'])))
    expect(shownRefs()).not.toContain('G1')
    for (const ref of shownRefs()) expect(rowFor(ref).textContent?.toLowerCase()).toContain('neet')

    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search indicators' }))
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search indicators' }), 'jacqui permanence')
    await waitFor(() => expect(searchOf(router).get('q')).toBe('jacqui permanence'))
    await waitFor(() => expect(shownRefs()).toContain('P3.6'))
    expect(shownRefs()).not.toContain('P3.5') // about permanence, but Kerry Birtles leads it
  })

  it('sorts by RAG from its column header, toggling aria-sort and the URL', async () => {
    const { router } = await openTable('/scorecard')
    const header = (name: string) => within(currentTable()).getByRole('button', { name }).closest('th')!
    expect(header('Ref')).toHaveAttribute('aria-sort', 'ascending')
    expect(header('RAG')).not.toHaveAttribute('aria-sort')

    await userEvent.click(within(currentTable()).getByRole('button', { name: 'RAG' }))
    await waitFor(() => expect(header('RAG')).toHaveAttribute('aria-sort', 'ascending'))
    expect(header('Ref')).not.toHaveAttribute('aria-sort')
    expect(searchOf(router).get('sort')).toBe('rag')
    // Sorted within each section: Priority 2 now starts with its reds.
    const pledge2 = () => shownRefs().filter((r) => r.startsWith('P2.'))
    expect(pledge2().slice(0, 4)).toEqual(['P2.3', 'P2.4', 'P2.6', 'P2.5'])

    await userEvent.click(within(currentTable()).getByRole('button', { name: 'RAG' }))
    await waitFor(() => expect(header('RAG')).toHaveAttribute('aria-sort', 'descending'))
    expect(searchOf(router).get('sort')).toBe('-rag')
    expect(pledge2().slice(0, 4)).toEqual(['P2.5', 'P2.3', 'P2.4', 'P2.6'])
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('-rag')
  })

  it('hides a column, remembers it in localStorage, and still hides it on the next visit', async () => {
    const first = await openTable('/scorecard')
    await userEvent.click(screen.getByText(/^Choose columns/))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Comment' }))
    await waitFor(() => expect(within(currentTable()).queryByRole('columnheader', { name: 'Comment' })).not.toBeInTheDocument())
    expect(within(currentTable()).getByRole('columnheader', { name: 'Lead' })).toBeInTheDocument()
    const saved = localStorage.getItem(COLUMN_STORAGE_KEY)
    expect(JSON.parse(saved!).state.hidden).toEqual(['comment'])

    // A new visit: forget the in-memory choice, keep what the browser stored, read it back.
    first.unmount()
    useColumnStore.setState({ hidden: [] })
    localStorage.setItem(COLUMN_STORAGE_KEY, saved!)
    await useColumnStore.persist.rehydrate()
    await openTable('/scorecard')
    expect(within(currentTable()).queryByRole('columnheader', { name: 'Comment' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Comment', hidden: true })).not.toBeChecked()
    expect(screen.getByText(/^Choose columns/)).toHaveTextContent('(1 hidden)')
  })

  it('restores every control, the period and the sort from a deep link', async () => {
    await openTable(
      '/scorecard?period=2018-19-Q1&section=pledge-2&cohort=care-leavers&rag=none&dir=worsening&lead=Sam%20Ankers&q=NEET&sort=-value',
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Scorecard as at Q1 2018-19' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'As at' })).toHaveValue('2018-19-Q1')
    expect(screen.getByRole('combobox', { name: 'Section' })).toHaveValue('pledge-2')
    expect(screen.getByRole('combobox', { name: 'Cohort' })).toHaveValue('care-leavers')
    expect(screen.getByRole('combobox', { name: 'RAG' })).toHaveValue('none')
    expect(screen.getByRole('combobox', { name: 'Direction' })).toHaveValue('worsening')
    expect(screen.getByRole('combobox', { name: 'Lead' })).toHaveValue('Sam Ankers')
    expect(screen.getByRole('searchbox', { name: 'Search indicators' })).toHaveValue('NEET')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('-value')
    expect(within(currentTable()).getByRole('button', { name: 'Q1 2018-19' }).closest('th')).toHaveAttribute('aria-sort', 'descending')
    expect(shownRefs()).toEqual(['P2.15'])
    // As at Q1, the Q2 figure is not shown yet.
    expect(cellIn(rowFor('P2.15'), 'Q1 2018-19')).toHaveTextContent('52%')
    expect(cellIn(rowFor('P2.15'), 'Q2 2018-19')).toHaveTextContent('Not yet due')
  })

  it('changes the period with the "As at" selector, keeping the filters', async () => {
    const { router } = await openTable('/scorecard?section=pledge-2')
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'As at' }), '2018-19-Q1')
    expect(await screen.findByRole('heading', { level: 1, name: 'Scorecard as at Q1 2018-19' })).toBeInTheDocument()
    expect(searchOf(router).get('period')).toBe('2018-19-Q1')
    expect(searchOf(router).get('section')).toBe('pledge-2')
    expect(cellIn(rowFor('P2.12'), 'Q2 2018-19')).toHaveTextContent('Not yet due')
    expect(within(rowFor('P2.12')).getByRole('link')).toHaveAttribute('href', '/indicator/P2.12?period=2018-19-Q1')
  })

  it('says so when nothing matches, and "Clear filters" brings every row back but keeps the period', async () => {
    const { router } = renderApp('/scorecard?period=2018-19-Q2&q=zzzz-no-such-words&rag=red')
    expect(await screen.findByText('No indicators match these filters.', {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 0 of \d+ indicators$/)
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' })
    await userEvent.click(clearButtons.at(-1)!)
    await waitFor(() => expect(shownRefs().length).toBeGreaterThanOrEqual(67))
    expect(router.state.location.search).toBe('?period=2018-19-Q2')
    expect(screen.getByRole('searchbox', { name: 'Search indicators' })).toHaveValue('')
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('lets keyboard users reach the scrolling table region', async () => {
    const { table } = await openTable('/scorecard')
    const region = screen.getByRole('region', { name: 'Scorecard table' })
    expect(region).toContainElement(table)
    expect(region).toHaveAttribute('tabindex', '0')
  })
})

describe('scorecard table with many indicators', () => {
  /** A region-sized scorecard (synthetic, deterministic) in place of the seed files. */
  function serveRegion(indicators: number) {
    const body = JSON.stringify(syntheticScorecard(indicators, 8))
    server.use(
      http.get('*/data/manifest.json', () => HttpResponse.json({ files: ['region.json'] })),
      http.get('*/data/region.json', () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })),
    )
  }

  it('draws 100 rows at a time, says how many match, and shows more or all on request; downloads still hold every match', async () => {
    serveRegion(250)
    await openTable('/scorecard')
    expect(screen.getByRole('status')).toHaveTextContent('Showing the first 100 of 250 matching indicators (250 in all)')
    expect(shownRefs()).toHaveLength(100)
    expect(screen.getByText('Download the 250 indicators shown:')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Show 100 more' }))
    await waitFor(() => expect(shownRefs()).toHaveLength(200))
    expect(screen.getByRole('button', { name: 'Show 50 more' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show all 250' }))
    await waitFor(() => expect(shownRefs()).toHaveLength(250))
    expect(screen.getByRole('status')).toHaveTextContent('Showing 250 of 250 indicators')
    expect(screen.queryByRole('button', { name: /^Show (all|\d+ more)/ })).not.toBeInTheDocument()
  }, 30_000)

  it(`says it is working while a region's ${SLICE_FROM_ITEMS.toLocaleString('en-GB')} or more indicators are assessed in slices, then shows the table`, async () => {
    serveRegion(SLICE_FROM_ITEMS)
    renderApp('/scorecard')
    const working = `Working out the RAG rating and direction of ${SLICE_FROM_ITEMS.toLocaleString('en-GB')} indicators…`
    // Checked together, at the moment the message shows: the slices run soon after.
    await waitFor(
      () => {
        expect(screen.getByText(working)).toHaveAttribute('role', 'status')
        expect(screen.queryByRole('table')).not.toBeInTheDocument()
        expect(screen.queryByText(/^Download the/)).not.toBeInTheDocument()
      },
      { timeout: 10_000 },
    )
    await screen.findByRole('table', { name: /as at/ }, { timeout: 10_000 })
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing the first 100 of ${SLICE_FROM_ITEMS} matching indicators (${SLICE_FROM_ITEMS} in all)`,
    )
    // The rows come a few at a time, after each paint (useCountInSteps).
    await waitFor(() => expect(shownRefs()).toHaveLength(100))
  }, 30_000)

  it('shows every row, with no paging buttons, when a search leaves 100 or fewer', async () => {
    serveRegion(250)
    await openTable('/scorecard?q=Jacqui')
    // The synthetic leads rotate through five names: 50 of the 250 rows are Jacqui Hall's.
    expect(screen.getByRole('status')).toHaveTextContent('Showing 50 of 250 indicators')
    expect(shownRefs()).toHaveLength(50)
    expect(screen.queryByRole('button', { name: /^Show (all|\d+ more)/ })).not.toBeInTheDocument()
  }, 30_000)
})
