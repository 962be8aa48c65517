// Entry point for `npm run test:browser` (needs `npm run build` first).
import { run } from './harness.mjs'
import './journeys.browser.mjs'
import './meetings.browser.mjs'
import './prerender.browser.mjs'
import './compare.browser.mjs'
import './slides.browser.mjs'
import './charts.browser.mjs'
import './periods.browser.mjs'
import './navigation.browser.mjs'
import './downloads.browser.mjs'
import './table.browser.mjs'
import './hostile.browser.mjs'
// Each of its journeys clears the storage it used.
import './councils.browser.mjs'
import './neutral.browser.mjs'
import './entryForm.browser.mjs'
// Last: it leaves an imported scorecard in this profile's storage until it clears it.
import './update.browser.mjs'

const { failed } = await run()
process.exit(failed > 0 ? 1 : 0)
