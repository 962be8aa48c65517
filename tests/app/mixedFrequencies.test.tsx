// The overview and the table for a scorecard whose indicators report at
// different frequencies, built from the seed's published figures: quarterly
// (G1, P3.17, P2.5 year to date), termly (P2.1), annual (H5, from the health
// report) and the health report's quarterly H1, whose latest quarter is
// 2017-18 Q4. Where a test adds a figure or a month, it says it re-dates a
// real one.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { monthPeriod } from '../../src/domain/calendarPeriods'
import type { Indicator, Scorecard } from '../../src/domain/scorecardSchema'
import { server } from '../support/mswServer'
import { renderApp } from '../support/renderApp'
import { loadSeedScorecard } from '../support/seedFiles'

const REFS = ['G1', 'P2.1', 'P2.5', 'P3.17', 'H1', 'H5']

function mixedScorecard(edit: (s: Scorecard) => Scorecard = (s) => s): Scorecard {
  const seed = loadSeedScorecard()
  const indicators = seed.indicators.filter((i) => REFS.includes(i.ref))
  return edit({ ...seed, indicators, sections: seed.sections.filter((s) => indicators.some((i) => i.section === s.id)) })
}

function serve(scorecard: Scorecard) {
  server.use(
    http.get('*/data/manifest.json', () => HttpResponse.json({ files: ['mixed.json'] })),
    http.get('*/data/mixed.json', () => HttpResponse.json(scorecard)),
  )
}

/** G1 with one more cell: its real Q2 2018-19 figure (495) re-dated to another period, a synthetic arrangement. */
function withG1Also(periodId: string) {
  return (s: Scorecard): Scorecard => ({
    ...s,
    indicators: s.indicators.map((i): Indicator => {
      if (i.ref !== 'G1') return i
      const q2 = i.values.find((v) => v.period === '2018-19-Q2')!
      return { ...i, values: [...i.values, { ...q2, period: periodId }] }
    }),
  })
}

const h1 = (name: string) => screen.findByRole('heading', { level: 1, name })
const attention = () => screen.getByRole('region', { name: /What needs attention/ })
// An indicator is in each list that is true of it; the first is its card in the most serious one.
const item = (ref: string, list: HTMLElement = attention()) =>
  within(list)
    .getAllByRole('link', { name: new RegExp(`^${ref.replace('.', '\\.')} `) })[0]!
    .closest('li')!
const noFigure = () => screen.getByRole('region', { name: /^No figure this period/ })

describe('overview of a scorecard with mixed frequencies', () => {
  it('shows each indicator at Q2 2018-19 with its own period, and says which figures are out of date', async () => {
    serve(mixedScorecard())
    renderApp('/')
    await h1('How are we doing in Q2 2018-19?')
    const brief = screen.getByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent('3 indicators have a figure for Q2 2018-19.')
    expect(brief).toHaveTextContent('1 other indicator shows its latest figure, from an earlier period: it reports less often.')
    expect(brief).toHaveTextContent('2 indicators have no figure this period (not reported or out of date).')
    expect(brief).toHaveTextContent("1 indicator's latest figure is out of date for how often it is reported: H1.")
    // H1 reports quarterly; its latest figure is two quarters before the point.
    expect(item('H1')).toHaveTextContent('64% (Q4 2017-18, out of date)')
    expect(item('H1', noFigure())).toHaveTextContent('64% (Q4 2017-18, out of date)')
    expect(item('P2.1', noFigure())).toHaveTextContent('Not reported')
    expect(attention()).not.toHaveTextContent('Nothing is red, worsening, behind target or missing')
  })

  it('one early Q3 figure leaves it at Q2 and says Q3 is partly entered; choosing Q3 says what is missing', async () => {
    serve(mixedScorecard(withG1Also('2018-19-Q3')))
    const { router } = renderApp('/')
    await h1('How are we doing in Q2 2018-19?')
    // Due at Q3: the four that report at least quarterly (G1, P2.5, P3.17, H1); the termly P2.1 and annual H5 have no Q3 entry.
    expect(screen.getByText(/^Q3 2018-19: 1 of 4 figures entered, so this page shows Q2 2018-19/)).toBeInTheDocument()
    const select = screen.getByRole('combobox', { name: 'Period' })
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options.slice(0, 2)).toEqual(['Q3 2018-19: 1 of 4 figures entered', 'Q2 2018-19 (3 of 5 figures)'])

    await userEvent.selectOptions(select, '2018-19-Q3')
    await h1('How are we doing in Q3 2018-19?')
    expect(router.state.location.search).toBe('?period=2018-19-Q3')
    expect(screen.getByText(/^Q3 2018-19: 1 of 4 figures entered\. An indicator without a figure for it shows/)).toBeInTheDocument()
    const brief = screen.getByRole('region', { name: 'In brief' })
    expect(brief).toHaveTextContent('1 indicator has a figure for Q3 2018-19.')
    expect(brief).toHaveTextContent('4 indicators have no figure this period (not reported, not yet entered or out of date).')
    // P3.17 shows its Q2 figure, labelled, with the RAG and direction of that figure.
    expect(item('P3.17')).toHaveTextContent('128 days (Q2 2018-19)')
    expect(item('P3.17')).toHaveTextContent('Amber')
    expect(attention()).not.toHaveTextContent('Nothing is red, worsening, behind target or missing')
  })

  it('an earlier period chosen says nothing about later partly entered ones', async () => {
    serve(mixedScorecard(withG1Also('2018-19-Q3')))
    renderApp('/?period=2018-19-Q1')
    await h1('How are we doing in Q1 2018-19?')
    expect(screen.queryByText(/so this page shows/)).not.toBeInTheDocument()
  })

  it('a monthly scorecard offers month ends, each with its own figures', async () => {
    // A synthetic arrangement of real values: G1's Q2 2018-19 figure re-dated to August and September 2018,
    // beside its real December 2017 figure, and G1 made monthly.
    const aug = monthPeriod(2018, 8)
    const sep = monthPeriod(2018, 9)
    serve(
      mixedScorecard((s) => {
        const g1 = s.indicators.find((i) => i.ref === 'G1')!
        const q2 = g1.values.find((v) => v.period === '2018-19-Q2')!
        const monthly: Indicator = {
          ...g1,
          frequency: 'monthly',
          values: [...g1.values.filter((v) => v.period === '2017-12'), { ...q2, period: aug.id }, { ...q2, period: sep.id }],
        }
        return { ...s, periods: [...s.periods, aug, sep], indicators: [monthly] }
      }),
    )
    renderApp('/')
    await h1('How are we doing in September 2018?')
    const options = within(screen.getByRole('combobox', { name: 'Period' }))
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['September 2018 (1 of 1 figure)', 'August 2018 (1 of 1 figure)', 'December 2017 (1 of 1 figure)'])
  })
})

describe('the table for a scorecard with mixed frequencies', () => {
  it('shows, in the chosen quarter’s column, each indicator’s latest figure by then with its own period', async () => {
    serve(mixedScorecard())
    renderApp('/scorecard')
    await h1('Scorecard as at Q2 2018-19')
    const table = screen.getByRole('table', { name: /as at Q2 2018-19/ })
    const q2Cell = (ref: string) => {
      const row = within(table).getByRole('row', { name: new RegExp(`^${ref.replace('.', '\\.')} `) })
      const index = within(table)
        .getAllByRole('columnheader')
        .findIndex((h) => h.textContent?.startsWith('Q2 2018-19'))
      return within(row).getAllByRole('cell')[index - 1]!
    }
    expect(q2Cell('G1')).toHaveTextContent(/^495$/)
    expect(q2Cell('H5')).toHaveTextContent('14.0 (2017-18)')
    expect(q2Cell('H1')).toHaveTextContent('64% (Q4 2017-18, out of date)')
    expect(q2Cell('P2.1')).toHaveTextContent('Not reported')
  })
})
