/** Long lists (a 5,000-row import) are shown a page at a time. */
export const PAGE_SIZE = 100

type Props = { shown: number; total: number; onMore: () => void; what: string }

export function ShowMoreButton({ shown, total, onMore, what }: Props) {
  if (shown >= total) return null
  return (
    <button type="button" className="button button-secondary" onClick={onMore}>
      Show {Math.min(PAGE_SIZE, total - shown)} more {what} ({total - shown} not shown)
    </button>
  )
}
