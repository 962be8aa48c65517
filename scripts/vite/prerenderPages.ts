// Vite plugin: after a production build, renders the overview and the table
// from the bundled seed data into dist/index.html and dist/scorecard.html, so
// both pages paint as HTML before the JavaScript arrives (the app then renders
// over them). The "Loading" shell stays in the page beside it, and the
// prerendered page (held as text in a <noscript>, so other addresses pay
// nothing to lay it out) shows only once prerenderGuard.js has confirmed it fits:
// the same address, no query string, nothing saved in the browser, no hidden
// table columns, the same data address, and data whose fingerprint
// (dataFingerprint.ts) is the one the page was drawn from. So replacing the
// data on a host never shows the build's figures, and with JavaScript off
// they never show at all (docs/hosting.md).
// Skipped when the data is not bundled: a page rendered from other data than
// the app will load would show the wrong figures.
import { readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, type Plugin } from 'vite'
import { paths } from '../../src/lib/paths.ts'
import { chunkFiles } from './chunkFiles.ts'
import { withContentSecurityPolicy } from './contentSecurityPolicy.ts'
import { dataFingerprint } from './dataFingerprint.ts'

type Options = { seedDir: string; seedUrl: string }
/** src/app/prerender.tsx's exports (typed here: this config project does not compile JSX). */
type PrerenderModule = {
  prerenderPages: (
    manifestUrl: string,
    read: (url: string) => Promise<string>,
    paths: readonly string[],
  ) => Promise<{ path: string; html: string }[]>
  GUARD_STORAGE_KEYS: { saved: string; columns: string; bodies: string }
}

/** Pages to prerender, with the module of the lazily loaded page each needs (preloaded). */
const PAGES = [
  { path: paths.overview.href(), out: 'index.html', module: undefined },
  { path: paths.scorecard.href(), out: 'scorecard.html', module: 'src/features/scorecard-table/ScorecardTablePage.tsx' },
] as const

const ROOT = /<div id="root">([\s\S]*)<\/div>(\s*<\/body>)/
const MANIFEST_META = /<meta name="scorecard-manifest"[^>]*>/
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g
const manifestPreload = (href: string) =>
  new RegExp(`\\s*<link rel="preload" as="fetch"[^>]*href="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`)
const GUARD_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'prerenderGuard.js')

/** The guard's code, with the fingerprint function inside it so both sides hash alike. */
function guardSource(): string {
  const source = `;(function () {\nconst dataFingerprint = ${dataFingerprint.toString()}\n${readFileSync(GUARD_SOURCE, 'utf8')}\n})()\n`
  if (/<\/script/i.test(source)) throw new Error('prerender: the guard\'s code contains "</script", which would end it early')
  return source
}

export function prerenderPages({ seedDir, seedUrl }: Options): Plugin {
  let outDir = 'dist'
  let root = process.cwd()
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle(_options, bundle) {
      if (process.env.VITE_SCORECARD_MANIFEST) {
        this.warn('prerender skipped: VITE_SCORECARD_MANIFEST points at data the build does not have')
        return
      }
      const shell = readFileSync(join(outDir, 'index.html'), 'utf8')
      const notInShell = (file: string) => !shell.includes(`/${file}"`)
      if (!ROOT.test(shell)) throw new Error('prerender: index.html has no <div id="root"> at the end of <body>')
      if (!MANIFEST_META.test(shell)) throw new Error('prerender: index.html has no <meta name="scorecard-manifest">')
      // A plain SSR loader for the app's modules; no config file, so this plugin does not run again inside it.
      const server = await createServer({ root, configFile: false, logLevel: 'error', server: { middlewareMode: true }, appType: 'custom' })
      try {
        const { prerenderPages: render, GUARD_STORAGE_KEYS: keys } = (await server.ssrLoadModule(
          '/src/app/prerender.tsx',
        )) as PrerenderModule
        const read = (url: string) => readFile(join(seedDir, new URL(url, 'http://localhost/').pathname.slice(seedUrl.length)), 'utf8')
        const manifest = `${seedUrl}manifest.json`
        const manifestText = await read(manifest)
        const files = (JSON.parse(manifestText) as { files: string[] }).files
        const texts = [manifestText, ...(await Promise.all(files.map((file) => read(`${seedUrl}${file}`))))]
        const fingerprint = dataFingerprint(texts)
        // The data's size in bytes too, so the guard refuses data of another size without decoding or hashing it (long tasks for a large file).
        const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text) - (text.charCodeAt(0) === 0xfeff ? 3 : 0), 0)
        const pages = await render(
          manifest,
          read,
          PAGES.map((p) => p.path),
        )
        for (const [i, page] of pages.entries()) {
          const { out, module } = PAGES[i]!
          // The Content-Security-Policy would block any inline script React added.
          if (/<script/i.test(page.html))
            throw new Error(`prerender ${page.path}: the rendered page contains a <script>, which the CSP forbids`)
          // The page is held in a <noscript> (see the guard), which such a tag would end early.
          if (/<\/?noscript/i.test(page.html))
            throw new Error(`prerender ${page.path}: the rendered page contains a <noscript>, which would end the one that holds it`)
          let html = shell.replace(
            ROOT,
            (_m, loading: string, end: string) =>
              `<div id="root"><div class="prerender-fallback">${loading.trim().replace(' id="main"', '')}</div><div class="prerendered"><noscript>${page.html}</noscript></div></div>${end}`,
          )
          // The guard goes right after the data address it reads, and inline (allowed by
          // its hash): the prerendered page shows once the guard has read the data, so
          // its requests must start as the HTML arrives, not after another request.
          // The app's code is preloaded by the guard, not by the HTML: once the page has
          // shown, or at once when it will not. Fetched with the page, the code would
          // compete with the data the page is waiting for.
          const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1]!)
          preloads.push(...(module ? chunkFiles(bundle, module) : []).filter(notInShell).map((file) => `/${file}`))
          html = html.replace(MODULE_PRELOAD, '')
          // The guard reads the manifest before the parser reaches this preload, which then would be a second request.
          const preloadOfManifest = manifestPreload(manifest)
          if (!preloadOfManifest.test(html)) throw new Error(`prerender: index.html has no preload of ${manifest} to take out`)
          html = html.replace(preloadOfManifest, '')
          const guard = `<script data-path="${page.path}" data-manifest="${manifest}" data-fingerprint="${fingerprint}" data-bytes="${bytes}" data-saved-key="${keys.saved}" data-columns-key="${keys.columns}" data-bodies-global="${keys.bodies}" data-preload="${preloads.join(' ')}">${guardSource()}</script>`
          html = html.replace(MANIFEST_META, (meta) => `${meta}\n    ${guard}`)
          writeFileSync(join(outDir, out), withContentSecurityPolicy(html))
        }
      } finally {
        await server.close()
      }
    },
  }
}
