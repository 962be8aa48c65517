/** What a download or an export on the update page did: progress and success politely, a failure as an alert. */
export type ActionState = { kind: 'working' | 'done' | 'failed'; message: string } | null

export function ActionStatus({ status }: { status: ActionState }) {
  return (
    <>
      <div role="status" className="update-status">
        {status && status.kind !== 'failed' && <p className={status.kind === 'done' ? 'update-success' : undefined}>{status.message}</p>}
      </div>
      {status?.kind === 'failed' && (
        <p className="update-alert" role="alert">
          {status.message}
        </p>
      )}
    </>
  )
}
