// Catches an error while drawing a view, above all when a view's code fails to
// download (a dropped connection, or a new release replaced the files), so the
// reader gets a message and a way back instead of a blank page.
import { Component, type ReactNode } from 'react'
import { ErrorMessage } from './StatusMessages'

type Props = { children: ReactNode; reload?: () => void }
type State = { error: Error | null }

export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  render() {
    const { error } = this.state
    if (!error) return this.props.children
    const reload = this.props.reload ?? (() => window.location.reload())
    return (
      <ErrorMessage title="This page could not be shown." onRetry={reload}>
        <p>
          {/chunk|module|import/i.test(error.message)
            ? 'Part of the app could not be downloaded. Check your connection, then try again.'
            : `Something went wrong: ${error.message}. Try again; if it keeps happening, tell whoever looks after this dashboard.`}
        </p>
      </ErrorMessage>
    )
  }
}
