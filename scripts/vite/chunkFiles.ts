// Which built files a lazily loaded module needs, for <link> tags in the HTML.
import type { Plugin, Rolldown } from 'vite'

/** The JavaScript files a lazily loaded module's chunk needs, following its static imports. */
export function chunkFiles(bundle: Rolldown.OutputBundle, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
  const start = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix))
  if (!start) throw new Error(`no chunk for ${moduleSuffix}`)
  const files = new Set<string>()
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (files.has(chunk.fileName)) return
    files.add(chunk.fileName)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === 'chunk') visit(next)
    }
  }
  visit(start)
  return [...files]
}

/** A modulepreload link at low priority: wanted soon, but not before what the first paint needs. */
const modulePreloadTag = (file: string) => ({
  tag: 'link',
  attrs: { rel: 'modulepreload', crossorigin: '', fetchpriority: 'low', href: `/${file}` },
  injectTo: 'head' as const,
})

/**
 * Preloads a dynamically imported module's code from index.html: the entry
 * imports the app after the first paint (src/main.tsx), and without these the
 * app's code would only start downloading then. (All CSS is one file, linked
 * by Vite: build.cssCodeSplit is off.)
 */
export function preloadDynamicImport(moduleSuffix: string): Plugin {
  return {
    name: 'preload-dynamic-import',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return
        return chunkFiles(ctx.bundle, moduleSuffix)
          .filter((file) => !html.includes(`/${file}"`))
          .map(modulePreloadTag)
      },
    },
  }
}
