// The page's policy allows exactly its own inline elements, by hash.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { withContentSecurityPolicy } from '../../../scripts/vite/contentSecurityPolicy'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const policyOf = (html: string) => {
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)]
  expect(metas).toHaveLength(1)
  return metas[0]![1]!.replaceAll('&#39;', "'")
}
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `))

describe('withContentSecurityPolicy', () => {
  const page = `<!doctype html><html><head><meta charset="utf-8"><style>p{color:red}</style><script data-x="1">go()</script><script type="module" src="/assets/app.js"></script></head><body><p>Hi</p></body></html>`

  it('puts one policy first in <head>, allowing the inline script and style by their hashes and nothing else inline', () => {
    const html = withContentSecurityPolicy(page)
    expect(html).toMatch(/^<!doctype html><html><head>\s*<meta http-equiv="Content-Security-Policy"/)
    const policy = policyOf(html)
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' ${hash('go()')}`)
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${hash('p{color:red}')}`)
    expect(policy).not.toContain('unsafe-inline')
    expect(directive(policy, 'default-src')).toBe("default-src 'self'")
  })

  it('replaces an earlier policy, so a step that inlines more is allowed too', () => {
    const once = withContentSecurityPolicy(page)
    const twice = withContentSecurityPolicy(once.replace('</head>', '<script>more()</script></head>'))
    expect(directive(policyOf(twice), 'script-src')).toBe(`script-src 'self' ${hash('go()')} ${hash('more()')}`)
  })

  it('allows no inline element on a page that has none', () => {
    const policy = policyOf(withContentSecurityPolicy('<html><head><script src="/a.js"></script></head><body></body></html>'))
    expect(directive(policy, 'script-src')).toBe("script-src 'self'")
    expect(directive(policy, 'style-src')).toBe("style-src 'self'")
  })
})
