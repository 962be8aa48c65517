/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { preloadDynamicImport } from './scripts/vite/chunkFiles.ts'
import { prerenderPages } from './scripts/vite/prerenderPages.ts'

const SEED_DIR = 'seeds'
const SEED_URL = '/data/'

/** Serves seeds/*.json at /data/ in dev and preview builds, and copies them into dist/data/. */
function seedData(): Plugin {
  const seedFiles = () => readdirSync(SEED_DIR).filter((f) => f.endsWith('.json'))
  return {
    name: 'seed-data',
    configureServer(server) {
      server.middlewares.use(SEED_URL, (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''))
        if (!seedFiles().includes(name)) return next()
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.end(readFileSync(join(SEED_DIR, name)))
      })
    },
    // Start fetching the data's manifest with the page rather than after the
    // JavaScript has run. Not the files it lists: a host that publishes new
    // data (docs/hosting.md) replaces them, often under other names, and a
    // preload of a file that is gone is a failed request on every page.
    transformIndexHtml: {
      order: 'post',
      handler: () => {
        return ['manifest.json'].map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', fetchpriority: 'low', href: `${SEED_URL}${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
    generateBundle() {
      for (const file of seedFiles()) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(SEED_DIR, file)) })
      }
    },
  }
}

/**
 * The production Content-Security-Policy, as a meta tag in the built
 * index.html: no inline or remote script. Only the build gets it, because the
 * dev server injects inline styles. frame-ancestors cannot be set by a meta
 * tag; docs/hosting.md gives the equivalent response headers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  plugins: [
    react(),
    seedData(),
    contentSecurityPolicy(),
    preloadDynamicImport('src/startApp.tsx'),
    prerenderPages({ seedDir: SEED_DIR, seedUrl: SEED_URL }),
  ],
  // The import worker loads exceljs and papaparse on demand, which needs module workers (code-split chunks).
  worker: { format: 'es' },
  build: {
    // One stylesheet for every view (about 6 kB gzipped): a single request
    // before the first paint, and no late styles when a lazy view opens.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-|victory-vendor|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)/,
            },
            // Higher priority so React lands in its own chunk, not in `charts`
            // (recharts depends on it); otherwise every page would load recharts.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    // Room for a view's first, cold import on the 2-core CI machine (see tests/setup.ts).
    testTimeout: 15_000,
    include: ['tests/**/*.test.{ts,tsx}'],
  },
})
