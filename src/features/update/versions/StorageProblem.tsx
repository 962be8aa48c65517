import { DROPPED_HISTORY_NOTE, storageProblemMessage } from './storageProblemMessage'

type Props = {
  /** The mutation's error: the version was not kept. */
  error: Error | null
  /** The mutation's result: kept, perhaps by dropping old versions. */
  result?: { droppedHistory: boolean } | null
}

/** Beside the control the officer used: what happened in the browser's storage, when it matters. */
export function StorageProblem({ error, result }: Props) {
  if (error)
    return (
      <p className="update-alert" role="alert">
        {storageProblemMessage(error)}
      </p>
    )
  if (result?.droppedHistory) return <p className="update-note">{DROPPED_HISTORY_NOTE}</p>
  return null
}
