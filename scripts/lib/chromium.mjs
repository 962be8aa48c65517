// Finds Debian's Chromium for the browser tests: CHROME_PATH, else
// /usr/bin/chromium; when neither exists and we are root with apt-get,
// installs the chromium package; otherwise stops with one line saying how.
import { ensureDebianTool } from './debianTools.mjs'
import { existsSync } from 'node:fs'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean)
  const found = candidates.find((p) => existsSync(p))
  if (found) return found
  if (ensureDebianTool('chromium', 'chromium') && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  console.error(
    'browser tests: no Chromium found. Install it (as root: apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.',
  )
  process.exit(1)
}
