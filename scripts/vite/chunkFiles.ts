// Which built files a lazily loaded module needs, for <link> tags in the HTML.
import type { Plugin, Rolldown } from 'vite'

/** The CSS and JavaScript files a lazily loaded chunk needs, following its static imports. */
export function chunkFiles(bundle: Rolldown.OutputBundle, moduleSuffix: string) {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
  const start = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix))
  if (!start) throw new Error(`prerender: no chunk for ${moduleSuffix}`)
  const js = new Set<string>()
  const css = new Set<string>()
  const visit = (chunk: Rolldown.OutputChunk) => {
    if (js.has(chunk.fileName)) return
    js.add(chunk.fileName)
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === 'chunk') visit(next)
    }
  }
  visit(start)
  return { js: [...js], css: [...css] }
}

/**
 * Preloads a dynamically imported module's JavaScript and links its CSS from
 * index.html: the entry imports the app after the first paint (src/main.tsx),
 * and without these the app's code would only start downloading then, and its
 * styles would arrive after the page was drawn.
 */
export function preloadDynamicImport(moduleSuffix: string): Plugin {
  return {
    name: 'preload-dynamic-import',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return
        const { js, css } = chunkFiles(ctx.bundle, moduleSuffix)
        const missing = (file: string) => !html.includes(`/${file}"`)
        return [
          ...css.filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const })),
          ...js.filter(missing).map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const })),
        ]
      },
    },
  }
}
