// Step: reading and deriving in Node for synthetic scorecards, timed with the
// app's own domain code (loaded through Vite): JSON.parse alone, then parse +
// validate (+ merge) of the same text, then deriving (RAG, direction,
// summaries) from the parsed scorecard, each the median of several runs after
// one warm-up run, in the same process. The sizes make the scale curve: the
// cost per indicator at 10,000 against 1,000 says whether it grows linearly.
import { performance } from 'node:perf_hooks'
import { withAppModules } from '../../lib/appModules.mjs'
import { atMost, growthRatio, LINEAR_TOLERANCE, median, printFigures, round } from '../figures.mjs'
import { SYNTHETIC_PERIODS, syntheticScorecardJson } from '../syntheticData.mjs'

// Aims from issue 15 ("Close to the floor"): parse + validate within 2× JSON.parse
// of the same bytes at 1,000 and 10,000 indicators; RAG, direction and summaries
// for 10,000 indicators × 40 periods in at most 100 ms; no cost growing faster than the data.
const READ_RATIO_FLOOR = atMost(2)
const DERIVE_FLOORS = { 10000: atMost(100) }
const LINEAR = atMost(LINEAR_TOLERANCE)

export const deriveInNode = {
  name: 'derive',
  title: `Read (JSON.parse, parse + validate) and derive in Node (median; ${SYNTHETIC_PERIODS} periods)`,
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
      console.log('indicators   JSON MB   JSON.parse ms   parse+validate ms   ratio   derive ms   total ms   runs')
      const rows = {}
      for (const size of sizes) {
        const runs = quick ? 1 : size >= 10000 ? 5 : 9
        const row = timeParseAndDerive(domain, jsonBySize.get(size), runs)
        rows[size] = row
        const cells = [size, row.jsonMB, row.jsonParseMs, row.parseMs, row.parseRatio, row.deriveMs, row.totalMs, runs]
        const widths = [10, 9, 15, 19, 7, 11, 10, 6]
        console.log(cells.map((c, i) => String(c).padStart(widths[i])).join(' '))
      }
      return rows
    })
    const figures = []
    for (const size of sizes.filter((s) => s >= 1000)) {
      figures.push({ figure: `parse+validate / JSON.parse at ${size}`, value: derive[size].parseRatio, floor: READ_RATIO_FLOOR })
    }
    for (const size of sizes.filter((s) => DERIVE_FLOORS[s])) {
      figures.push({ figure: `derive ms at ${size}`, value: derive[size].deriveMs, floor: DERIVE_FLOORS[size] })
    }
    const largest = sizes.at(-1)
    const scale = {
      parseGrowth: growthRatio(1000, derive[1000].parseMs, largest, derive[largest].parseMs),
      deriveGrowth: growthRatio(1000, derive[1000].deriveMs, largest, derive[largest].deriveMs),
    }
    if (largest > 1000) {
      figures.push({ figure: `parse+validate per indicator, ${largest} vs 1000`, value: scale.parseGrowth, floor: LINEAR })
      figures.push({ figure: `derive per indicator, ${largest} vs 1000`, value: scale.deriveGrowth, floor: LINEAR })
    }
    console.log('')
    printFigures(figures)
    if (largest > 1000) {
      const linear = scale.parseGrowth <= LINEAR_TOLERANCE && scale.deriveGrowth <= LINEAR_TOLERANCE
      scale.verdict = linear ? 'linear' : 'worse than linear'
      console.log(`Scale: cost per indicator from 1,000 to ${largest.toLocaleString('en-GB')} indicators is ${scale.verdict}.`)
    }
    return { derive, ...(largest > 1000 ? { scaleNode: scale } : {}) }
  },
}

function timeParseAndDerive(domain, json, runs) {
  const { parseScorecardJson, mergeScorecards, reportingPoints, defaultPoint, assessScorecard, summariseBySection, summariseByCohort } =
    domain
  const { buildQuarterSummary, findExceptions, hasEntry } = domain
  const jsonTimes = []
  const parseTimes = []
  const deriveTimes = []
  let merged
  for (let i = 0; i < runs + 1; i++) {
    merged = undefined
    const t0 = performance.now()
    JSON.parse(json)
    const t1 = performance.now()
    const { scorecard } = parseScorecardJson(json, 'synthetic.json')
    merged = mergeScorecards([{ file: 'synthetic.json', scorecard }]).scorecard
    const t2 = performance.now()
    if (i === 0) continue // warm-up
    jsonTimes.push(t1 - t0)
    parseTimes.push(t2 - t1)
  }
  // Deriving from the parsed scorecard, as the views do once it has loaded: the reporting points, then the one most indicators have reached.
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now()
    const periodId = defaultPoint(reportingPoints(merged))?.point.id
    const assessments = assessScorecard(merged, periodId).filter(hasEntry)
    summariseBySection(assessments, merged.sections)
    summariseByCohort(assessments)
    buildQuarterSummary(assessments, merged.periods.at(-1))
    findExceptions(assessments)
    const t1 = performance.now()
    if (i > 0) deriveTimes.push(t1 - t0)
  }
  const row = {
    jsonMB: round(json.length / 1e6, 2),
    jsonParseMs: round(median(jsonTimes)),
    parseMs: round(median(parseTimes)),
    deriveMs: round(median(deriveTimes)),
    runs,
  }
  row.parseRatio = round(row.parseMs / row.jsonParseMs, 2)
  row.totalMs = round(row.parseMs + row.deriveMs)
  return row
}
