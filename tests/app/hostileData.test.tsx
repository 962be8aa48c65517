// Issue 12: data that broke whole views. Each case failed on the code before
// the fix (the error screen, "This page could not be shown."); the fuzz in
// tests/properties covers the classes, these are the cases first reproduced.
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { readSeedText } from '../support/seedFiles'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
const ERROR_SCREEN = 'This page could not be shown.'

/** Serves the seed files with the main one changed by `change`. */
function serveChanged(
  change: (data: { indicators: { ref: string; values: { kind: string; number?: number; printed?: string; period: string }[] }[] }) => void,
) {
  serveSeeds()
  const data = JSON.parse(readSeedText(MAIN))
  change(data)
  server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(data)))
}

beforeEach(() => {
  localStorage.clear()
  vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports what a boundary caught
})
afterEach(() => vi.restoreAllMocks())

describe('no figure or ref breaks a view', () => {
  it.each(['constructor', 'toString', '__proto__'])('an indicator with the ref %s: /update draws, with its entry', async (ref) => {
    serveChanged((data) => {
      data.indicators[0]!.ref = ref
    })
    renderApp('/update')
    expect(await screen.findByRole('heading', { level: 1, name: 'Update the scorecard' }, { timeout: 10_000 })).toBeInTheDocument()
    expect(screen.queryByText(ERROR_SCREEN)).not.toBeInTheDocument()
    expect(screen.getByRole('group', { name: new RegExp(`^${ref} `) })).toBeInTheDocument()
  })

  it.each(['/scorecard', '/indicator/G1', '/print', '/cohort/cared-for-children', '/update', '/present?deck=all&slide=1'])(
    'a figure printed with 25 decimals: %s draws, and the figure is refused with a message',
    async (path) => {
      serveChanged((data) => {
        const cell = data.indicators.find((i) => i.ref === 'G1')!.values.find((v) => v.kind === 'number' && v.period === '2018-19-Q2')!
        cell.printed = `${cell.number}.${'0'.repeat(25)}`
      })
      renderApp(path)
      // A deck being presented fills the window, without the notice.
      const presenting = path.startsWith('/present')
      if (presenting) await screen.findByRole('navigation', { name: 'Slides' }, { timeout: 10_000 })
      else await screen.findByRole('heading', { level: 1 }, { timeout: 10_000 })
      expect(screen.queryByText(ERROR_SCREEN)).not.toBeInTheDocument()
      if (!presenting) expect(screen.getByText(/Has more than 20 decimal places, more than can be shown/)).toBeInTheDocument()
    },
  )
})
