// The indicator page through the whole app (router, react-query, msw serving
// the seed files), and the trend chart components on their own.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { IndicatorTrendChart } from '../../src/components/charts/IndicatorTrendChart'
import { LazyTrendChart } from '../../src/components/charts/LazyTrendChart'
import { TrendDataTable } from '../../src/components/charts/TrendDataTable'
import { indexPeriods } from '../../src/domain/periods'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { loadSeedScorecard, readSeedText } from '../support/seedFiles'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
const P3_16_TITLE = 'Average number of days between entering care and moving in with adoptive family (A1 national indicator)'

/** An indicator as it sits in the JSON file, before validation. */
type RawIndicator = { ref: string; values: Array<Record<string, unknown>>; commentary: Array<{ text: string }> } & Record<string, unknown>

/** Serves the seeds with the main file changed by `edit`. */
function serveEditedMain(edit: (data: { indicators: Array<RawIndicator> }) => void) {
  serveSeeds()
  const data = JSON.parse(readSeedText(MAIN))
  edit(data)
  server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(data)))
}

async function openIndicator(path: string) {
  const view = renderApp(path)
  const heading = await screen.findByRole('heading', { level: 1 })
  return { ...view, heading }
}

/** The chart figure, once the lazily loaded chart has drawn its SVG. */
async function findChart(name: RegExp) {
  const figure = await screen.findByRole('img', { name })
  await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull())
  return figure
}

/** The analysts' disclosure: the printed glyphs, document ids and lines. */
function sourceNotes(): HTMLElement {
  return screen.getByText('Source and transcription notes', { selector: 'summary' }).closest('details')!
}

function definition(list: HTMLElement, term: string): string {
  const dt = within(list).getByText(term, { selector: 'dt' })
  return dt.nextElementSibling?.textContent ?? ''
}

describe('indicator page: P3.16', () => {
  it('shows the heading, the figure with its rating, and the generated summary', async () => {
    serveSeeds()
    const { heading } = await openIndicator('/indicator/P3.16?period=2018-19-Q2')
    expect(heading).toHaveTextContent(`P3.16 ${P3_16_TITLE}`)
    await waitFor(() => expect(document.title).toBe(`P3.16 ${P3_16_TITLE} – Corporate parenting scorecard`))
    const now = screen.getByRole('region', { name: 'Q2 2018-19' })
    expect(within(now).getByText('302 days')).toBeInTheDocument()
    expect(within(now).getByText('Green')).toBeInTheDocument()
    expect(within(now).getByText('Up, worsening')).toBeInTheDocument()
    expect(
      within(now).getByText(
        '302 days in Q2 2018-19, up from 293 in Q1: worsening; better than the England average of 558; meets the 426-day target.',
      ),
    ).toBeInTheDocument()
    // The printed direction glyph is kept verbatim, with how it reads, for analysts: under "Source and transcription notes", not beside the figure.
    expect(within(now).queryByText('1', { selector: '.indicator-verbatim' })).toBeNull()
    expect(now).not.toHaveTextContent('cannot be read')
    const notes = sourceNotes()
    expect(within(notes).getByText('1', { selector: '.indicator-verbatim' }).closest('dd')).toHaveTextContent('read as cannot be read')
  })

  it('draws the chart as one image labelled from the data, with an SVG inside that is hidden from assistive technology', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.16')
    const figure = await findChart(/^Line chart of Average number of days between entering care/)
    expect(figure.tagName).toBe('FIGURE')
    expect(figure).toHaveAttribute(
      'aria-label',
      expect.stringContaining(
        'latest 302 days in Q2 2018-19; no figures between 2011-14 (three-year average) and Year end 2017-18; target 426 days; England average 558 days (period not stated)',
      ),
    )
    const svg = figure.querySelector('svg.recharts-surface')!
    expect(svg.closest('[aria-hidden="true"]')).not.toBeNull()
    // Nothing inside the image takes keyboard focus.
    expect(figure.querySelectorAll('[tabindex="0"], a, button, input, select')).toHaveLength(0)
    expect(svg.querySelectorAll('.recharts-line-dots path')).toHaveLength(4)
    // Target and England lines are labelled in text, in the drawing and in the key.
    expect(within(figure).getByText('Target: 426 days')).toBeInTheDocument()
    expect(within(figure).getByText('England average: 558 days (period not stated)')).toBeInTheDocument()
  })

  it('lists every period in a data table with figure, target and where each figure came from', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.16')
    const table = screen.getByRole('table', { name: /figures for each period/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '2011-14 (three-year average)',
      'Year end 2017-18',
      'Q1 2018-19',
      expect.stringMatching(/^Q2 2018-19/),
    ])
    const q2 = rows[3]!
    expect(
      within(q2)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['302', '426', 'Corporate Parenting Committee agenda pack, 22 January 2019, page 62'])
    expect(within(rows[0]!).getByText(/^Ofsted inspection of services .*, 15 September 2015$/)).toBeInTheDocument()
    // Document ids and lines are for analysts, under "Source and transcription notes".
    expect(table).not.toHaveTextContent(/doc \d{3}|line \d+/)
    expect(within(sourceNotes()).getByRole('row', { name: /^Q2 2018-19 “302” doc 004 line 1236 \(Qu 2 18-19\)/ })).toBeInTheDocument()
    expect(screen.getByText(/England average: 558 days; the source does not say for which period/)).toBeInTheDocument()
  })

  it('shows the commentary verbatim with its source, and the metadata', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.16')
    const commentary = screen.getByRole('region', { name: 'Commentary' })
    expect(within(commentary).getByRole('heading', { level: 3, name: 'Q2 2018-19' })).toBeInTheDocument()
    expect(
      within(commentary).getByText(
        'Cheshire East performance has improved steadily year on year since this became monitored through the Adoption data set, from an initial position of over 700 days down to 293 in the latest quarter.',
      ),
    ).toBeInTheDocument()
    expect(within(commentary).getByText('Source: Corporate Parenting Committee agenda pack, 22 January 2019, page 62')).toBeInTheDocument()

    const about = screen.getByRole('region', { name: 'About this indicator' }).querySelector('dl')!
    expect(definition(about, 'Lead')).toBe('Jacqui Hall')
    expect(definition(about, 'Information available from')).toBe('Jacqui Hall')
    expect(definition(about, 'Frequency')).toBe('Quarterly')
    expect(definition(about, 'Polarity')).toBe('Lower is better')
    expect(definition(about, 'Unit')).toBe('days')
    expect(definition(about, 'Target')).toBe('426 days')
    expect(definition(about, 'Cohorts')).toBe('Cared-for children')
    expect(definition(about, 'Section')).toMatch(/^Priority 3/)
    expect(definition(about, 'Corporate priority')).toBe('Outcome 5')

    const notes = screen.getByRole('region', { name: 'Notes' })
    expect(within(notes).getByText('Data quality')).toBeInTheDocument()
    // Transcription notes are for analysts: not among the committee's notes, but under "Source and transcription notes".
    expect(within(notes).queryByText('Transcription')).toBeNull()
    expect(within(sourceNotes()).getByRole('heading', { name: 'Transcription notes' }).nextElementSibling?.tagName).toBe('UL')
    expect(
      within(screen.getByRole('region', { name: 'Source documents' })).getByText(
        /Corporate Parenting Committee agenda pack, 22 January 2019/,
      ),
    ).toBeInTheDocument()
  })

  it('links to the previous and next indicators in scorecard order, keeping the period', async () => {
    serveSeeds()
    const { router } = await openIndicator('/indicator/P3.16?period=2018-19-Q1')
    const pager = screen.getByRole('navigation', { name: 'Previous and next indicators' })
    expect(within(pager).getByRole('link', { name: /^Previous indicator P3\.15 / })).toHaveAttribute(
      'href',
      '/indicator/P3.15?period=2018-19-Q1',
    )
    const next = within(pager).getByRole('link', { name: /^Next indicator P3\.17 / })
    expect(next).toHaveAttribute('href', '/indicator/P3.17?period=2018-19-Q1')
    expect(screen.getByRole('link', { name: 'Back to scorecard' })).toHaveAttribute('href', '/scorecard?period=2018-19-Q1')

    // By keyboard: focus the link and press Enter.
    next.focus()
    await userEvent.keyboard('{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: /^P3\.17 / })).toBeInTheDocument()
    expect(router.state.location.search).toBe('?period=2018-19-Q1')
  })

  it('changes period from the selector, and the summary follows', async () => {
    serveSeeds()
    const { router } = await openIndicator('/indicator/P3.16')
    const select = screen.getByRole('combobox', { name: 'Period' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Q2 2018-19', 'Q1 2018-19', 'Year end 2017-18', '2011-14 (three-year average)'])
    await userEvent.selectOptions(select, '2018-19-Q1')
    expect(router.state.location.search).toBe('?period=2018-19-Q1')
    expect(
      await screen.findByText(
        '293 days in Q1 2018-19, down from 380 in Year end 2017-18: improving; better than the England average of 558; meets the 426-day target.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /Q1 2018-19 \(the period shown above\)/ })).toHaveClass('is-current')
  })

  it('has its headings in order: one h1, then h2 sections, then h3 inside them', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.16')
    await findChart(/Line chart/)
    const levels = within(screen.getByRole('main'))
      .getAllByRole('heading')
      .map((h) => Number(h.tagName.slice(1)))
    expect(levels[0]).toBe(1)
    expect(levels.filter((l) => l === 1)).toHaveLength(1)
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i]! + 1))
  })
})

describe('indicator page: other rows', () => {
  it('P3.17 shows the rating reported in the source beside the computed one, and the amber wording', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.17?period=2018-19-Q2')
    const now = screen.getByRole('region', { name: 'Q2 2018-19' })
    const reported = within(sourceNotes()).getByText('Rating reported').nextElementSibling as HTMLElement
    expect(within(reported).getByText('Amber')).toBeInTheDocument()
    expect(reported).toHaveTextContent('(printed “rated as amber”)')
    expect(reported).toHaveTextContent('The same as the rating computed here: Amber.')
    expect(
      within(now).getByText(/^Amber: misses the target of 121 days, but is better than the England average of 226 days\.$/),
    ).toBeInTheDocument()
    expect(
      within(now).getByText(/misses the 121-day target by 7 days: amber, not red, as it is better than the England average\.$/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'This has been rated as amber as it now exceeds the national target albeit we are substantially better than the national average.',
      ),
    ).toBeInTheDocument()
  })

  it('flags a reported rating that differs from the computed one', async () => {
    serveEditedMain((data) => {
      const p316 = data.indicators.find((i) => i.ref === 'P3.16')!
      p316.reported = [{ period: '2018-19-Q2', rag: 'red', ragRaw: 'R', source: { doc: '004', line: 1236, column: 'RAG' } }]
    })
    await openIndicator('/indicator/P3.16?period=2018-19-Q2')
    const reported = within(sourceNotes()).getByText('Rating reported').nextElementSibling as HTMLElement
    expect(within(reported).getByText('Red')).toBeInTheDocument()
    // Beside the figure, a committee member is told in words that the paper disagrees.
    expect(screen.getByRole('note', { name: 'The paper and the figures disagree' })).toHaveTextContent('The paper rated this Red.')
    expect(within(reported).getByText('This differs from the rating computed here: Green.')).toBeInTheDocument()
  })

  it('P5.3: suppressed periods say "Suppressed", and a number wrongly supplied with them appears nowhere', async () => {
    const PLANTED = 987654
    serveEditedMain((data) => {
      for (const cell of data.indicators.find((i) => i.ref === 'P5.3')!.values) if (cell.kind === 'suppressed') cell.number = PLANTED
    })
    await openIndicator('/indicator/P5.3?period=2018-19-Q2')
    const figure = await findChart(/^Line chart of The number of young people with a CSE plan/)
    expect(figure).toHaveAttribute('aria-label', expect.stringContaining('suppressed: Q1 2018-19 and Q2 2018-19'))
    expect(within(figure).getAllByText('Suppressed')).toHaveLength(2)

    const now = screen.getByRole('region', { name: 'Q2 2018-19' })
    expect(within(now).getByText('Suppressed', { selector: '.indicator-value' })).toBeInTheDocument()
    expect(within(now).getByText('Suppressed in Q2 2018-19 (a small number withheld to protect privacy).')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /figures for each period/ })
    for (const period of ['Q1 2018-19', 'Q2 2018-19']) {
      const cells = within(within(table).getByRole('row', { name: new RegExp(`^${period}`) })).getAllByRole('cell')
      expect(cells[0]).toHaveTextContent(/^Suppressed$/)
    }
    const html = document.body.innerHTML
    expect(html).not.toContain(String(PLANTED))
    expect(html).not.toContain('987,654')
  })

  it('G1: no polarity, so no better or worse; the range target is a band in the chart', async () => {
    serveSeeds()
    await openIndicator('/indicator/G1?period=2018-19-Q2')
    expect(screen.getByText('495 in Q2 2018-19, little changed from 496 in Q1; outside the target range of 400–450.')).toBeInTheDocument()
    const figure = await findChart(/^Line chart of Number of cared for children from 27 June 2011 to Q2 2018-19: 9 figures/)
    expect(within(figure).getByText('Target range: 400–450')).toBeInTheDocument()
    expect(figure.querySelector('.recharts-reference-area')).not.toBeNull()
    expect(screen.getByText('None given: shown for context, not rated')).toBeInTheDocument()
    // Spaced by date, so nothing needs saying about uneven spacing any more; the key names the shaded gaps.
    expect(screen.queryByText(/evenly spaced/)).toBeNull()
    // Four stretches of more than a quarter with no figures, each drawn as a gap: five runs of line, one per stretch with figures.
    expect(figure.querySelectorAll('.trend-time-gap')).toHaveLength(4)
    expect(within(figure).getByText('No figures for more than a quarter (shaded)')).toBeInTheDocument()
  })

  it('G1: the published figures (DfE) beside the council’s own, with a data-quality flag where they differ', async () => {
    serveSeeds()
    await openIndicator('/indicator/G1')
    const section = await screen.findByRole('region', { name: 'Published figures (Department for Education)' })
    expect(section).toHaveTextContent('The DfE publishes Number of Children looked after (code LACnum) for every council each year.')
    expect(section).toHaveTextContent(
      'not the council’s own: from bds_long_0.parquet in dfe-analytical-services/local-authority-interactive-tool at commit 2e30e39',
    )
    expect(section).toHaveTextContent('The same definition as this indicator.')
    const flags = within(section).getAllByRole('note', { name: 'Data quality' })
    expect(flags.map((f) => f.textContent)).toEqual([
      expect.stringContaining(
        'The council’s own figure for Year end 2016-17 is 429 (Corporate Parenting Committee agenda pack, 22 January 2019); the DfE published 428 for 31 March 2017',
      ),
      expect.stringContaining(
        'The council’s own figure for Year end 2017-18 is 477 (Corporate Parenting Committee agenda pack, 22 January 2019, page 61); the DfE published 476 for 31 March 2018',
      ),
    ])
    const pairs = within(section).getByRole('table', { name: 'G1: own and published figures for the same dates' })
    expect(within(pairs).getAllByRole('row')).toHaveLength(3)
    // The published series against England, region and neighbours: a count's totals are tabled, not drawn.
    const published = within(section).getByRole('table', { name: /^Published figures, Number of Children looked after/ })
    expect(within(published).getByRole('row', { name: '31 March 2018 476 75,360 14,050 677' })).toBeInTheDocument()
    expect(
      await within(section).findByRole('img', { name: /England and North West are totals, given in the table, not drawn/ }),
    ).toBeInTheDocument()
    expect(within(section).getByRole('link', { name: 'How every council compares on Number of Children looked after' })).toHaveAttribute(
      'href',
      '/compare/LACnum?la=895',
    )
  })

  it('H5 (a near match): says how the definitions differ, and raises no flag', async () => {
    serveSeeds()
    await openIndicator('/indicator/H5')
    const section = await screen.findByRole('region', { name: 'Published figures (Department for Education)' })
    expect(section).toHaveTextContent("A near match, not the same definition: The DfE's average SDQ score is for children aged 5 to 16")
    expect(within(section).queryByRole('note', { name: 'Data quality' })).toBeNull()
  })

  it('an indicator without an official measure loads no official data', async () => {
    serveSeeds()
    const requests: string[] = []
    server.events.on('request:start', ({ request }) => void requests.push(new URL(request.url).pathname))
    await openIndicator('/indicator/P3.17')
    await findChart(/Average number of days between placement order/)
    expect(screen.queryByRole('region', { name: 'Published figures (Department for Education)' })).toBeNull()
    expect(requests.filter((p) => p.startsWith('/official/'))).toEqual([])
    server.events.removeAllListeners()
  })

  it('P3.15: marks the definition change on the chart and in the table', async () => {
    serveSeeds()
    await openIndicator('/indicator/P3.15')
    const figure = await findChart(/definition changed from Q1 2018-19/)
    expect(within(figure).getAllByText('Definition changed').length).toBeGreaterThanOrEqual(2)
    const table = screen.getByRole('table', { name: /figures for each period/ })
    expect(within(table).getByRole('row', { name: /^Q1 2018-19/ })).toHaveTextContent(
      'Definition changed (not comparable with earlier figures)',
    )
  })

  it('G2: statistical neighbour and North West figures are drawn as their own lines and listed in the table', async () => {
    serveSeeds()
    await openIndicator('/indicator/G2')
    const figure = await findChart(/^Line chart of Rate per 10,000/)
    for (const name of ['England average', 'Statistical neighbours average', 'North West average']) {
      expect(within(figure).getByText(name)).toBeInTheDocument()
      expect(screen.getByRole('columnheader', { name })).toBeInTheDocument()
    }
    const row = screen.getByRole('row', { name: /^Year end 2016-17/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((c) => c.textContent),
    ).toEqual(['No data', 'No target then', '62', '58', '86'])
  })

  it('renders commentary as text, never as HTML', async () => {
    serveEditedMain((data) => {
      data.indicators.find((i) => i.ref === 'P3.16')!.commentary[0]!.text = 'Figures <b>improved</b> & <img src=x onerror=alert(1)>'
    })
    await openIndicator('/indicator/P3.16')
    const commentary = screen.getByRole('region', { name: 'Commentary' })
    expect(within(commentary).getByText('Figures <b>improved</b> & <img src=x onerror=alert(1)>')).toBeInTheDocument()
    expect(commentary.querySelector('b, img')).toBeNull()
  })

  it("shows an indicator's latest period, and says so, when it has nothing for the chosen one", async () => {
    serveSeeds()
    await openIndicator('/indicator/H1?period=2018-19-Q2')
    expect(
      screen.getByText(
        'H1 has no entry for Q2 2018-19, so its latest period, Q4 2017-18, is shown. That figure is out of date. H1 is reported quarterly: a figure is out of date 6 months after its period ends.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Q4 2017-18' })).toHaveTextContent('64% in Q4 2017-18, up from 63% in Q3: improving.')
  })

  it('an annual indicator at a quarter shows its latest year as the current figure, and says so', async () => {
    serveSeeds()
    await openIndicator('/indicator/H5?period=2018-19-Q2')
    expect(screen.getByText('H5 is reported annually: at Q2 2018-19 its latest figure is for 2017-18.')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: '2017-18' })).toHaveTextContent('14.0 in 2017-18, down from 14.6 in 2016-17: improving.')
  })

  it('at an earlier point, shows the latest entry by then', async () => {
    serveSeeds()
    await openIndicator('/indicator/G2?period=2017-18-Q3')
    expect(
      screen.getByText(
        'G2 has no entry for Q3 2017-18, so its latest period by then, Year end 2014-15, is shown. That figure is out of date. G2 is reported quarterly: a figure is out of date 6 months after its period ends.',
      ),
    ).toBeInTheDocument()
  })

  it('says there is nothing to chart, without loading the chart, when every period is under development', async () => {
    serveSeeds()
    await openIndicator('/indicator/P2.16')
    expect(screen.getByText('No figures to chart.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: /chart/i })).not.toBeInTheDocument()
    expect(screen.getByText('Under development: no figure yet for Q2 2018-19.')).toBeInTheDocument()
  })

  it('an unknown ref gives a clear message and a way back, not a crash', async () => {
    serveSeeds()
    const { heading } = await openIndicator('/indicator/XYZ9?period=2018-19-Q2')
    expect(heading).toHaveTextContent('Indicator not found')
    expect(screen.getByText('No indicator with ref “XYZ9” is in the loaded scorecard.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to scorecard' })).toHaveAttribute('href', '/scorecard?period=2018-19-Q2')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('trend chart components on their own', () => {
  const scorecard = loadSeedScorecard()
  const periods = indexPeriods(scorecard.periods)
  const g1 = scorecard.indicators.find((i) => i.ref === 'G1')!

  it('draws at a fixed width and height with no ResizeObserver', () => {
    render(<IndicatorTrendChart indicator={g1} periods={periods} width={600} height={300} size="large" valueName="Cheshire East" />)
    const figure = screen.getByRole('img', { name: /^Line chart of Number of cared for children/ })
    const svg = figure.querySelector('svg.recharts-surface')!
    expect(svg).toHaveAttribute('width', '600')
    expect(svg).toHaveAttribute('height', '300')
    expect(svg.querySelectorAll('.recharts-line-dots path')).toHaveLength(9)
    expect(figure.closest('.trend-chart')).toHaveClass('trend-chart--large')
    expect(within(figure).getByText('Cheshire East')).toBeInTheDocument()
  })

  it('the lazy wrapper loads the chart and draws it small, for a cohort grid', async () => {
    render(<LazyTrendChart indicator={g1} scorecard={scorecard} periods={periods} size="small" />)
    const figure = await screen.findByRole('img', { name: /^Line chart of Number of cared for children/ })
    await waitFor(() => expect(figure.querySelector('svg.recharts-surface')).not.toBeNull())
    expect(figure.closest('.trend-chart')).toHaveClass('trend-chart--small')
    expect(within(figure).getByText('Cheshire East Council')).toBeInTheDocument()
  })

  it('the data table can leave out sources for compact views', () => {
    render(<TrendDataTable indicator={g1} periods={periods} showSources={false} caption="G1 figures" />)
    const table = screen.getByRole('table', { name: 'G1 figures' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Period', 'Figure', 'Target'])
    expect(within(table).getAllByRole('row')).toHaveLength(10)
  })
})
