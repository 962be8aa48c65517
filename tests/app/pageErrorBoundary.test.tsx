// A view that cannot be drawn (its code failed to download) gives a message and a way back, not a blank page.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PageErrorBoundary } from '../../src/components/PageErrorBoundary'

function Throws({ error }: { error: Error }): never {
  throw error
}

afterEach(() => vi.restoreAllMocks())

describe('PageErrorBoundary', () => {
  it('says a part of the app could not be downloaded, and "Try again" reloads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}) // React reports the caught error
    const reload = vi.fn()
    render(
      <PageErrorBoundary reload={reload}>
        <Throws error={new TypeError('Failed to fetch dynamically imported module: /assets/CohortPage-x.js')} />
      </PageErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be shown.')
    expect(screen.getByRole('alert')).toHaveTextContent('Part of the app could not be downloaded. Check your connection, then try again.')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(reload).toHaveBeenCalledOnce()
  })

  it('names any other error, as text', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <PageErrorBoundary>
        <Throws error={new Error('<b>bad</b> state')} />
      </PageErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong: <b>bad</b> state.')
    expect(screen.getByRole('alert').querySelector('b')).toBeNull()
  })

  it('shows its children when nothing goes wrong', () => {
    render(
      <PageErrorBoundary>
        <p>The page</p>
      </PageErrorBoundary>,
    )
    expect(screen.getByText('The page')).toBeInTheDocument()
  })
})
