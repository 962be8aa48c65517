// Runs in <head>, on pages that carry a prerendered page (see
// prerenderPages.ts). The prerendered page is hidden until this script
// confirms it fits: CSS shows it only under `html.prerender-confirmed`, so
// with JavaScript off it never shows (the page's <noscript> says why), and a
// host whose data was replaced after the build never shows the build's figures.
//
// It is refused (and removed from the page) for another address (hosts
// answer every path with index.html), a query string (another period or
// filters), a scorecard saved in this browser, hidden table columns, a changed
// data address, or data whose fingerprint (dataFingerprint, prepended to this
// script by the build) differs from the one the page was drawn from. Then
// the "Loading" shell stays and the app draws the right page when it starts.
// The verdict is `data-prerender` on <html> ("checking", then "confirmed" or
// "refused") and a `prerender-verdict` event, which src/startApp.tsx waits for.
/* global dataFingerprint -- the build puts dataFingerprint.ts before this script */
;(function () {
  var script = document.currentScript
  var root = document.documentElement
  var page = script.getAttribute('data-path')
  var manifest = script.getAttribute('data-manifest')
  var fingerprint = script.getAttribute('data-fingerprint')
  var bytes = Number(script.getAttribute('data-bytes'))
  var savedKey = script.getAttribute('data-saved-key')
  var columnsKey = script.getAttribute('data-columns-key')
  var preloads = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean)
  var textsGlobal = script.getAttribute('data-texts-global')
  var meta = document.querySelector('meta[name="scorecard-manifest"]')
  var path = location.pathname.replace(/\/+$/, '') || '/'

  // The app's code (prerenderPages.ts leaves its preloads to this script): it would
  // compete with the data the prerendered page waits for, so it is fetched once
  // that page has painted, or at once when there is no page to wait for.
  function preloadApp() {
    for (var i = 0; i < preloads.length; i++) {
      var link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.setAttribute('fetchpriority', 'low')
      link.href = preloads[i]
      document.head.appendChild(link)
    }
  }

  function settle(confirmed) {
    if (confirmed)
      requestAnimationFrame(function () {
        setTimeout(preloadApp)
      })
    else preloadApp()
    root.setAttribute('data-prerender', confirmed ? 'confirmed' : 'refused')
    if (confirmed) root.classList.add('prerender-confirmed')
    else {
      // Not just hidden: gone, so no reader, search or copy meets the build's figures.
      var remove = function () {
        var node = document.querySelector('#root > .prerendered')
        if (node) node.remove()
      }
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', remove)
      else remove()
    }
    document.dispatchEvent(new Event('prerender-verdict'))
  }

  function fits() {
    if (path !== page || location.search !== '' || (meta !== null && meta.content.trim() !== manifest)) return false
    try {
      var saved = JSON.parse(localStorage.getItem(savedKey) || 'null')
      if (saved && saved.current) return false
      // Columns hidden in the table (useColumnStore) change the table's markup.
      var columns = JSON.parse(localStorage.getItem(columnsKey) || 'null')
      if (page === '/scorecard' && columns && columns.state && columns.state.hidden && columns.state.hidden.length > 0) return false
    } catch {
      // Storage blocked or unreadable: the app will not find a saved scorecard either.
    }
    return true
  }

  root.setAttribute('data-prerender', 'checking')
  if (!fits() || typeof fetch !== 'function') return settle(false)

  // The same requests as the app's (and the page's preloads), so the files are fetched once.
  var fetchOk = function (url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status)
      return response
    })
  }
  var read = function (url) {
    return fetchOk(url).then(function (response) {
      return response.text()
    })
  }
  // A data file's bytes, decoded only once the sizes agree: decoding a large file is a long task.
  var readBytes = function (url) {
    return fetchOk(url).then(function (response) {
      return response.arrayBuffer()
    })
  }
  var sizeOf = function (buffer) {
    var head = new Uint8Array(buffer, 0, Math.min(3, buffer.byteLength))
    var bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
    return buffer.byteLength - (bom ? 3 : 0)
  }
  var base = new URL(manifest, location.href)
  read(base.href)
    .then(function (manifestText) {
      var files = JSON.parse(manifestText).files
      return Promise.all(
        files.map(function (file) {
          return readBytes(new URL(file, base).href)
        }),
      ).then(function (buffers) {
        // Data of another size is other data: refused without decoding or hashing it.
        var size = new Blob([manifestText]).size
        for (var i = 0; i < buffers.length; i++) size += sizeOf(buffers[i])
        if (bytes && size !== bytes) return settle(false)
        var decoder = new TextDecoder()
        var texts = buffers.map(function (buffer) {
          return decoder.decode(buffer)
        })
        // Left for the app's first load, which takes each once rather than fetching
        // it again (src/data/guardTexts.ts): they are what the host serves now.
        var handed = {}
        handed[base.href] = manifestText
        files.forEach(function (file, i) {
          handed[new URL(file, base).href] = texts[i]
        })
        if (textsGlobal) window[textsGlobal] = handed
        settle(dataFingerprint([manifestText].concat(texts)) === fingerprint)
      })
    })
    .catch(function () {
      settle(false)
    })
})()
