// Loading the scorecard through react-query with msw serving the files.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { loadScorecard } from '../../src/data/loadScorecard'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { readManifest, readSeedText } from '../support/seedFiles'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'

describe('loading the scorecard', () => {
  it('loads the seed scorecard and shows each section with its indicators', async () => {
    serveSeeds()
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
    const bySection = screen.getByRole('table', { name: /by section/ })
    for (const name of ['General', 'Priority 1 - Being a Good Corporate Parent', 'Priority 5 - Preparing for Adulthood']) {
      expect(within(bySection).getByRole('link', { name })).toBeInTheDocument()
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /Some of the data needs attention/ })).not.toBeInTheDocument()
  })

  it('shows a loading message while a slow response is on its way', async () => {
    serveSeeds()
    server.use(
      http.get('*/data/manifest.json', async () => {
        await delay(300)
        return HttpResponse.json(readManifest())
      }),
    )
    renderApp('/')
    expect(screen.getByRole('status')).toHaveTextContent('Loading the scorecard')
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })

  it('says what went wrong on HTTP 500, and retry recovers', async () => {
    let fail = true
    serveSeeds()
    server.use(http.get('*/data/manifest.json', () => (fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(readManifest()))))
    renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The scorecard could not be loaded.')
    expect(alert).toHaveTextContent('HTTP 500')
    fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })

  it('names a file with malformed JSON and still shows the other files', async () => {
    serveSeeds()
    server.use(
      http.get(
        `*/data/${MAIN}`,
        () => new HttpResponse('{"format": "corporate-parenting-sc', { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    const notice = screen.getByRole('region', { name: /Some of the data needs attention/ })
    expect(notice).toHaveTextContent(MAIN)
    expect(notice).toHaveTextContent('not valid JSON')
    const bySection = screen.getByRole('table', { name: /by section/ })
    expect(within(bySection).getByRole('link', { name: /Sufficiency/ })).toBeInTheDocument()
    expect(within(bySection).queryByRole('link', { name: 'General' })).not.toBeInTheDocument()
  })

  it('names the ref and field of an invalid indicator and shows the rest', async () => {
    serveSeeds()
    const broken = JSON.parse(readSeedText(MAIN))
    const p212 = broken.indicators.findIndex((i: { ref: string }) => i.ref === 'P2.12')
    broken.indicators[p212].polarity = 'sideways'
    server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(broken)))
    renderApp('/')
    const notice = await screen.findByRole('region', { name: /Some of the data needs attention/ })
    expect(notice).toHaveTextContent(/indicator P2.12, field polarity/)
    const attention = screen.getByRole('region', { name: /What needs attention/ })
    expect(within(attention).queryByRole('link', { name: /^P2.12 / })).not.toBeInTheDocument()
    expect(within(attention).getByRole('link', { name: /^P2.15 / })).toBeInTheDocument()
  })

  it('keeps the last good data on screen when a refetch fails', async () => {
    serveSeeds()
    const { queryClient } = renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
    server.use(http.get('*/data/manifest.json', () => new HttpResponse(null, { status: 503 })))
    await queryClient.refetchQueries()
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The latest refresh failed'))
    expect(screen.getByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })

  it('reads files through options.read when given (the build-time prerender), resolving names against the manifest', async () => {
    const asked: string[] = []
    server.use(http.get('*', () => HttpResponse.error())) // nothing may be fetched
    const loaded = await loadScorecard('/data/manifest.json', {
      read: async (url) => {
        asked.push(url)
        const name = new URL(url, 'http://localhost/').pathname.replace('/data/', '')
        return name === 'manifest.json' ? JSON.stringify(readManifest()) : readSeedText(name)
      },
    })
    expect(asked[0]).toBe('/data/manifest.json')
    expect(asked.slice(1)).toEqual(readManifest().files.map((f) => `http://localhost:3000/data/${f}`))
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(loaded.scorecard.indicators.some((i) => i.ref === 'P3.17')).toBe(true)
  })
})

describe('what the notice says was not shown (issue 12)', () => {
  it('a bad period no longer refuses its file: the file shows, and the notice counts the period and the cells it cost', async () => {
    serveSeeds()
    const data = JSON.parse(readSeedText(MAIN))
    const q1 = data.periods.findIndex((p: { id: string }) => p.id === '2018-19-Q1')
    data.periods[q1].label = ''
    const cells = data.indicators.filter((i: { values: { period: string }[] }) => i.values.some((v) => v.period === '2018-19-Q1')).length
    server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(data)))
    renderApp('/')
    const notice = await screen.findByRole('region', { name: /Some of the data needs attention/ })
    expect(notice).toHaveTextContent(
      new RegExp(
        `Not shown: 1 period, \\d+ targets, ${cells} values and \\d+ notes, because of the problems listed below\\. Everything else is shown\\.`,
      ),
    )
    expect(notice).toHaveTextContent(`field periods[${q1}].label: Must not be blank. This period was not loaded`)
    expect(screen.getByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })
})
