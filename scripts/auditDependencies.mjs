// `npm audit --omit=dev`: fails on high or critical advisories in what the app
// ships. When the registry's audit service cannot be reached (this sandbox's
// registry answers 405), it says so plainly and does not pretend to have checked.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = undefined
}
const endpointError = !report || report.error || /audit endpoint returned an error/.test(run.stderr ?? '')
if (endpointError) {
  const reason = report?.statusCode ? `HTTP ${report.statusCode}` : 'no reply'
  console.log(`audit: UNAVAILABLE, the registry's audit service did not answer (${reason}); dependencies were not checked.`)
  process.exit(0)
}
const counts = report.metadata?.vulnerabilities ?? {}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(
  `audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low (production dependencies)`,
)
process.exit(serious > 0 ? 1 : 0)
