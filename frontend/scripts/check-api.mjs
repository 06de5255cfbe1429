// Fails when src/api/schema.d.ts no longer matches the OpenAPI contract it is generated from.
// Keep SPEC in step with the "gen:api" script in package.json.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const SPEC = '../openapi.yaml'
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const committed = join(root, 'src/api/schema.d.ts')
const bin = join(root, 'node_modules/.bin/openapi-typescript')

if (!existsSync(join(root, SPEC))) {
  console.error(`check:api: contract ${SPEC} (relative to frontend/) not found`)
  process.exit(2)
}
const dir = mkdtempSync(join(tmpdir(), 'anjian-api-'))
try {
  const fresh = join(dir, 'schema.d.ts')
  execFileSync(bin, [SPEC, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const same = existsSync(committed) && readFileSync(committed, 'utf8') === readFileSync(fresh, 'utf8')
  if (!same) {
    console.error('frontend/src/api/schema.d.ts is stale: run npm run gen:api')
    process.exit(1)
  }
  console.log(`check:api: src/api/schema.d.ts is up to date with ${SPEC}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
