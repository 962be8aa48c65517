#!/usr/bin/env node
// `npm run official-stats`: converts ../shared/official-stats into the app's
// official dataset in public/official/ (see docs/official-data-format.md).
//
// Usage: node scripts/official-stats/run.mjs [--check] [--out DIR] [--shared DIR]
//   --check: build in memory and exit 1 if any file on disk differs, is missing or is extra.
//
// The conversion is TypeScript (it shares the dataset's types with the app);
// Vite's module runner loads it, so Node 20 runs it with what is installed.
import { runnerImport } from 'vite'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const argValue = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback
}
const outDir = argValue('--out', resolve(ROOT, 'public/official'))
const sharedDir = argValue('--shared', resolve(ROOT, '../shared/official-stats'))
const check = process.argv.includes('--check')

const { module } = await runnerImport(resolve(ROOT, 'scripts/official-stats/officialStatsCommand.ts'), {
  configFile: false,
  logLevel: 'error',
})
const ok = await module.runOfficialStats({ sharedDir, outDir, check, log: console.log, error: console.error })
process.exit(ok ? 0 : 1)
