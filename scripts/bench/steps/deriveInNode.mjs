// Step: parse + validate + derive in Node for synthetic scorecards, timed with
// the app's own domain code (loaded through Vite): the median of several runs
// after one warm-up run.
import { performance } from 'node:perf_hooks'
import { withAppModules } from '../../lib/appModules.mjs'
import { atMost, median, printFigures, round } from '../figures.mjs'
import { SYNTHETIC_PERIODS, syntheticScorecardJson } from '../syntheticData.mjs'

// Aim from issue 15 ("Close to the floor"): RAG, direction and summaries for
// 10,000 indicators × 40 periods in at most 100 ms.
const DERIVE_FLOORS = { 10000: atMost(100) }

export const deriveInNode = {
  name: 'derive',
  title: `Parse, validate and derive in Node (median; ${SYNTHETIC_PERIODS} periods)`,
  async run({ quick }) {
    const sizes = quick ? [60, 1000] : [60, 1000, 10000]
    const jsonBySize = await syntheticScorecardJson(sizes)
    const derive = await withAppModules(async (load) => {
      const domain = {
        ...(await load('/src/domain/parseScorecard.ts')),
        ...(await load('/src/domain/mergeScorecards.ts')),
        ...(await load('/src/domain/summarise.ts')),
        ...(await load('/src/domain/reportingPoints.ts')),
        ...(await load('/src/domain/assessIndicator.ts')),
        ...(await load('/src/domain/buildQuarterSummary.ts')),
        ...(await load('/src/domain/findExceptions.ts')),
      }
      console.log('indicators   JSON MB   parse+validate ms   derive ms   total ms   runs')
      const rows = {}
      for (const size of sizes) {
        const runs = quick ? 1 : size >= 10000 ? 5 : 9
        const row = timeParseAndDerive(domain, jsonBySize.get(size), runs)
        rows[size] = row
        console.log(
          `${String(size).padStart(10)} ${String(row.jsonMB).padStart(9)} ${String(row.parseMs).padStart(19)} ${String(row.deriveMs).padStart(11)} ${String(row.totalMs).padStart(10)} ${String(runs).padStart(6)}`,
        )
      }
      return rows
    })
    const floored = sizes.filter((size) => DERIVE_FLOORS[size])
    if (floored.length > 0) {
      console.log('')
      printFigures(floored.map((size) => ({ figure: `derive ms at ${size}`, value: derive[size].deriveMs, floor: DERIVE_FLOORS[size] })))
    }
    return { derive }
  },
}

function timeParseAndDerive(domain, json, runs) {
  const { parseScorecardJson, mergeScorecards, reportingPoints, defaultPoint, assessScorecard, summariseBySection, summariseByCohort } =
    domain
  const { buildQuarterSummary, findExceptions, hasEntry } = domain
  const parseTimes = []
  const deriveTimes = []
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now()
    const { scorecard } = parseScorecardJson(json, 'synthetic.json')
    const merged = mergeScorecards([{ file: 'synthetic.json', scorecard }]).scorecard
    const t1 = performance.now()
    // As the views do: the reporting points, then the one most indicators have reached.
    const periodId = defaultPoint(reportingPoints(merged))?.point.id
    const assessments = assessScorecard(merged, periodId).filter(hasEntry)
    summariseBySection(assessments, merged.sections)
    summariseByCohort(assessments)
    buildQuarterSummary(assessments, merged.periods.at(-1))
    findExceptions(assessments)
    const t2 = performance.now()
    if (i === 0) continue // warm-up
    parseTimes.push(t1 - t0)
    deriveTimes.push(t2 - t1)
  }
  const row = { jsonMB: round(json.length / 1e6, 2), parseMs: round(median(parseTimes)), deriveMs: round(median(deriveTimes)), runs }
  row.totalMs = round(row.parseMs + row.deriveMs)
  return row
}
