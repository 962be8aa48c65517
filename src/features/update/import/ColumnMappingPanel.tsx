import { useId, useState, type ChangeEvent } from 'react'
import {
  ROLE_CHOICES,
  readMappingFile,
  type ColumnMapping,
  type ColumnRole,
  type MappingFile,
} from '../../../domain/spreadsheet/columnMapping'
import { readPeriodHeading } from '../../../domain/spreadsheet/readPeriodHeading'
import { needsAttention, type SheetColumn, type SheetColumns } from '../../../domain/spreadsheet/sheetColumns'
import { saveFile } from '../../../lib/download'
import { slugify } from '../../../lib/fileNames'

type Props = {
  columns: SheetColumns
  council: string
  fileName: string
  mappingFrom: 'saved' | 'yours' | 'file' | undefined
  busy: boolean
  /** Reads the file again with this mapping and keeps it; returns a storage problem, if any. */
  onApply: (mapping: ColumnMapping) => string | undefined
  onMappingFile: (file: MappingFile) => string | undefined
  /** The mapping as a file to share, for these headings. */
  fileOf: (mapping: ColumnMapping) => MappingFile | undefined
  /** What became of the last mapping applied or shared (kept by the review: this panel is rebuilt with each reading). */
  note: string | null
  onNote: (note: string) => void
}

type Draft = { field: ColumnRole['field']; period: string }

const STATUS_WORDS: Record<SheetColumn['status'], string> = {
  recognised: 'Recognised',
  mapped: 'As mapped',
  'not recognised': 'Not recognised',
  repeated: 'Repeats an earlier column',
  'needs a period': 'Needs its period',
}

const draftOf = (column: SheetColumn): Draft => ({
  field: column.role.field,
  period: 'period' in column.role && column.role.period ? column.role.period.label : '',
})

const periodNeed = (field: ColumnRole['field']) => ROLE_CHOICES.find((c) => c.field === field)?.period ?? 'none'

/** The role a draft row gives, or a problem to show beside it. */
function roleOf(column: SheetColumn, draft: Draft): { role: ColumnRole } | { problem: string } {
  const need = periodNeed(draft.field)
  if (draft.field === 'undated')
    return column.role.field === 'undated' ? { role: column.role } : { problem: 'Type the period of its figures.' }
  if (draft.field === 'priority')
    return { role: column.role.field === 'priority' ? column.role : { field: 'priority', key: slugify(column.header) || 'priority' } }
  if (need === 'none') return { role: { field: draft.field } as ColumnRole }
  const text = draft.period.trim()
  if (text === '') {
    if (need === 'optional') {
      const named = column.role.field === draft.field && 'region' in column.role && column.role.region ? { region: column.role.region } : {}
      return { role: { field: draft.field, ...named } as ColumnRole }
    }
    return { problem: 'Type the period of its figures, such as Q1 2016/17, 2013-14, Sep 2020 or 30/09/2020.' }
  }
  const read = readPeriodHeading(text)
  if (read?.kind !== 'period')
    return { problem: `“${text}” is not a period this app can read (try Q1 2016/17, 2013-14, Sep 2020 or 30/09/2020).` }
  if (draft.field === 'period') return { role: { field: 'period', period: read.period } }
  return { role: { field: draft.field, period: read.period } as ColumnRole }
}

/** Every heading found and what it was taken to be; the officer maps any column, and the mapping is kept for the council. */
export function ColumnMappingPanel(props: Props) {
  const { columns, council, fileName, mappingFrom, busy, onApply, onMappingFile, fileOf, note, onNote: setMessage } = props
  const [drafts, setDrafts] = useState<Draft[]>(() => columns.columns.map(draftOf))
  const [headerRow, setHeaderRow] = useState(String(columns.headerRow))
  const captionId = useId()
  const rowId = useId()
  const fileId = useId()
  const unrecognised = columns.columns.filter(needsAttention).length
  const named = columns.columns.filter((c) => c.header !== '').length
  const results = columns.columns.map((column, i) => roleOf(column, drafts[i]!))
  const problems = results.filter((r) => 'problem' in r).length
  const rowNumber = Number(headerRow)
  const rowChanged = Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber !== columns.headerRow

  const mapping = (): ColumnMapping => {
    if (rowChanged) return { headerRow: rowNumber, columns: [] }
    return {
      ...(columns.headerRows === 1 && columns.headerRow !== 1 ? { headerRow: columns.headerRow } : {}),
      columns: columns.columns.flatMap((column, i) => {
        const result = results[i]!
        return column.header !== '' && 'role' in result ? [{ heading: column.header, role: result.role }] : []
      }),
    }
  }

  const setDraft = (index: number, change: Partial<Draft>) => setDrafts((all) => all.map((d, i) => (i === index ? { ...d, ...change } : d)))

  const apply = () => {
    const problem = onApply(mapping())
    setMessage(problem ?? `Saved for ${council}: a file with these headings is read this way next time, in this browser.`)
  }

  const download = () => {
    const file = fileOf(mapping())
    if (!file) return
    saveFile(
      new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }),
      `column-mapping-${slugify(council) || 'council'}.json`,
    )
  }

  const readShared = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    let data: unknown
    try {
      data = JSON.parse(await file.text())
    } catch {
      setMessage(`${file.name} is not a column mapping (not valid JSON).`)
      return
    }
    const read = readMappingFile(data)
    if (!read.ok) {
      setMessage(`${file.name}: ${read.problem}`)
      return
    }
    const problem = onMappingFile(read.file)
    const fits = read.file.fingerprint === columns.fingerprint
    setMessage(
      problem ??
        `Using ${file.name}, made for ${read.file.council}${fits ? '' : '; its headings are not quite these, so only columns with the same headings follow it'}. It is kept in this browser too.`,
    )
  }

  return (
    <details className="import-columns" open={!columns.readable || unrecognised > 0 || mappingFrom !== undefined}>
      <summary>
        How the columns were read: {named} {named === 1 ? 'heading' : 'headings'} on row {columns.headerRow}
        {unrecognised > 0 ? `, ${unrecognised} not recognised` : ', all recognised'}
        {mappingFrom === 'saved' ? ' (with the mapping saved for this layout)' : mappingFrom === 'file' ? ' (with a shared mapping)' : ''}
      </summary>
      <p>
        Choose what each column of {fileName} holds, then read the file again. Your choices are kept for {council} in this browser, so next
        quarter’s file with the same headings is read the same way; download them to share with colleagues.
      </p>
      <div className="update-field update-field-inline">
        <label htmlFor={rowId}>The headings are on row</label>
        <input id={rowId} type="number" min={1} value={headerRow} onChange={(event) => setHeaderRow(event.target.value)} />
      </div>
      <div className="update-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="update-table import-columns-table">
          <caption id={captionId}>Columns in {fileName} and what each holds</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Heading</th>
              <th scope="col">First cells</th>
              <th scope="col">Read as</th>
              <th scope="col">Period</th>
              <th scope="col">Found</th>
            </tr>
          </thead>
          <tbody>
            {columns.columns.map((column, i) => {
              const draft = drafts[i]!
              const result = results[i]!
              const need = periodNeed(draft.field)
              const label = `column ${column.letter}${column.header ? ` (${column.header})` : ''}`
              return (
                <tr key={column.index} className={needsAttention(column) ? 'import-column-attention' : undefined}>
                  <th scope="row">{column.letter}</th>
                  <td>{column.header || '(no heading)'}</td>
                  <td className="update-text">{column.samples.join(' · ')}</td>
                  <td>
                    <select
                      aria-label={`What ${label} holds`}
                      value={draft.field}
                      disabled={column.header === ''}
                      onChange={(event) => setDraft(i, { field: event.target.value as ColumnRole['field'] })}
                    >
                      {ROLE_CHOICES.filter((c) => c.field !== 'undated' || column.role.field === 'undated').map((choice) => (
                        <option key={choice.field} value={choice.field}>
                          {choice.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {need !== 'none' && draft.field !== 'undated' && (
                      <input
                        type="text"
                        aria-label={`Period of ${label}${need === 'optional' ? ' (if it has one)' : ''}`}
                        aria-invalid={'problem' in result}
                        value={draft.period}
                        placeholder={need === 'optional' ? 'optional' : 'e.g. Q1 2016/17'}
                        onChange={(event) => setDraft(i, { period: event.target.value })}
                      />
                    )}
                    {'problem' in result && <span className="entry-check-error">{result.problem}</span>}
                  </td>
                  <td>{STATUS_WORDS[column.status]}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="update-actions">
        <button type="button" className="button" onClick={apply} disabled={busy || (problems > 0 && !rowChanged)}>
          {rowChanged ? `Read the headings on row ${rowNumber}` : 'Read the file again with these columns'}
        </button>
        <button type="button" className="button button-secondary" onClick={download}>
          Download this mapping (.json)
        </button>
      </div>
      <div className="update-field update-field-inline">
        <label htmlFor={fileId}>Or use a mapping file a colleague shared</label>
        <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => void readShared(e)} />
      </div>
      <div role="status" className="update-status">
        {note && <p className="update-note">{note}</p>}
      </div>
    </details>
  )
}
