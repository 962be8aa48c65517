// Runs in <head>, before the body is drawn, on pages that carry a prerendered
// page (see prerenderPages.ts). A host answers every address with index.html,
// so the prerendered overview also arrives for /indicator/G1; and a query
// string, a scorecard saved in this browser, columns hidden in the table or a
// changed data address all mean other content. In those cases the plain
// "Loading" shell is shown instead, and the app draws the right page when it
// starts.
;(function () {
  var script = document.currentScript
  var page = script.getAttribute('data-path')
  var manifest = script.getAttribute('data-manifest')
  var savedKey = script.getAttribute('data-saved-key')
  var columnsKey = script.getAttribute('data-columns-key')
  var meta = document.querySelector('meta[name="scorecard-manifest"]')
  var path = location.pathname.replace(/\/+$/, '') || '/'
  var stale = path !== page || location.search !== '' || (meta !== null && meta.content.trim() !== manifest)
  try {
    var saved = JSON.parse(localStorage.getItem(savedKey) || 'null')
    if (saved && saved.current) stale = true
    // Columns hidden in the table (useColumnStore) change the table's markup.
    var columns = JSON.parse(localStorage.getItem(columnsKey) || 'null')
    if (page === '/scorecard' && columns && columns.state && columns.state.hidden && columns.state.hidden.length > 0) stale = true
  } catch {
    // Storage blocked or unreadable: the app will not find a saved scorecard either.
  }
  if (stale) document.documentElement.classList.add('prerender-stale')
})()
