// A small browser-test runner: serves the production build with `vite preview`,
// drives Debian's Chromium through playwright-core, and checks every page it
// visits with axe (WCAG 2.2 AA rules). Screenshots go to .ci-out/screenshots.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { findChromium } from '../../scripts/lib/chromium.mjs'
import { launchChromium, startPreview } from '../../scripts/lib/browser.mjs'

export const SCREENSHOT_DIR = '.ci-out/screenshots'
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const tests = []
export function test(name, fn) {
  tests.push({ name, fn })
}

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) throw new AssertionError(message)
}
export function assertEqual(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new AssertionError(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
  }
}

/** Runs axe on the page and fails on any violation, listing each with its nodes. */
export async function expectNoAxeViolations(page, label) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const lines = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  )
  assert(violations.length === 0, `axe found ${violations.length} violation(s) on ${label}:\n  ${lines.join('\n  ')}`)
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

// BROWSER_TEST_PORT lets two checkouts run their browser tests at once.
export async function run({ port = Number(process.env.BROWSER_TEST_PORT) || 4180 } = {}) {
  const executablePath = findChromium()
  const { server, url } = await startPreview(port)
  const { context, close } = await launchChromium(executablePath)
  let passed = 0
  let failed = 0
  try {
    // BROWSER_TEST_ONLY (a regular expression) runs the tests whose names match it, for hunting a test's neighbour.
    const only = process.env.BROWSER_TEST_ONLY ? new RegExp(process.env.BROWSER_TEST_ONLY) : null
    for (const { name, fn } of tests.filter((t) => !only || only.test(t.name))) {
      const page = await context.newPage()
      const consoleErrors = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text())
      })
      page.on('pageerror', (error) => consoleErrors.push(String(error)))
      // Any Content-Security-Policy violation fails the test too.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
      })
      // Pages first paint prerendered HTML whose controls do nothing until the
      // app has started; tests act on the app, so goto and reload wait for it,
      // unless a test asks for an earlier moment with `waitUntil`.
      for (const method of ['goto', 'reload']) {
        const original = page[method].bind(page)
        page[method] = async (...args) => {
          const options = method === 'goto' ? args[1] : args[0]
          const response = await original(...args)
          if (!options?.waitUntil)
            await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 30_000 })
          return response
        }
      }
      const started = Date.now()
      try {
        await fn({ page, baseUrl: url, context })
        assert(consoleErrors.length === 0, `console errors:\n  ${consoleErrors.join('\n  ')}`)
        passed++
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
      } catch (error) {
        failed++
        console.log(
          `  ✗ ${name}\n    ${String(error?.stack ?? error)
            .split('\n')
            .join('\n    ')}`,
        )
        await screenshot(page, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => {})
      } finally {
        await page.close()
      }
    }
  } finally {
    await close()
    server.kill()
  }
  console.log(`browser: ${passed} passed, ${failed} failed`)
  return { passed, failed }
}
