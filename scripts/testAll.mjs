// `npm test`: type check, lint, unit and component tests, production build, browser
// tests. Runs every stage even when one fails, then prints one closing line,
// "N passed, N failed", counting tests (a failed type check or build counts as
// one failure).
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs'

const OUT = '.ci-out'
mkdirSync(OUT, { recursive: true })
const bin = (name) => `node_modules/.bin/${name}`
const results = []

function stage(name, command, args, count) {
  console.log(`\n=== ${name} ===`)
  const started = Date.now()
  const run = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: process.env })
  process.stdout.write(run.stdout ?? '')
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counted = count ? count(run) : { passed: 0, failed: 0 }
  if (run.status !== 0 && counted.failed === 0) counted.failed = 1
  results.push({ name, seconds, ...counted, ok: run.status === 0 })
  return run.status === 0
}

stage('type check (tsc -b)', bin('tsc'), ['-b'])
stage('lint (eslint)', bin('eslint'), ['.'])
stage('format check (prettier)', bin('prettier'), ['--check', '.'])

const vitestJson = `${OUT}/vitest.json`
rmSync(vitestJson, { force: true })
stage(
  'unit and component tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  () => {
    if (!existsSync(vitestJson)) return { passed: 0, failed: 1 }
    const report = JSON.parse(readFileSync(vitestJson, 'utf8'))
    return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0) }
  },
)

const built = stage('production build (vite build)', bin('vite'), ['build'])

if (built) {
  stage('browser tests (Chromium + axe)', process.execPath, ['tests/browser/run.mjs'], (run) => {
    const match = /^browser: (\d+) passed, (\d+) failed$/m.exec(run.stdout ?? '')
    return match ? { passed: Number(match[1]), failed: Number(match[2]) } : { passed: 0, failed: 1 }
  })
} else {
  results.push({ name: 'browser tests (skipped: build failed)', seconds: '0', passed: 0, failed: 1, ok: false })
}

console.log('\n=== summary ===')
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds}s)`)
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
