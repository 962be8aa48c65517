// Network faults: each gives a clear message saying what went wrong and what
// to do, retry works, the last good data stays, and nothing is thrown to the console.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { loadScorecard } from '../../src/data/loadScorecard'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { readManifest, readSeedText } from '../support/seedFiles'
import { syntheticScorecard } from '../../scripts/lib/syntheticScorecard'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
let consoleError: MockInstance

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  expect(consoleError).not.toHaveBeenCalled()
  consoleError.mockRestore()
})

async function expectAlert(text: RegExp) {
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(text)
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  return alert
}

describe('network faults on the file list', () => {
  it('HTTP 500: says the server could not send it and offers a retry that works', async () => {
    let fail = true
    serveSeeds()
    server.use(
      http.get('*/data/manifest.json', () => (fail ? new HttpResponse('oops', { status: 500 }) : HttpResponse.json(readManifest()))),
    )
    renderApp('/')
    const alert = await expectAlert(/The server could not send manifest\.json \(HTTP 500/)
    expect(alert).toHaveTextContent(/Try again; if it keeps happening/)
    fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })

  it('HTTP 404: says the file was not found and the address may be wrong', async () => {
    server.use(http.get('*/data/manifest.json', () => new HttpResponse(null, { status: 404 })))
    renderApp('/')
    await expectAlert(/manifest\.json was not found on the server \(HTTP 404\)\. The address of the data may be wrong/)
  })

  it('HTML instead of JSON: says a web page arrived instead of data', async () => {
    server.use(http.get('*/data/manifest.json', () => HttpResponse.html('<!doctype html><title>Sign in</title>')))
    renderApp('/')
    await expectAlert(/sent a web page instead of the file list manifest\.json/)
  })

  it('truncated JSON: says the file list is damaged', async () => {
    server.use(
      http.get(
        '*/data/manifest.json',
        () => new HttpResponse('{"files": ["corporate-par', { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    renderApp('/')
    await expectAlert(/The file list manifest\.json is damaged \(not valid JSON\)/)
  })

  it('a timeout: gives up and says how long it waited', async () => {
    server.use(
      http.get('*/data/manifest.json', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    await expect(loadScorecard('/data/manifest.json', { timeoutMs: 300 })).rejects.toThrow(
      /manifest\.json took longer than 0\.3 seconds to arrive\. Try again/,
    )
  })
})

describe('network faults on one data file', () => {
  it('a truncated data file is named, and the other files still show', async () => {
    serveSeeds()
    server.use(
      http.get(
        `*/data/${MAIN}`,
        () => new HttpResponse(readSeedText(MAIN).slice(0, 5000), { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    renderApp('/')
    const notice = await screen.findByRole('region', { name: /Some of the data needs attention/ })
    expect(notice).toHaveTextContent(`${MAIN}`)
    expect(notice).toHaveTextContent('not valid JSON')
    expect(screen.getByRole('table', { name: /by section/ })).toHaveTextContent('Sufficiency')
  })

  it('a file where half the indicators are invalid shows the valid half and counts the problems', async () => {
    serveSeeds()
    const data = JSON.parse(readSeedText(MAIN))
    data.indicators.forEach((indicator: { polarity: string }, i: number) => {
      if (i % 2 === 1) indicator.polarity = 'upside-down'
    })
    server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(data)))
    renderApp('/scorecard')
    // 28 bad indicators, plus 9 earlier-figure additions whose indicators were not loaded.
    const notice = await screen.findByRole('region', { name: /Some of the data needs attention: 37 problems/ })
    expect(notice).toHaveTextContent(/indicator G2, field polarity: Invalid option: .*This indicator was not loaded\./)
    expect(await screen.findByRole('table', { name: /as at/ })).toHaveTextContent('Number of cared for children')
  })

  it('a 20 MB file loads (or would be reported), without a blank screen', async () => {
    const big = JSON.stringify(syntheticScorecard(5000, 40))
    expect(big.length).toBeGreaterThan(20_000_000)
    server.use(
      http.get('*/data/manifest.json', () => HttpResponse.json({ files: ['big.json'] })),
      http.get('*/data/big.json', () => new HttpResponse(big, { headers: { 'Content-Type': 'application/json' } })),
    )
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 30_000 })).toHaveTextContent('How are we doing')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  }, 60_000)
})

describe('a failed refresh', () => {
  it('keeps the last good data on screen with a notice and a retry', async () => {
    serveSeeds()
    const { queryClient } = renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
    server.use(http.get('*/data/manifest.json', () => HttpResponse.html('<html>maintenance</html>')))
    await queryClient.refetchQueries()
    const alert = await waitFor(() => expectAlert(/The latest refresh failed/))
    expect(alert).toHaveTextContent(/web page instead/)
    expect(screen.getByRole('heading', { level: 1, name: /Q2 2018-19/ })).toBeInTheDocument()
  })
})
