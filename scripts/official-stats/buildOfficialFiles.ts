// Builds the app's official dataset (public/official/) from
// ../shared/official-stats, in memory: file path → JSON text, plus a report
// of what was converted. Writing or checking the files is run.mjs's job.
import { join } from 'node:path'
import {
  DEFAULT_NEIGHBOUR_MODEL,
  measureFileStem,
  OFFICIAL_FORMAT,
  THEMES,
  type CouncilFile,
  type CrossCheck,
  type Disagreement,
  type ExtraNeighboursFile,
  type LatestFile,
  type MeasureCatalogue,
  type MeasureFile,
  type NeighboursFile,
  type NeighbourModel,
  type OfficialArea,
  type OfficialIndex,
  type OfficialMeasure,
  type OfficialPeriod,
  type OfficialValue,
  type Polarity,
  type SourceRef,
} from '../../src/domain/official/officialDataset'
import { compareFigures, CROSS_CHECKS, laitAreaOfEesRow, laitYearOfEesPeriod } from './crossChecks'
import { CONVERTED_TOPICS, themeOf } from './measureThemes'
import { unitOfAxisName } from './measureUnit'
import { excelDayToIso, readDps, readEesValue, readLaitValue } from './officialValue'
import {
  readBds,
  readCsv,
  readDictionary,
  readLaCodes,
  readNeighbourGroups,
  type BdsRow,
  type CsvRow,
  type NeighbourGroup,
} from './readSources'
import { periodOfYearText } from './yearTextPeriod'

// Provenance, from ../shared/official-stats/README.md.
const LAIT_REPO = 'dfe-analytical-services/local-authority-interactive-tool'
const LAIT_COMMIT = '2e30e3959a6ab8b2d22941b84764da41a40ac91b'
const LAIT_FOLDER = '01_data/02_prod/'
const EES_REPO = 'dfe-analytical-services/CSC_outcomes_and_enablers'
const EES_COMMIT = '2f5d11a431050523dab58810083259d3313029ae'

export const SOURCES: SourceRef[] = [
  { id: 'lait', file: 'bds_long_0.parquet', folder: LAIT_FOLDER, repository: LAIT_REPO, commit: LAIT_COMMIT },
  { id: 'lait-dictionary', file: 'lait_data_dictionary.csv', folder: LAIT_FOLDER, repository: LAIT_REPO, commit: LAIT_COMMIT },
  { id: 'sn-2025', file: 'sn_may_2025.xlsx', folder: LAIT_FOLDER, repository: LAIT_REPO, commit: LAIT_COMMIT },
  { id: 'sn-2021', file: 'sn_april_2021.xlsx', folder: LAIT_FOLDER, repository: LAIT_REPO, commit: LAIT_COMMIT },
  { id: 'la-codes', file: 'la_code_list.xlsx', folder: LAIT_FOLDER, repository: LAIT_REPO, commit: LAIT_COMMIT },
  {
    id: 'ees',
    file: '*.csv',
    folder: 'data-raw/',
    repository: EES_REPO,
    commit: EES_COMMIT,
    note: 'The statistical releases’ underlying data: ONS codes of areas, and the cross-checks named on each measure.',
  },
]

const ENGLAND = 970
const LONDON = 986
const LONDON_PARTS: Record<string, number> = { 'Inner London': 987, 'Outer London': 988 }

export type ConversionReport = {
  measures: number
  byTopic: Record<string, number>
  yearShapes: { shape: string; yearType: string; example: string; label: string; measures: number }[]
  droppedYearTexts: string[]
  crossChecks: { code: string; compared: number; agreed: number; bothWithoutFigure: number; disagreed: number }[]
  disagreements: number
  figures: Record<string, { rows: number; figures: number; statuses: number }>
}

export type OfficialFiles = { files: Map<string, string>; report: ConversionReport }

const json = (value: unknown) => JSON.stringify(value) + '\n'

function polarityOf(text: string, code: string): Polarity {
  if (text === 'High') return 'high'
  if (text === 'Low') return 'low'
  if (text === '-' || text === 'NA') return 'none'
  throw new Error(`${code}: unknown Polarity "${text}"`)
}

const SUMMARY_LENGTH = 160

/** The definition's first paragraph, whitespace tidied, cut at a sentence end (or a word) within 160 characters. */
export function summariseDescription(description: string): string {
  const first = description.split(/\r?\n\s*\r?\n|\r\r\n\s*\r\r\n/)[0] ?? ''
  const text = first.replace(/\s+/g, ' ').trim()
  if (text.length <= SUMMARY_LENGTH) return text
  const cut = text.slice(0, SUMMARY_LENGTH)
  const sentenceEnd = cut.lastIndexOf('. ')
  return sentenceEnd > 60 ? cut.slice(0, sentenceEnd + 1) : `${cut.slice(0, cut.lastIndexOf(' '))} …`
}

const sortPeriods = (periods: OfficialPeriod[]) =>
  [...periods].sort((a, b) => (a.end !== b.end ? (a.end < b.end ? -1 : 1) : a.start < b.start ? -1 : a.start > b.start ? 1 : 0))

type DictionaryEntry = CsvRow & { Measure_short: string; Topic: string }

function yearShape(text: string): string {
  return text.replace(/\d/g, '9')
}

export async function buildOfficialFiles(sharedDir: string): Promise<OfficialFiles> {
  const [bds, laCodes, sn2025, sn2021] = await Promise.all([
    readBds(sharedDir),
    readLaCodes(sharedDir),
    readNeighbourGroups(join(sharedDir, 'lait/sn_may_2025.xlsx')),
    readNeighbourGroups(join(sharedDir, 'lait/sn_april_2021.xlsx')),
  ])
  const dictionary = readDictionary(sharedDir) as DictionaryEntry[]
  const eesFiles = new Map<string, CsvRow[]>()
  const ees = (file: string) => {
    if (!eesFiles.has(file)) eesFiles.set(file, readCsv(join(sharedDir, 'ees', file)))
    return eesFiles.get(file)!
  }

  // ---- Year texts: every one in the parquet maps, or the conversion stops.
  const yearTypeOf = new Map<string, string>()
  for (const d of dictionary) if (!yearTypeOf.has(d.Measure_short.trim())) yearTypeOf.set(d.Measure_short.trim(), d.Year_Type ?? '')
  const rowsByCode = new Map<string, BdsRow[]>()
  for (const r of bds) {
    const list = rowsByCode.get(r.code)
    if (list) list.push(r)
    else rowsByCode.set(r.code, [r])
  }
  const periodByCodeYear = new Map<string, OfficialPeriod>()
  const shapes = new Map<string, { shape: string; yearType: string; example: string; label: string; codes: Set<string> }>()
  const droppedYearTexts: string[] = []
  const unknown: string[] = []
  for (const [code, rows] of rowsByCode) {
    const yearType = yearTypeOf.get(code)
    if (yearType === undefined) {
      unknown.push(`${code}: not in the data dictionary`)
      continue
    }
    const texts = new Set(rows.map((r) => r.yearText))
    for (const text of texts) {
      if (text === '0') {
        // CINPermExclusion carries one "0" year whose every value is "-": no period, nothing lost.
        const withFigure = rows.filter((r) => r.yearText === '0' && r.value !== '-').length
        if (withFigure > 0) unknown.push(`${code}: year text "0" has ${withFigure} figures`)
        else droppedYearTexts.push(`${code} "0": ${rows.filter((r) => r.yearText === '0').length} rows, all "-" (no period; dropped)`)
        continue
      }
      const result = periodOfYearText(text, yearType)
      if (!result.ok) {
        unknown.push(`${code}: ${result.reason}`)
        continue
      }
      periodByCodeYear.set(`${code}\u0000${text}`, result.period)
      const key = `${yearShape(text)}|${yearType}`
      const entry = shapes.get(key) ?? { shape: yearShape(text), yearType, example: text, label: result.period.label, codes: new Set() }
      entry.codes.add(code)
      shapes.set(key, entry)
    }
  }
  if (unknown.length) throw new Error(`Year texts that do not map to a period:\n  ${unknown.join('\n  ')}`)

  // ---- Areas.
  const current2025 = sn2025.filter((g) => !g.former)
  if (current2025.length !== 153) throw new Error(`sn_may_2025.xlsx lists ${current2025.length} councils, not 153`)
  const currentLas = new Set(current2025.map((g) => g.la))
  const codeOf = new Map<number, string>()
  const regionCodeOf = new Map<number, string>()
  for (const file of ['cla_number_and_rate_per_10k_children.csv', 'b1_children_in_need_2013_to_2025.csv']) {
    for (const row of ees(file)) {
      const area = laitAreaOfEesRow(row)
      if (area === undefined) continue
      if (row.geographic_level === 'Local authority' && row.new_la_code && !codeOf.has(area)) codeOf.set(area, row.new_la_code)
      if (row.geographic_level === 'Regional' && row.region_code && !regionCodeOf.has(area)) regionCodeOf.set(area, row.region_code)
    }
  }
  const laCodeOf = new Map(laCodes.map((c) => [c.la, c]))
  const areaNames = new Map<number, string>()
  for (const r of bds) if (!areaNames.has(r.la)) areaNames.set(r.la, r.areaName)
  const regionNumberOf = (name: string): number | undefined => {
    if (LONDON_PARTS[name]) return LONDON
    for (const [la, areaName] of areaNames) if (la >= 980 && areaName.toLowerCase() === name.toLowerCase()) return la
    return undefined
  }
  const areas: OfficialArea[] = [...areaNames.keys()]
    .sort((a, b) => a - b)
    .map((la): OfficialArea => {
      const listed = laCodeOf.get(la)
      const name = listed?.name ?? areaNames.get(la)!
      if (la === ENGLAND) return { la, name, code: 'E92000001', kind: 'england' }
      if (la === 987 || la === 988) return { la, name, code: null, kind: 'london-part' }
      if (la >= 980) return { la, name, code: regionCodeOf.get(la) ?? null, kind: 'region' }
      if (!listed) throw new Error(`LA ${la} (${name}) is not in la_code_list.xlsx`)
      const region = regionNumberOf(listed.region)
      if (region === undefined) throw new Error(`LA ${la}: unknown region "${listed.region}"`)
      return {
        la,
        name,
        code: codeOf.get(la) ?? null,
        kind: currentLas.has(la) ? 'la' : 'former-la',
        region,
        ...(LONDON_PARTS[listed.region] ? { londonPart: LONDON_PARTS[listed.region] } : {}),
        laType: listed.type,
      }
    })
  const areaNumbers = areas.map((a) => a.la)
  const areaIndex = new Map(areaNumbers.map((la, i) => [la, i]))
  for (const la of currentLas) if (!areaIndex.has(la)) throw new Error(`Council ${la} has neighbours but no figures in the parquet`)

  // ---- Neighbours: both models, each council's ten, closest first.
  const model = (id: '2025' | '2021', title: string, source: string, groups: NeighbourGroup[]): NeighbourModel => {
    const out: Record<string, number[]> = {}
    for (const g of groups) {
      if (g.neighbours.length === 0) continue
      for (const n of g.neighbours) if (!areaIndex.has(n.la)) throw new Error(`${source}: neighbour ${n.la} of ${g.la} is not an area`)
      out[String(g.la)] = g.neighbours.map((n) => n.la)
    }
    return { id, title, source, groups: out }
  }
  const closeness = (groups: NeighbourGroup[]) => new Map(groups.map((g) => [g.la, g.neighbours]))
  const closeness2025 = closeness(sn2025)
  const closeness2021 = closeness(sn2021)
  const neighbours = {
    '2025': model('2025', 'DfE statistical neighbours, 2025 model (May 2025)', 'sn-2025', sn2025),
    '2021': model('2021', 'DfE statistical neighbours, 2021 model (April 2021)', 'sn-2021', sn2021),
  }

  // ---- Measures.
  const topics = new Set<string>(CONVERTED_TOPICS)
  const chosen = dictionary.filter((d) => topics.has(d.Topic))
  const seen = new Set<string>()
  const measures: OfficialMeasure[] = []
  const longTexts = new Map<string, { description: string; methodology: string; hyperlinks: string[] }>()
  const figures: ConversionReport['figures'] = {}
  const valuesByCode = new Map<string, OfficialValue[][]>()
  const lost: string[] = []
  for (const d of chosen) {
    const code = d.Measure_short.trim()
    if (seen.has(code)) throw new Error(`${code} is in two converted topics`)
    seen.add(code)
    const rows = rowsByCode.get(code)
    if (!rows) throw new Error(`${code} (${d.Topic}) has no rows in the parquet`)
    const theme = themeOf(code, d.Topic)
    if (!theme) throw new Error(`${code} (${d.Topic}) has no theme in measureThemes.ts`)
    const unit = unitOfAxisName(d.y_axis_name ?? '')
    if (!unit) throw new Error(`${code}: no unit for the axis name "${d.y_axis_name}"`)
    const dps = readDps(d.dps ?? '')
    const years = sortPeriods([...new Set(rows.map((r) => r.yearText))].flatMap((t) => periodByCodeYear.get(`${code}\u0000${t}`) ?? []))
    const yearIndex = new Map(years.map((p, i) => [p.text, i]))
    const values: OfficialValue[][] = areaNumbers.map(() => years.map(() => null))
    let count = 0
    let numbers = 0
    for (const r of rows) {
      const j = yearIndex.get(r.yearText)
      if (j === undefined) continue
      const i = areaIndex.get(r.la)!
      if (values[i]![j] !== null) throw new Error(`${code}: two rows for area ${r.la} in ${r.yearText}`)
      const read = readLaitValue(r.value, dps)
      if (read.lostPrecision) lost.push(`${code} ${r.la} ${r.yearText}: "${r.value}" has more decimals than dps ${dps}`)
      values[i]![j] = read.value
      count++
      if (typeof read.value === 'number') numbers++
    }
    figures[code] = { rows: count, figures: numbers, statuses: count - numbers }
    valuesByCode.set(code, values)
    const lastUpdate = excelDayToIso(d['Last Update'] ?? '')
    const nextUpdate = excelDayToIso(d['Next Update'] ?? '')
    measures.push({
      code,
      file: measureFileStem(code),
      title: (d.Measure ?? '').trim(),
      chartTitle: (d.Chart_title ?? '').trim(),
      topic: d.Topic,
      theme,
      polarity: polarityOf((d.Polarity ?? '').trim(), code),
      unit,
      unitText: (d.y_axis_name ?? '').trim(),
      dps,
      yearType: d.Year_Type ?? '',
      noQuartile: (d.No_Quartile ?? '').trim() === 'N',
      summary: summariseDescription(d.Description ?? ''),
      dataOwner: (d['Data Owner (DO) /Supplier and Contact Details'] ?? '').trim(),
      lastUpdate,
      ...(lastUpdate === null && (d['Last Update'] ?? '').trim() ? { lastUpdateText: (d['Last Update'] ?? '').trim() } : {}),
      nextUpdate,
      ...(nextUpdate === null && (d['Next Update'] ?? '').trim() ? { nextUpdateText: (d['Next Update'] ?? '').trim() } : {}),
      years,
    })
    longTexts.set(code, {
      description: (d.Description ?? '').replace(/\r\r\n|\r\n/g, '\n').trim(),
      methodology: (d.Methodology ?? '').replace(/\r\r\n|\r\n/g, '\n').trim(),
      hyperlinks: (d['Hyperlink(s)'] ?? '').split(/\s+/).filter((h) => /^https?:\/\//.test(h)),
    })
  }
  if (lost.length) throw new Error(`Rounding to the dictionary's dps would change figures:\n  ${lost.slice(0, 20).join('\n  ')}`)
  const files = new Set(measures.map((m) => m.file))
  if (files.size !== measures.length) throw new Error('Two measures share a file name')

  // ---- Cross-checks against the releases' own files.
  const disagreementsByCode = new Map<string, Disagreement[]>()
  const crossCheckByCode = new Map<string, CrossCheck>()
  const crossReport: ConversionReport['crossChecks'] = []
  for (const spec of CROSS_CHECKS) {
    const measure = measures.find((m) => m.code === spec.code)
    if (!measure) throw new Error(`Cross-check of ${spec.code}: not a converted measure`)
    const rows = ees(spec.file).filter((row) => Object.entries(spec.filter).every(([k, v]) => row[k] === v))
    if (!rows.length) throw new Error(`Cross-check of ${spec.code}: no rows of ${spec.file} match ${JSON.stringify(spec.filter)}`)
    if (!(spec.column in rows[0]!)) throw new Error(`Cross-check of ${spec.code}: ${spec.file} has no column ${spec.column}`)
    const yearIndex = new Map(measure.years.map((p, j) => [p.text, j]))
    const values = valuesByCode.get(spec.code)!
    const seenKeys = new Map<string, string>()
    const check: CrossCheck = {
      file: spec.file,
      filter: spec.filter,
      column: spec.column,
      compared: 0,
      agreed: 0,
      bothWithoutFigure: 0,
      disagreed: 0,
    }
    const found: Disagreement[] = []
    for (const row of rows) {
      const la = laitAreaOfEesRow(row)
      const year = laitYearOfEesPeriod(row.time_period ?? '')
      if (la === undefined || year === undefined) continue
      const text = (row[spec.column] ?? '').trim()
      const key = `${la}|${year}`
      const before = seenKeys.get(key)
      if (before !== undefined) {
        if (before !== text) throw new Error(`Cross-check of ${spec.code}: ${spec.file} has two figures for ${la} ${year}`)
        continue
      }
      seenKeys.set(key, text)
      const i = areaIndex.get(la)
      const j = yearIndex.get(year)
      if (i === undefined || j === undefined) continue
      const lait = values[i]![j]!
      const eesValue = readEesValue(text)
      check.compared++
      const verdict = compareFigures(lait, eesValue)
      if (verdict === 'agree') check.agreed++
      else if (verdict === 'both-without-figure') check.bothWithoutFigure++
      else {
        check.disagreed++
        found.push({ code: spec.code, la, year, lait, ees: eesValue, eesText: text })
      }
    }
    crossCheckByCode.set(spec.code, check)
    found.sort((a, b) => a.la - b.la || (a.year < b.year ? -1 : 1))
    disagreementsByCode.set(spec.code, found)
    crossReport.push({
      code: spec.code,
      compared: check.compared,
      agreed: check.agreed,
      bothWithoutFigure: check.bothWithoutFigure,
      disagreed: check.disagreed,
    })
  }

  // ---- Files.
  const out = new Map<string, string>()
  const index: OfficialIndex = { format: OFFICIAL_FORMAT, sources: SOURCES, areas }
  out.set('index.json', json(index))
  const neighboursFile: NeighboursFile = { format: OFFICIAL_FORMAT, models: neighbours }
  out.set('neighbours.json', json(neighboursFile))
  const periods: OfficialPeriod[] = []
  const periodIndex = new Map<string, number>()
  const stored = measures.map((m) => ({
    ...m,
    years: m.years.map((p) => {
      const key = JSON.stringify(p)
      if (!periodIndex.has(key)) periodIndex.set(key, periods.push(p) - 1)
      return periodIndex.get(key)!
    }),
  }))
  const catalogue: MeasureCatalogue = {
    format: OFFICIAL_FORMAT,
    themes: THEMES.map((t) => ({ id: t.id, title: t.title })),
    periods,
    measures: stored,
  }
  out.set('measures.json', json(catalogue))

  // LAIT ranks and bands among every area numbered below 970 (la_names_bds in its global.R): former councils too.
  const councils = areas.filter((a) => a.kind === 'la' || a.kind === 'former-la').map((a) => areaIndex.get(a.la)!)
  const latest: LatestFile = { format: OFFICIAL_FORMAT, measures: {} }
  for (const m of measures) {
    if (m.polarity === 'none' || m.years.length === 0) continue
    const j = m.years.length - 1
    const values = valuesByCode.get(m.code)!
    const inYear = councils.map((i) => values[i]![j]!)
    const figures = inYear.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b)
    latest.measures[m.code] = { year: m.years[j]!.text, figures, withoutFigure: inYear.length - figures.length }
  }
  out.set('latest.json', json(latest))

  const seriesFor = (las: number[]) =>
    Object.fromEntries(measures.map((m) => [m.code, las.map((la) => valuesByCode.get(m.code)![areaIndex.get(la)!]!)]))
  const disagreementsFor = (las: Set<number>) => [...disagreementsByCode.values()].flat().filter((d) => las.has(d.la))
  for (const group of current2025) {
    const area = areas[areaIndex.get(group.la)!]!
    const own = [group.la, area.region!, ...(area.londonPart ? [area.londonPart] : []), ENGLAND]
    const las = [...own, ...neighbours[DEFAULT_NEIGHBOUR_MODEL].groups[String(group.la)]!]
    const council: CouncilFile = {
      format: OFFICIAL_FORMAT,
      la: group.la,
      areas: las,
      neighbours: closeness2025.get(group.la)!,
      series: seriesFor(las),
      disagreements: disagreementsFor(new Set(las)),
    }
    out.set(`la/${group.la}.json`, json(council))
    const older = neighbours['2021'].groups[String(group.la)]
    if (older) {
      const extra = older.filter((la) => !las.includes(la))
      const file: ExtraNeighboursFile = {
        format: OFFICIAL_FORMAT,
        la: group.la,
        model: '2021',
        neighbours: closeness2021.get(group.la)!,
        areas: extra,
        series: seriesFor(extra),
      }
      out.set(`la-2021/${group.la}.json`, json(file))
    }
  }

  for (const m of measures) {
    const texts = longTexts.get(m.code)!
    const file: MeasureFile = {
      format: OFFICIAL_FORMAT,
      measure: m,
      ...texts,
      ...(crossCheckByCode.has(m.code) ? { crossCheck: crossCheckByCode.get(m.code)! } : {}),
      areas: areaNumbers,
      values: valuesByCode.get(m.code)!,
      disagreements: disagreementsByCode.get(m.code) ?? [],
    }
    out.set(`measure/${m.file}.json`, json(file))
  }

  const byTopic: Record<string, number> = {}
  for (const m of measures) byTopic[m.topic] = (byTopic[m.topic] ?? 0) + 1
  return {
    files: out,
    report: {
      measures: measures.length,
      byTopic,
      yearShapes: [...shapes.values()]
        .map((s) => ({ shape: s.shape, yearType: s.yearType, example: s.example, label: s.label, measures: s.codes.size }))
        .sort((a, b) => (a.shape + a.yearType < b.shape + b.yearType ? -1 : 1)),
      droppedYearTexts,
      crossChecks: crossReport,
      disagreements: [...disagreementsByCode.values()].reduce((n, d) => n + d.length, 0),
      figures,
    },
  }
}
