// `npm run bench`: measures size and speed and prints a table per step, then
// one JSON line with every figure. Not a test: nothing here passes or fails
// on a time, and a floor beside a figure only prints whether it was met.
//   --quick         small sizes, one run each, no Lighthouse (CI runs this to prove it works)
//   --only=a,b      only the named steps (their names are below)
//   BENCH_PORT=N    port for the preview server (default 4182), so two checkouts can run at once
// Needs a production build (`npm run build`).
//
// Each step is one module in steps/: `{ name, title, skipWhenQuick?, run({ quick, port }) }`,
// where run prints its table and returns its figures under their JSON keys,
// and stops whatever server or browser it started, even when it fails. To add
// a step, write its module and add it to STEPS; the JSON keys follow the order
// of STEPS.
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromiumTimings } from './steps/chromiumTimings.mjs'
import { deriveInNode } from './steps/deriveInNode.mjs'
import { largeLoad } from './steps/largeLoad.mjs'
import { lcpAgainstStaticTable } from './steps/lcpAgainstStaticTable.mjs'
import { lighthouse } from './steps/lighthouse.mjs'
import { officialData } from './steps/officialData.mjs'
import { routeSizes } from './steps/routeSizes.mjs'

const STEPS = [deriveInNode, routeSizes, chromiumTimings, largeLoad, officialData, lcpAgainstStaticTable, lighthouse]

const quick = process.argv.includes('--quick')
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
const port = Number(process.env.BENCH_PORT) || 4182

const unknown = (only ?? []).filter((name) => !STEPS.some((step) => step.name === name))
if (unknown.length > 0) {
  console.error(`bench: no step named ${unknown.join(', ')}; the steps are ${STEPS.map((step) => step.name).join(', ')}.`)
  process.exit(1)
}
if (!existsSync('dist/index.html')) {
  console.error('bench: no production build; run `npm run build` first.')
  process.exit(1)
}

const steps = STEPS.filter((step) => (only ? only.includes(step.name) : !(quick && step.skipWhenQuick)))
// Times depend on what else the machine runs: the load average (1, 5, 15 minutes) is printed beside them.
const load = () => loadavg().map((x) => Math.round(x * 100) / 100)
const machine = { cores: cpus().length, loadAtStart: load() }
console.log(`Machine: ${machine.cores} cores, load average ${machine.loadAtStart.join(', ')}`)
const figures = {}
for (const [index, step] of steps.entries()) {
  console.log(`\n${index + 1}. ${step.title}`)
  try {
    Object.assign(figures, await step.run({ quick, port }))
  } catch (error) {
    console.error(`\nbench: step "${step.name}" failed:`, error)
    process.exit(1)
  }
}

machine.loadAtEnd = load()
console.log(`\nMachine: load average at the end ${machine.loadAtEnd.join(', ')}`)
console.log('\nAll figures:')
console.log(JSON.stringify({ bench: quick ? 'quick' : 'full', machine, ...figures }))
// The figures are out: exit now rather than wait on any handle a library leaves open.
process.exit(0)
