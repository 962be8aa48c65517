import type { ImportProgress as Progress } from './importMessages'

const STAGE_WORDS = { reading: 'Reading the file', checking: 'Checking the rows' } as const

/** How far reading or checking a file has got, with a way to stop it. */
export function ImportProgress({ name, progress, onCancel }: { name: string; progress?: Progress | undefined; onCancel: () => void }) {
  const stage = progress ? STAGE_WORDS[progress.stage] : 'Opening the file'
  const counted = progress?.done
    ? `: ${progress.done.toLocaleString('en-GB')}${progress.total ? ` of ${progress.total.toLocaleString('en-GB')}` : ''} rows`
    : ''
  return (
    <div className="import-progress">
      <p>
        {stage} {name}
        {counted}…
      </p>
      {progress?.total ? (
        <progress max={progress.total} value={progress.done} aria-label={`${stage} ${name}`} />
      ) : (
        <progress aria-label={`${stage} ${name}`} />
      )}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
