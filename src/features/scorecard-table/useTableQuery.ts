import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { clearFilters, readTableQuery, writeTableQuery, type KnownValues, type QueryChanges } from './tableQuery'

/** The table's filters and sort, read from and written to the URL. */
export function useTableQuery(known: KnownValues) {
  const [params, setParams] = useSearchParams()
  const query = useMemo(() => readTableQuery(params, known), [params, known])
  const update = useCallback(
    (changes: QueryChanges, options?: { replace?: boolean }) => setParams(writeTableQuery(params, changes), options),
    [params, setParams],
  )
  const clear = useCallback(() => setParams(clearFilters(params)), [params, setParams])
  return { query, update, clear }
}
