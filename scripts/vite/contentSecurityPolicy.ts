// The production Content-Security-Policy, as a meta tag at the top of each
// built page: scripts and styles from this origin only, plus the page's own
// inline <script> and <style> elements by their SHA-256 hash (the guard and
// the stylesheet are inlined so the first paint waits on no request; see
// prerenderPages.ts and inlineStylesheet.ts). No other inline code runs, and
// no inline style attribute applies. Only the build gets it, because the dev
// server injects inline styles. frame-ancestors cannot be set by a meta tag;
// docs/hosting.md gives the equivalent response headers.
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
] as const

/** The policy for a page whose inline scripts and styles have these hashes ('sha256-…'). */
function policyText(hashes: { script: readonly string[]; style: readonly string[] }): string {
  return DIRECTIVES.map(([name, value]) => {
    const extra = name === 'script-src' ? hashes.script : name === 'style-src' ? hashes.style : []
    return [name, value, ...extra.map((hash) => `'${hash}'`)].join(' ')
  }).join('; ')
}

// Raw-text elements: their content is the characters between the tags, exactly
// what the browser hashes. Attributes on an inline script are allowed (the guard reads its data-*).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi
const POLICY_META = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
const hashesOf = (html: string, pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((m) => sha256(m[1]!)))]

/**
 * `html` with one policy meta tag first in <head>, allowing exactly the
 * inline scripts and styles the page holds now; any earlier policy tag is
 * replaced, so a step that inlines more calls this again.
 */
export function withContentSecurityPolicy(html: string): string {
  const page = html.replace(POLICY_META, '')
  const policy = policyText({ script: hashesOf(page, INLINE_SCRIPT), style: hashesOf(page, INLINE_STYLE) })
  if (!/<head>/i.test(page)) throw new Error('Content-Security-Policy: the page has no <head>')
  return page.replace(
    /<head>/i,
    (head) => `${head}\n    <meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}">`,
  )
}

/** Vite plugin: the policy's meta tag in index.html. List it after every plugin that changes the HTML, so it hashes the final inline elements. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => withContentSecurityPolicy(html) },
  }
}
