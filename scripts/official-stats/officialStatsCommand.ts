// What `npm run official-stats` does: build, then write the files or, with
// --check, compare them with the committed ones; print the report and sizes.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { buildOfficialFiles, type ConversionReport } from './buildOfficialFiles'
import { COMPARE_BUDGET, MEASURE_BUDGET, viewSizes } from './viewBudgets'

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
}

/** Files that differ from, are missing from, or are extra in `dir`, as messages. */
export function differencesFromDisk(files: ReadonlyMap<string, string>, dir: string): string[] {
  const problems: string[] = []
  for (const [path, text] of files) {
    const full = join(dir, path)
    if (!existsSync(full)) problems.push(`missing: ${path}`)
    else if (readFileSync(full, 'utf8') !== text) problems.push(`differs: ${path}`)
  }
  for (const path of listFiles(dir)) if (!files.has(path)) problems.push(`not made by the conversion: ${path}`)
  return problems
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

function printReport(report: ConversionReport, log: (line: string) => void) {
  log(`measures converted: ${report.measures}`)
  for (const [topic, n] of Object.entries(report.byTopic)) log(`  ${topic}: ${n}`)
  log('year texts in the parquet (all measures), by shape and Year_Type:')
  for (const s of report.yearShapes)
    log(`  ${s.shape.padEnd(14)} ${s.yearType.padEnd(21)} e.g. "${s.example}" → ${s.label} (${s.measures} measures)`)
  for (const d of report.droppedYearTexts) log(`  dropped: ${d}`)
  const compared = report.crossChecks.reduce((n, c) => n + c.compared, 0)
  log(
    `EES cross-checks: ${report.crossChecks.length} measures, ${compared} figures compared, ${report.disagreements} disagreements (both kept)`,
  )
  for (const c of report.crossChecks.filter((c) => c.disagreed > 0)) log(`  ${c.code}: ${c.disagreed} of ${c.compared} disagree`)
}

export async function runOfficialStats(options: {
  sharedDir: string
  outDir: string
  check: boolean
  log: (line: string) => void
  error: (line: string) => void
}): Promise<boolean> {
  const { sharedDir, outDir, check, log, error } = options
  if (!existsSync(sharedDir)) {
    error(`${sharedDir} not found: the official statistics are read from ../shared/official-stats`)
    return false
  }
  const { files, report } = await buildOfficialFiles(sharedDir)
  printReport(report, log)

  const sizes = viewSizes(files)
  const largest = (prefix: string) => [...sizes.file].filter(([p]) => p.startsWith(prefix)).sort((a, b) => b[1] - a[1])[0]
  log(
    `files: ${files.size}; gzipped: index.json ${kB(sizes.file.get('index.json')!)}, neighbours.json ${kB(sizes.file.get('neighbours.json')!)}, measures.json ${kB(sizes.file.get('measures.json')!)}, latest.json ${kB(sizes.file.get('latest.json')!)}`,
  )
  for (const prefix of ['la/', 'la-2021/', 'measure/']) {
    const [path, bytes] = largest(prefix) ?? ['none', 0]
    log(`  largest ${prefix}: ${path} ${kB(bytes)}`)
  }
  log(`data per view: /compare at most ${kB(sizes.compare[0]!.bytes)} (${sizes.compare[0]!.view}; budget ${kB(COMPARE_BUDGET)})`)
  log(`               one measure at most ${kB(sizes.measure[0]!.bytes)} (${sizes.measure[0]!.view}; budget ${kB(MEASURE_BUDGET)})`)
  const over = [...sizes.compare.filter((v) => v.bytes > COMPARE_BUDGET), ...sizes.measure.filter((v) => v.bytes > MEASURE_BUDGET)]
  if (over.length)
    error(
      `over budget (${over.length} views): ${over
        .slice(0, 5)
        .map((v) => `${v.view} ${kB(v.bytes)}`)
        .join(', ')}`,
    )

  if (check) {
    const problems = differencesFromDisk(files, outDir)
    if (problems.length) {
      error(`${outDir} does not match what ../shared/official-stats gives (${problems.length} files); rerun \`npm run official-stats\`:`)
      for (const p of problems.slice(0, 20)) error(`  ${p}`)
      return false
    }
    log(`${outDir} is up to date (${files.size} files)`)
    return over.length === 0
  }
  rmSync(outDir, { recursive: true, force: true })
  for (const [path, text] of files) {
    const full = join(outDir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
  log(`wrote ${files.size} files to ${outDir}`)
  return over.length === 0
}
