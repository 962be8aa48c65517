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
// The files it reads are handed to the app's first load, which takes them
// rather than fetching them again.
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
  var bodiesGlobal = script.getAttribute('data-bodies-global')
  var meta = document.querySelector('meta[name="scorecard-manifest"]')
  var path = location.pathname.replace(/\/+$/, '') || '/'

  // A preload at low priority, as the build's own preloads are: wanted soon, not before the page.
  function addPreload(rel, href, as) {
    var link = document.createElement('link')
    link.rel = rel
    if (as) link.as = as
    link.crossOrigin = ''
    link.setAttribute('fetchpriority', 'low')
    link.href = href
    document.head.appendChild(link)
  }

  // The app's code (prerenderPages.ts leaves its preloads to this script): it would
  // compete with the data the prerendered page waits for, so it is fetched once
  // that page has painted, or at once when there is no page to wait for.
  function preloadApp() {
    for (var i = 0; i < preloads.length; i++) addPreload('modulepreload', preloads[i])
  }

  // Once the body has been read: the page it holds is only there then.
  function whenParsed(then) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then)
    else then()
  }

  // The page arrives inside a <noscript>, which with JavaScript on the parser
  // reads as plain text: on any other address (and while the data is read)
  // it costs no parsing into elements, no style and no layout. Confirmed, the
  // text becomes the page; with JavaScript off it is ordinary (hidden) HTML.
  function unpack() {
    var node = document.querySelector('#root > .prerendered')
    var held = node && node.firstElementChild
    if (held && held.tagName === 'NOSCRIPT') node.innerHTML = held.textContent
  }

  function settle(confirmed) {
    if (!confirmed) {
      preloadApp()
      root.setAttribute('data-prerender', 'refused')
      document.dispatchEvent(new Event('prerender-verdict'))
      // Not just hidden: gone, so no reader, search or copy meets the build's figures.
      whenParsed(function () {
        var node = document.querySelector('#root > .prerendered')
        if (node) node.remove()
      })
      return
    }
    whenParsed(function () {
      unpack()
      root.setAttribute('data-prerender', 'confirmed')
      root.classList.add('prerender-confirmed')
      requestAnimationFrame(function () {
        setTimeout(preloadApp)
      })
      document.dispatchEvent(new Event('prerender-verdict'))
    })
  }

  // Whether the published files are the scorecard in use: not when a version
  // saved in this browser is (the app then reads none), nor when the page's
  // data address was changed after the build.
  function readsPublishedData() {
    if (meta !== null && meta.content.trim() !== manifest) return false
    try {
      var saved = JSON.parse(localStorage.getItem(savedKey) || 'null')
      if (saved && saved.current) return false
    } catch {
      // Storage blocked or unreadable: the app will not find a saved scorecard either.
    }
    return true
  }

  // Whether the prerendered page is this address's page as the app would draw it.
  function pageFits() {
    if (path !== page || location.search !== '') return false
    try {
      // Columns hidden in the table (useColumnStore) change the table's markup.
      var columns = JSON.parse(localStorage.getItem(columnsKey) || 'null')
      if (page === '/scorecard' && columns && columns.state && columns.state.hidden && columns.state.hidden.length > 0) return false
    } catch {
      // As above: nothing hidden that the app could read.
    }
    return true
  }

  // The manifest, fetched with the page for the app where no page will show
  // (the same request as the app's, so it is reused). Only the manifest: this
  // guard reading every file on every address brought the data sooner, but
  // Lighthouse's blocking time grew (median 390 against 130 ms on /compare).
  function preloadManifest() {
    addPreload('preload', manifest, 'fetch')
  }

  root.setAttribute('data-prerender', 'checking')
  if (!readsPublishedData() || typeof fetch !== 'function') return settle(false)
  if (!pageFits()) {
    preloadManifest()
    return settle(false)
  }

  // Whatever goes wrong here (an old browser, a bad address), the verdict still
  // comes: the app waits for it, and the page must not stay hidden.
  try {
    // Each file's bytes, handed to the app's first load by address (src/data/guardBodies.ts):
    // it takes them rather than fetching the files again.
    var handed = {}
    if (bodiesGlobal) window[bodiesGlobal] = handed
    var readBytes = function (url) {
      // The app's own limit on a request (src/data/fetchDataText.ts), which also waits on this one.
      var options = typeof AbortSignal !== 'undefined' && AbortSignal.timeout ? { signal: AbortSignal.timeout(30000) } : {}
      var body = fetch(url, options).then(function (response) {
        if (!response.ok) throw new Error(url + ': HTTP ' + response.status)
        return response.arrayBuffer()
      })
      // A failed read is the app's to report: it fetches the file itself, and says what went wrong.
      body.catch(function () {})
      handed[url] = body
      return body
    }
    var sizeOf = function (buffer) {
      var head = new Uint8Array(buffer, 0, Math.min(3, buffer.byteLength))
      var bom = head.length === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
      return buffer.byteLength - (bom ? 3 : 0)
    }
    var decoder = new TextDecoder()
    var base = new URL(manifest, location.href)
    readBytes(base.href)
      .then(function (manifestBuffer) {
        var manifestText = decoder.decode(manifestBuffer)
        var reads = JSON.parse(manifestText).files.map(function (file) {
          return readBytes(new URL(file, base).href)
        })
        return Promise.all(reads).then(function (buffers) {
          // Data of another size is other data: refused without decoding or hashing it.
          var size = sizeOf(manifestBuffer)
          for (var i = 0; i < buffers.length; i++) size += sizeOf(buffers[i])
          if (bytes && size !== bytes) return false
          var texts = buffers.map(function (buffer) {
            return decoder.decode(buffer)
          })
          return dataFingerprint([manifestText].concat(texts)) === fingerprint
        })
      })
      .then(settle, function () {
        settle(false)
      })
  } catch {
    settle(false)
  }
})()
