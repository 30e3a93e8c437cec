// The CLI as people run it: one ESM file, dist/cli/maildoctor.js, with the commands and libraries
// few runs need (serve, batch workers, demo, OAuth, the HTML report, discover…) in chunks loaded
// on first use. Resolving and reading ~100 modules cost 60 ms of every start; one file costs a
// few. dist/src stays tsc's output: it is the library (`exports`) and its types.
import { build } from 'esbuild'
import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * smtp-server (the demo's SMTP fixture) carries a default key for localhost, which the demo never
 * uses (it serves certificates made at start): left in, the package would ship a private key.
 * @type {import('esbuild').Plugin}
 */
const noDefaultKey = {
  name: 'no-default-key',
  setup(b) {
    b.onLoad({ filter: /smtp-server[\\/]dist[\\/](esm|cjs)[\\/]tls-options\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8')
      const contents = source.replace(/'-----BEGIN RSA PRIVATE KEY-----[\s\S]*?-----END RSA PRIVATE KEY-----'/, "''")
      if (contents === source) throw new Error(`${path}: the default key was not found, check it is still left out`)
      return { contents, loader: 'js' }
    })
  },
}

/** @type {import('esbuild').BuildOptions} */
export const bundleOptions = {
  absWorkingDir: root,
  // The worker pool starts `batch-worker.js` beside the chunk that holds it: every output file
  // lands in the one folder (no chunk subfolder).
  entryPoints: { maildoctor: 'src/cli/main.ts', 'batch-worker': 'src/batch/batch-worker.ts' },
  outdir: join(root, 'dist', 'cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  // CommonJS libraries inside an ES module still call require() for Node's own modules. Made on
  // first call: most chunks never call it, and createRequire costs a path and URL parse each.
  banner: {
    js: [
      "import { createRequire as __mdCreateRequire } from 'node:module'",
      'let __mdRequire',
      'const require = (id) => (__mdRequire ??= __mdCreateRequire(import.meta.url))(id)',
    ].join('; '),
  },
  legalComments: 'linked',
  plugins: [noDefaultKey],
  logLevel: 'warning',
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(bundleOptions.outdir, { recursive: true, force: true })
  await build(bundleOptions)
}
