// The CLI as people run it: one ESM file, dist/cli/maildoctor.js, with the commands and libraries
// few runs need (serve, batch workers, demo, OAuth, the HTML report, discover…) in chunks loaded
// on first use. From tsc's output a start resolved and loaded ~100 modules (with node_modules
// lookups); the bundle reads a few files. dist/src stays tsc's output: the library (`exports`)
// and its types.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
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

/** Node's rule: a .js file is CommonJS unless its package says `"type": "module"`. */
function isCommonJs(file) {
  if (/\.cjs$/.test(file)) return true
  if (!/\.js$/.test(file)) return false
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) return JSON.parse(readFileSync(pkg, 'utf8')).type !== 'module'
  }
  return true
}

/**
 * With splitting, esbuild gives `await import('yaml')` of a CommonJS library only a `default`
 * export (evanw/esbuild#3245), where Node gives its named exports too. Such an import goes
 * through a small ES module that names them, so `const { parseDocument } = await import('yaml')`
 * works bundled as it does from dist/src.
 * @type {import('esbuild').Plugin}
 */
const namedCommonJsExports = {
  name: 'named-commonjs-exports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.path.startsWith('node:')) return undefined
      const real = await b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir })
      if (real.errors.length || !isCommonJs(real.path)) return undefined
      return { path: real.path, namespace: 'named-commonjs', pluginData: args.path }
    })
    b.onLoad({ filter: /.*/, namespace: 'named-commonjs' }, ({ path, pluginData: specifier }) => {
      const names = Object.keys(createRequire(path)(path)).filter(
        (n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default',
      )
      return {
        contents:
          `import m from ${JSON.stringify(specifier)}\nexport default m\nexport const { ${names.join(', ')} ` +
          `} = m\n`,
        resolveDir: dirname(path),
        loader: 'js',
      }
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
  plugins: [noDefaultKey, namedCommonJsExports],
  logLevel: 'warning',
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(bundleOptions.outdir, { recursive: true, force: true })
  await build(bundleOptions)
  // The top-level help never changes between builds: bin/ prints this copy for a bare
  // `maildoctor --help`, without loading commander and the command table (a third of its start).
  const help = execFileSync(process.execPath, [join(bundleOptions.outdir, 'maildoctor.js'), '--help'], {
    encoding: 'utf8',
  })
  writeFileSync(join(bundleOptions.outdir, 'help.txt'), help)
}
