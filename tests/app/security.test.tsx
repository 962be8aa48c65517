// Text from data files is shown as text: HTML and script in titles and
// commentary never become markup, on any page that shows them.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../support/mswServer'
import { renderApp, serveSeeds } from '../support/renderApp'
import { readSeedText } from '../support/seedFiles'

const MAIN = 'corporate-parenting-scorecard-2018-19-q2.json'
const TITLE_PAYLOAD = '<script>window.__xss = 1</script>Adoption days'
const COMMENT_PAYLOAD = '<img src="x" onerror="window.__xss = 2">Rated amber <b>bold?</b>'

function serveHostileSeed() {
  serveSeeds()
  const data = JSON.parse(readSeedText(MAIN))
  const p317 = data.indicators.find((i: { ref: string }) => i.ref === 'P3.17')
  p317.title = TITLE_PAYLOAD
  p317.commentary[0].text = COMMENT_PAYLOAD
  server.use(http.get(`*/data/${MAIN}`, () => HttpResponse.json(data)))
}

describe('hostile text in the data', () => {
  it.each(['/indicator/P3.17', '/scorecard', '/', '/cohort/cared-for-children'])('renders as text on %s', async (path) => {
    serveHostileSeed()
    const { container } = renderApp(path)
    await screen.findByRole('heading', { level: 1 })
    if (path !== '/') expect((await screen.findAllByText(/<script>window\.__xss = 1<\/script>Adoption days/)).length).toBeGreaterThan(0)
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('img[src="x"]')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect((window as { __xss?: number }).__xss).toBeUndefined()
  })

  it('shows the commentary payload literally on the indicator page', async () => {
    serveHostileSeed()
    renderApp('/indicator/P3.17')
    expect(await screen.findByText(COMMENT_PAYLOAD)).toBeInTheDocument()
  })
})

describe('source code', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../src')
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : [path]
    })

  it('never injects raw HTML', () => {
    const offenders = files(root).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })
})
