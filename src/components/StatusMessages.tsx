import type { ReactNode } from 'react'

export function Loading({ what = 'the scorecard' }: { what?: string }) {
  return (
    <p className="status status-loading" role="status">
      Loading {what}…
    </p>
  )
}

export function ErrorMessage({ title, children, onRetry }: { title: string; children?: ReactNode; onRetry?: () => void }) {
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{title}</p>
      {children}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

export function EmptyMessage({ children }: { children: ReactNode }) {
  return <p className="status status-empty">{children}</p>
}
