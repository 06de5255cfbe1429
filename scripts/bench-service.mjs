// make bench: the table of the backend as deployed (start, memory, throughput) and the SPA's first
// page, in the same shape as the API-against-baseline table, appended to bench-results.md.
import { cpus } from 'node:os'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    starts: { type: 'string' },
    'start-median': { type: 'string' },
    'idle-rss': { type: 'string' },
    'loaded-rss': { type: 'string' },
    load: { type: 'string' },
    'first-page': { type: 'string' },
  },
})

const load = JSON.parse(values.load)
const firstPage = JSON.parse(values['first-page'])
const startMedian = Number(values['start-median'])
const idleRss = Number(values['idle-rss'])
const loadedRss = Number(values['loaded-rss'])
const verdict = (pass) => (pass ? 'pass' : '**FAIL**')
const n = (value) => value.toLocaleString('en-US')

const rows = [
  ['backend start to ready (packaged jar, JVM launch to /q/health/ready)', `median ${n(startMedian)} ms of ${values.starts.split(' ').map(Number).map(n).join(', ')} ms`, '≤ 3,000 ms', verdict(startMedian <= 3000)],
  ['backend idle memory (RSS, 10 s after ready)', `${n(idleRss)} MB`, '≤ 350 MB', verdict(idleRss <= 350)],
  ['backend memory after the load below (RSS)', `${n(loadedRss)} MB`, '(shown, not a target)', ''],
]
const mixed = load.mixed
const health = load.health
const clean = mixed.errors === 0 && mixed.non2xx === 0 && health.errors === 0 && health.non2xx === 0
rows.push([
  `throughput: ${load.connections} clients, mixed reads (hazard list, hazard with timeline, /me) as the town admin, ${load.seconds} s`,
  `${n(mixed.rps)} req/s, p50 ${mixed.p50} ms, p99 ${mixed.p99} ms; ${n(mixed.requests)} requests, ${mixed.errors} errors, ${mixed.non2xx} not 2xx`,
  `beside /q/health/live: ${n(health.rps)} req/s, p99 ${health.p99} ms (${((mixed.rps / Math.max(1, health.rps)) * 100).toFixed(1)} % of the ceiling)`,
  clean ? 'measured' : '**FAIL** (errors)',
])
for (const single of Object.values(load.single ?? {})) {
  rows.push([
    `one request at a time (1 client, 8 s after 3 s of warm-up): GET ${single.path}`,
    `${n(single.rps)} req/s one after another, ${(1000 / Math.max(1, single.rps)).toFixed(2)} ms each (autocannon's whole milliseconds: p50 ${single.p50}, p97.5 ${single.p97_5}); ${n(single.requests)} requests, ${single.errors + single.non2xx} failed`,
    '(shown beside the in-process table above)',
    single.errors === 0 && single.non2xx === 0 ? 'measured' : '**FAIL** (errors)',
  ])
}
for (const page of firstPage) {
  const who = page.login === 'officer' ? 'a village officer on a phone' : 'the town admin'
  rows.push([
    `SPA first page, ${who} (JavaScript fetched until the home page stands, production build)`,
    `${n(page.gzipKb)} KB gzip (${n(page.rawKb)} KB raw, ${page.files} files)`,
    '≤ 300 KB gzip',
    verdict(page.gzipKb <= 300),
  ])
}

let out = `\n## The backend as deployed, and the SPA\n\n`
out += `The packaged backend (java -jar quarkus-run.jar with its class-data archive as backend/Dockerfile runs it, default JIT and heap settings, ${cpus().length} cores shared with the database, Keycloak and the load tool) on the data seeded above; autocannon (npm) as the load tool; Chromium for the first page.\n\n`
out += '| measure | result | target | verdict |\n|---|---|---|---|\n'
for (const row of rows) out += `| ${row.join(' | ')} |\n`
out += `\n${rows.filter((row) => row[3] === 'pass').length} of ${rows.filter((row) => row[3] === 'pass' || row[3].startsWith('**FAIL')).length} of these targets met.\n`
process.stdout.write(out)
