/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

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
    generateBundle() {
      for (const file of seedFiles()) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(SEED_DIR, file)) })
      }
    },
  }
}

export default defineConfig({
  plugins: [react(), seedData()],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-|victory-vendor|@reduxjs|redux|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3)/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
  },
})
