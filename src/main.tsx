// The entry: tiny on purpose. The app (React, the router, the first page) is
// evaluated after the browser has painted what the HTML already holds (a
// prerendered page or the "Loading" shell); evaluating it first would hold
// that paint back by as long as the JavaScript takes to run.
import './app/styles.css'

const start = () => requestAnimationFrame(() => setTimeout(() => void import('./startApp')))
// A prerendered page shows once its guard (prerenderGuard.js) has confirmed the
// data, and the app waits for that verdict anyway (startApp.tsx): evaluating
// the app while the guard reads the data would only hold the page's first paint back.
if (document.documentElement.dataset.prerender === 'checking') document.addEventListener('prerender-verdict', start, { once: true })
else start()
