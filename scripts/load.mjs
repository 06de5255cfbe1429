// make bench's throughput step: a mixed read workload (a hazard list page, a hazard with its
// timeline, /api/v1/me) from concurrent clients with autocannon, beside the same load on
// /q/health/live, the framework's ceiling on this machine; then single requests one at a time
// (one client), the latency a user meets on a quiet server. Prints one JSON object.
//
//   node scripts/load.mjs --url http://127.0.0.1:8098 --token … --hazard 123 [--connections 50] [--seconds 20]
//
// autocannon is installed by scripts/bench.sh into .run/tools (AUTOCANNON_DIR).
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    hazard: { type: 'string' },
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '20' },
  },
})
const require = createRequire(join(process.env.AUTOCANNON_DIR ?? process.cwd(), 'node_modules', 'index.js'))
const autocannon = require('autocannon')

const connections = Number(values.connections)
const duration = Number(values.seconds)

function run(title, options) {
  return new Promise((resolve, reject) => {
    autocannon({ url: values.url, connections, duration, ...options, title }, (error, result) =>
      error ? reject(error) : resolve(result),
    )
  })
}

function summary(result) {
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

const auth = { authorization: `Bearer ${values.token}`, accept: 'application/json' }
// warm the JIT on the mixed paths so the measured run is not the compiler's
await run('warm-up', {
  duration: 5,
  headers: auth,
  requests: [{ path: '/api/v1/hazards' }, { path: `/api/v1/hazards/${values.hazard}` }, { path: '/api/v1/me' }],
})
const mixed = await run('mixed', {
  headers: auth,
  requests: [{ path: '/api/v1/hazards' }, { path: `/api/v1/hazards/${values.hazard}` }, { path: '/api/v1/me' }],
})
const health = await run('health', { requests: [{ path: '/q/health/live' }] })

// one client, one request at a time: what the in-process bench measures, here against the server as
// deployed, with a client in a process of its own
const single = {}
for (const [name, path] of [
  ['hazardsByState', '/api/v1/hazards?state=RECTIFYING'],
  ['hazardsFirstPage', '/api/v1/hazards'],
  ['hazard', `/api/v1/hazards/${values.hazard}`],
  ['units', '/api/v1/units'],
  ['me', '/api/v1/me'],
]) {
  await run(`warm-up ${name}`, { connections: 1, duration: 3, headers: auth, requests: [{ path }] })
  const result = await run(name, { connections: 1, duration: 8, headers: auth, requests: [{ path }] })
  single[name] = { path, ...summary(result), p97_5: result.latency.p97_5, average: result.latency.average }
}
console.log(JSON.stringify({ connections, seconds: duration, mixed: summary(mixed), health: summary(health), single }))
