// Vite plugin: puts the app's one stylesheet (build.cssCodeSplit is off) into
// each page as a <style> element instead of a <link>. A linked stylesheet holds
// the first paint back until it has arrived, even from the cache; inline, the
// page paints as soon as its HTML is parsed. It is about 7 kB gzipped, so
// every page carrying it costs less than the request it saves. The policy
// allows it by its hash (contentSecurityPolicy.ts).
import type { Plugin, Rolldown } from 'vite'

const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g

export function inlineStylesheet(): Plugin {
  return {
    name: 'inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html
        const bundle = ctx.bundle
        return html.replace(STYLESHEET_LINK, (link, file: string) => {
          const asset = bundle[file] as Rolldown.OutputAsset | undefined
          if (asset?.type !== 'asset') throw new Error(`inline stylesheet: ${file} is not in the build`)
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
          // A stylesheet holding "</style" would end the element early.
          if (/<\/style/i.test(css)) throw new Error(`inline stylesheet: ${file} contains "</style"`)
          return `<style>${css}</style>`
        })
      },
    },
  }
}
