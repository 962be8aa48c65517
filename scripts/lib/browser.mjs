// Serving the production build and starting Debian's Chromium: shared by the
// browser tests (tests/browser) and the benchmark (scripts/bench). The `with…`
// helpers stop what they started even when the work in between throws, so a
// failed run leaves no server or Chromium behind.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'

/** Serves dist/ with `vite preview` on 127.0.0.1 and waits until it answers. */
export async function startPreview(port) {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  server.stdout.on('data', (d) => (output += d))
  server.stderr.on('data', (d) => (output += d))
  const url = `http://127.0.0.1:${port}`
  // Up to 30 s: on a busy 2-core machine the first answer can take a while.
  for (let i = 0; i < 300; i++) {
    try {
      const response = await fetch(url)
      if (response.ok) return { server, url }
    } catch {
      // not up yet
    }
    if (server.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 100))
  }
  server.kill()
  throw new Error(`vite preview did not start on ${url}:\n${output}`)
}

/** Stops a server from `startPreview` and waits until it has exited, so its port is free again. */
export async function stopPreview(server) {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  server.kill()
  await exited
}

/** Runs `use({ url })` against `vite preview` on `port`, then stops the server. */
export async function withPreview(port, use) {
  const { server, url } = await startPreview(port)
  try {
    return await use({ url })
  } finally {
    await stopPreview(server)
  }
}

/** Runs `use({ url, context })` with the preview server and a fresh Chromium, then closes both. */
export async function withPreviewAndChromium(port, use) {
  return withPreview(port, async ({ url }) => {
    const { context, close } = await launchChromium()
    try {
      return await use({ url, context })
    } finally {
      await close()
    }
  })
}

/** Debian's Chromium with a fresh throw-away profile. */
export async function launchChromium(executablePath = findChromium()) {
  const profile = mkdtempSync(join(tmpdir(), 'scorecard-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  })
  const close = async () => {
    try {
      await context.close()
    } finally {
      rmSync(profile, { recursive: true, force: true })
    }
  }
  return { context, close }
}
