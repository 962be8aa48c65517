import { useEffect } from 'react'

/** Each view has its own page title, so browser history and screen readers can tell them apart. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Corporate parenting scorecard`
  }, [title])
}
