// The size budgets, in gzipped bytes of data per view: a council's
// /compare page loads index.json, measures.json, latest.json and
// la/<LA number>.json; a measure's all-council page loads index.json,
// neighbours.json and measure/<file>.json. Both the conversion and a test
// measure them.
import { gzipSync } from 'node:zlib'

export const COMPARE_BUDGET = 60 * 1024
export const MEASURE_BUDGET = 20 * 1024
const SHARED_BY_COMPARE = ['index.json', 'measures.json', 'latest.json']
const SHARED_BY_MEASURE = ['index.json', 'neighbours.json']

export const gzippedSize = (text: string) => gzipSync(Buffer.from(text, 'utf8')).length

export type ViewSize = { view: string; files: string[]; bytes: number }

/** Gzipped data per view for every council and every measure, largest first. */
export function viewSizes(files: ReadonlyMap<string, string>): { compare: ViewSize[]; measure: ViewSize[]; file: Map<string, number> } {
  const file = new Map<string, number>()
  for (const [path, text] of files) file.set(path, gzippedSize(text))
  const total = (paths: string[]) => paths.reduce((n, p) => n + (file.get(p) ?? 0), 0)
  const compare: ViewSize[] = []
  const measure: ViewSize[] = []
  for (const path of files.keys()) {
    const council = /^la\/(\d+)\.json$/.exec(path)
    if (council)
      compare.push({ view: `/compare?la=${council[1]}`, files: [...SHARED_BY_COMPARE, path], bytes: total([...SHARED_BY_COMPARE, path]) })
    if (path.startsWith('measure/'))
      measure.push({ view: path, files: [...SHARED_BY_MEASURE, path], bytes: total([...SHARED_BY_MEASURE, path]) })
  }
  const bySize = (a: ViewSize, b: ViewSize) => b.bytes - a.bytes
  return { compare: compare.sort(bySize), measure: measure.sort(bySize), file }
}
