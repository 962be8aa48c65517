// The entry: tiny on purpose. The app (React, the router, the first page) is
// evaluated after the browser has painted what the HTML already holds (a
// prerendered page or the "Loading" shell); evaluating it first would hold
// that paint back by as long as the JavaScript takes to run.
import './app/styles.css'

requestAnimationFrame(() => setTimeout(() => void import('./startApp')))
