// Loads the app's TypeScript modules in Node through Vite's SSR loader, so a
// script runs exactly the code the app runs, with no separate build.
import { createServer } from 'vite'

/** Runs `use(load)`, where `load('/src/…/x.ts')` imports a module, then closes Vite. */
export async function withAppModules(use) {
  const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' })
  try {
    return await use((path) => vite.ssrLoadModule(path))
  } finally {
    await vite.close()
  }
}
