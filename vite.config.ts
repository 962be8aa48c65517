/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { preloadDynamicImport } from './scripts/vite/chunkFiles.ts'
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts'
import { inlineStylesheet } from './scripts/vite/inlineStylesheet.ts'
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

export default defineConfig({
  plugins: [
    react(),
    seedData(),
    preloadDynamicImport('src/startApp.tsx'),
    inlineStylesheet(),
    // After every other change to the HTML, so it hashes the page's final inline elements.
    contentSecurityPolicy(),
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
