import { Link } from 'react-router'
import { paths } from '../lib/paths'
import { useDocumentTitle } from '../lib/useDocumentTitle'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to={paths.overview.href()}>Go to the overview</Link>.
      </p>
    </>
  )
}
