import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import type { LoadedScorecard } from '../../../data/loadScorecard'
import { CouncilPicker } from '../../../components/official/CouncilPicker'
import { officialQueries } from '../../../data/useOfficialData'
import { financialYear, financialYearStart } from '../../../domain/financialYear'
import { measuresOf, THEMES, type OfficialMeasure } from '../../../domain/official/officialDataset'
import { parseScorecard } from '../../../domain/parseScorecard'
import { councilTitle } from '../../../domain/spreadsheet/namedCouncil'
import { buildStarterScorecard } from '../../../domain/spreadsheet/starterScorecard'
import { plural } from '../../../domain/wording'
import { buildTemplateFile, saveExportFile, todayIso } from '../../../lib/spreadsheet/exportScorecard'
import { StorageProblem } from '../versions/StorageProblem'
import { useSaveVersion } from '../versions/versionMutations'

const DEFAULT_TITLE = 'Corporate parenting scorecard'
const NEW_FILE = 'new scorecard'

const sectionsOf = (text: string) => [...new Set(text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').trim()))].filter(Boolean)

/**
 * Start a scorecard for any English council: choose it from the official
 * list, give the title, reporting year and the council's own sections, and
 * download a template to fill in (optionally with official measures and
 * their past years already in it), or start using it at once. Nothing of
 * the scorecard in use now is carried into it.
 */
export function StartScorecardPanel({ loaded }: { loaded: LoadedScorecard }) {
  const [open, setOpen] = useState(false)
  return (
    <section id="start" className="update-section" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a scorecard for your council</h2>
      <p>
        For a council whose scorecard is not here yet: choose it from the official list of English councils, give your own title, year and
        sections, and download a spreadsheet to fill in. Import it when it is filled in.
      </p>
      {open ? (
        <StartForm loaded={loaded} />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          Start a new scorecard
        </button>
      )}
    </section>
  )
}

function StartForm({ loaded }: { loaded: LoadedScorecard }) {
  const queryClient = useQueryClient()
  const index = useQuery(officialQueries.index())
  const [prefill, setPrefill] = useState(false)
  const catalogue = useQuery({ ...officialQueries.measures(), enabled: prefill })
  const save = useSaveVersion()
  const thisYear = Number(financialYearStart(todayIso()).slice(0, 4))
  const [la, setLa] = useState<number | undefined>(undefined)
  const [authority, setAuthority] = useState('')
  const [authorityEdited, setAuthorityEdited] = useState(false)
  const [title, setTitle] = useState(DEFAULT_TITLE)
  const [year, setYear] = useState(String(thisYear))
  const [sectionText, setSectionText] = useState('')
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set())
  const [measureSection, setMeasureSection] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const ids = {
    authority: useId(),
    title: useId(),
    year: useId(),
    sections: useId(),
    sectionsHint: useId(),
    under: useId(),
  }

  const measures = useMemo(() => (catalogue.data ? measuresOf(catalogue.data) : []), [catalogue.data])
  const sections = sectionsOf(sectionText)
  const council = index.data?.areas.find((a) => a.kind === 'la' && a.la === la)
  const selected = measures.filter((m) => chosen.has(m.code))

  const chooseCouncil = (value: number) => {
    setLa(value)
    const found = index.data?.areas.find((a) => a.la === value)
    if (found && !authorityEdited) setAuthority(councilTitle(found.name))
  }

  const missing = [
    authority.trim() === '' ? 'give the council’s name as printed' : '',
    title.trim() === '' ? 'give a title' : '',
    sections.length === 0 ? 'give at least one section' : '',
  ].filter(Boolean)

  const starter = async () => {
    const councilFile = selected.length > 0 && council ? await queryClient.fetchQuery(officialQueries.council(council.la)) : undefined
    const under = sections.includes(measureSection) ? measureSection : sections[0]!
    const scorecard = buildStarterScorecard({
      authority: authority.trim(),
      title: title.trim(),
      reportingYearStart: Number(year),
      sections,
      measures: selected.map((measure) => ({ measure, section: under })),
      ...(councilFile ? { councilFile } : {}),
      ...(index.data?.sources.find((s) => s.id === 'lait') ? { source: index.data.sources.find((s) => s.id === 'lait')! } : {}),
    })
    return scorecard
  }

  const act = async (what: 'download' | 'use') => {
    setDone(null)
    if (missing.length > 0) {
      setProblem(`Before you go on: ${missing.join(', ')}.`)
      return
    }
    setProblem(null)
    setBusy(true)
    try {
      const scorecard = await starter()
      if (what === 'download') {
        saveExportFile(await buildTemplateFile(scorecard, Number(year)))
        setDone(
          `Downloaded the template for ${scorecard.authority}${scorecard.indicators.length > 0 ? ` with ${plural(scorecard.indicators.length, 'official measure')}` : ''}. Fill it in, then import it above: the app will offer to start the new scorecard from it.`,
        )
        return
      }
      const checked = parseScorecard(JSON.parse(JSON.stringify(scorecard)) as unknown, NEW_FILE)
      if (!checked.scorecard) {
        setProblem(`The new scorecard could not be made: ${checked.issues[0]?.message ?? 'it is not valid'}.`)
        return
      }
      save.mutate(
        {
          inUse: loaded,
          next: { scorecard: checked.scorecard, issues: [], files: [NEW_FILE] },
          label: `New scorecard for ${scorecard.authority}`,
        },
        {
          onSuccess: () =>
            setDone(
              `Started the scorecard for ${scorecard.authority}: every view now shows it. “Restore the previous version” above goes back to the scorecard you had.`,
            ),
        },
      )
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (measure: OfficialMeasure, on: boolean) =>
    setChosen((all) => {
      const next = new Set(all)
      if (on) next.add(measure.code)
      else next.delete(measure.code)
      return next
    })

  if (index.isPending) return <p role="status">Loading the list of English councils…</p>
  if (index.isError)
    return (
      <p className="update-alert" role="alert">
        The list of English councils could not be loaded ({index.error.message}).
      </p>
    )

  // First the council, from the official list; then the rest.
  if (!council)
    return <CouncilPicker areas={index.data.areas} value={undefined} onChoose={chooseCouncil} action="Start a scorecard for this council" />

  return (
    <form className="start-form" onSubmit={(event) => event.preventDefault()} aria-label="Start a new scorecard">
      <p>
        For <strong>{council.name}</strong> (LA {council.la}).{' '}
        <button type="button" className="button button-secondary" onClick={() => setLa(undefined)}>
          Choose another council
        </button>
      </p>
      <div className="update-field update-field-inline">
        <label htmlFor={ids.authority}>The council’s name as your papers print it</label>
        <input
          id={ids.authority}
          type="text"
          value={authority}
          onChange={(event) => {
            setAuthority(event.target.value)
            setAuthorityEdited(true)
          }}
        />
      </div>
      <div className="update-field update-field-inline">
        <label htmlFor={ids.title}>Title</label>
        <input id={ids.title} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="update-field update-field-inline">
        <label htmlFor={ids.year}>Reporting year</label>
        <select id={ids.year} value={year} onChange={(event) => setYear(event.target.value)}>
          {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {financialYear(y)}
            </option>
          ))}
        </select>
      </div>
      <div className="update-field update-field-inline">
        <label htmlFor={ids.sections}>Sections, one per line</label>
        <p id={ids.sectionsHint} className="update-hint">
          Your council’s own themes or pledges, in your own words, in the order your papers use.
        </p>
        <textarea
          id={ids.sections}
          aria-describedby={ids.sectionsHint}
          value={sectionText}
          onChange={(event) => setSectionText(event.target.value)}
        />
      </div>
      <label className="update-checkbox">
        <input type="checkbox" checked={prefill} onChange={(event) => setPrefill(event.target.checked)} />
        <span>Start with official measures (their polarity, unit and past years’ figures from the DfE’s published data)</span>
      </label>
      {prefill && catalogue.isPending && <p role="status">Loading the official measures…</p>}
      {prefill && catalogue.isError && (
        <p className="update-alert" role="alert">
          The official measures could not be loaded ({catalogue.error.message}).
        </p>
      )}
      {prefill && measures.length > 0 && (
        <div className="start-measures">
          {sections.length > 1 && (
            <div className="update-field update-field-inline">
              <label htmlFor={ids.under}>Put the official measures under</label>
              <select id={ids.under} value={measureSection || sections[0]} onChange={(event) => setMeasureSection(event.target.value)}>
                {sections.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          )}
          {THEMES.map((theme) => {
            const inTheme = measures.filter((m) => m.theme === theme.id)
            if (inTheme.length === 0) return null
            const ticked = inTheme.filter((m) => chosen.has(m.code)).length
            return (
              <details key={theme.id}>
                <summary>
                  {theme.title} ({ticked > 0 ? `${ticked} of ${inTheme.length} chosen` : `${inTheme.length} measures`})
                </summary>
                <fieldset>
                  <legend className="visually-hidden">{theme.title}</legend>
                  {inTheme.map((measure) => (
                    <label key={measure.code} className="update-checkbox">
                      <input
                        type="checkbox"
                        checked={chosen.has(measure.code)}
                        onChange={(event) => toggle(measure, event.target.checked)}
                      />
                      <span>{measure.title}</span>
                    </label>
                  ))}
                </fieldset>
              </details>
            )
          })}
        </div>
      )}
      {problem && (
        <p className="update-alert" role="alert">
          {problem}
        </p>
      )}
      <div className="update-actions">
        <button type="button" className="button" onClick={() => void act('download')} disabled={busy}>
          Download the template (.xlsx)
        </button>
        {selected.length > 0 && (
          <button type="button" className="button button-secondary" onClick={() => void act('use')} disabled={busy || save.isPending}>
            Start using this scorecard now ({plural(selected.length, 'official measure')})
          </button>
        )}
      </div>
      <div role="status" className="update-status">
        {busy && <p>Making the scorecard…</p>}
        {done && <p className="update-success">{done}</p>}
      </div>
      <StorageProblem error={save.error} result={save.data} />
    </form>
  )
}
