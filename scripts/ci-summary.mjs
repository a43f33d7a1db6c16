// Prints the closing line CI reads ("N passed, N failed") from the JSON results the Vitest run
// wrote under CI (artifacts/vitest.json: the unit, vue3, vue2.7 and vue2.6 projects together) and
// the e2e run's TAP file (artifacts/e2e.tap).
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
const parts = []
for (const name of ['vitest']) {
  const file = `artifacts/${name}.json`
  if (!existsSync(file)) {
    console.error(`missing ${file}: that run did not finish`)
    failed++
    continue
  }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + (r.numTodoTests ?? 0)
  parts.push(`${name}: ${r.numPassedTests}/${r.numTotalTests}`)
}
if (existsSync('artifacts/e2e.tap')) {
  const tap = readFileSync('artifacts/e2e.tap', 'utf8')
  const n = (k) => Number((new RegExp(`^# ${k} (\\d+)`, 'm').exec(tap) || [])[1] || 0)
  passed += n('pass')
  failed += n('fail')
  skipped += n('skipped')
  parts.push(`e2e: ${n('pass')}/${n('tests')}`)
}
console.log(parts.join(' · '))
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 ? 1 : 0)
