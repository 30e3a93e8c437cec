// The CLI as people run it: one ESM file, dist/cli/maildoctor.js, with the commands and libraries
// few runs need (serve, batch workers, demo, OAuth, the HTML report, discover…) in chunks loaded
// on first use. From tsc's output a start resolved and loaded ~100 modules (with node_modules
// lookups); the bundle reads a few files. dist/src stays tsc's output: the library (`exports`)
// and its types.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire, isBuiltin } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const requireHere = createRequire(import.meta.url)

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

/**
 * The getters of Node's modules that maildoctor imports by name: read once, when the module is
 * first required. Any other getter is left unread (fs.ReadStream's loads the stream classes,
 * crypto.webcrypto the Web Crypto API…); importing one by name fails the build until it is listed.
 */
const READ_GETTERS = { dns: ['promises'] }

/**
 * Node's own modules through require(), not `import`: importing a built-in makes Node build its ES
 * module facade, which reads every export, getters included: ~7 ms of a check's start. Each is an
 * ES module here that requires the built-in once and names its plain values (esbuild's CommonJS
 * interop would copy every property of it into each importing module). `import()` of a built-in
 * stays as it is.
 * @type {import('esbuild').Plugin}
 */
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^[\w:/]+$/ }, ({ path, kind }) =>
      kind === 'import-statement' && isBuiltin(path) ? { path, namespace: 'builtin-require' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, ({ path }) => {
      const id = path.replace(/^node:/, '')
      const getters = READ_GETTERS[id] ?? []
      const names = Object.entries(Object.getOwnPropertyDescriptors(requireHere(path)))
        .filter(
          ([name, d]) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && (!d.get || getters.includes(name)),
        )
        .map(([name]) => name)
      const contents = [
        `const m = require(${JSON.stringify(path)})`,
        'export default m',
        `export const { ${names.join(', ')} } = m`,
      ]
      return { contents: contents.join('\n'), loader: 'js' }
    })
  },
}

/**
 * commander requires node:child_process as it loads, for subcommands that are programs of their
 * own (maildoctor has none): it loads on first use instead, not at every start (~2 ms).
 * @type {import('esbuild').Plugin}
 */
const childProcessOnUse = {
  name: 'child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, ({ path, importer, kind }) =>
      kind === 'require-call' && /node_modules[\\/]commander[\\/]/.test(importer)
        ? { path, namespace: 'on-use' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'on-use' }, ({ path }) => ({
      contents: `let m\nmodule.exports = new Proxy({}, { get: (_, k) => (m ??= require(${JSON.stringify(path)}))[k] })`,
      loader: 'js',
    }))
  },
}

/** @type {import('esbuild').BuildOptions} */
export const bundleOptions = {
  absWorkingDir: root,
  // The worker pool starts `batch-worker.cjs` (workerBundleOptions) beside the chunk that holds it:
  // every output file lands in the one folder (no chunk subfolder).
  entryPoints: { maildoctor: 'src/cli/main.ts' },
  outdir: join(root, 'dist', 'cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  // Every start reads, decodes and parses the code it loads: minified, a check's is half the size
  // (~9 → ~4 ms to parse its main file). Errors print their message, never a stack trace.
  minify: true,
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
  plugins: [noDefaultKey, namedCommonJsExports, builtinsByRequire, childProcessOnUse],
  logLevel: 'warning',
}

/**
 * `maildoctor check` has a bundle of its own (bin/maildoctor.js sends it there): the same entry
 * with a command table that imports the check's code up front (check-command-loaders.ts).
 * @type {import('esbuild').Plugin}
 */
const checkCommandOnly = {
  name: 'check-command-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/command-loaders\.js$/ }, ({ resolveDir }) => ({
      path: join(resolveDir, 'check-command-loaders.ts'),
    }))
  },
}

/**
 * What a check loads on demand, in CommonJS files of their own beside the check's, so that a check
 * that does not need one never reads or parses it (V8 pre-parses all of a file, even functions it
 * does not run: ~0.1 ms per kB here): the spinner, the autoconfig XML parser, a secrets file's
 * reader, and the classifier's rule tables (two thirds of diagnosis's code; a check reads them
 * only when a server said something). The classifier's file repeats the few modules it shares
 * with the check (the protocols' constants, the cause ids): data it reads, no state
 * (test/bundle.test.ts). Discovery, the HTML report and the secret command stay in the check's
 * file: small, and most of their code is what the check already has.
 */
const CHECK_ON_DEMAND = {
  ora: 'ora',
  'fast-xml-parser': 'xml-parser',
  dotenv: 'dotenv',
  'src/diagnose/classify.ts': 'classify',
}

/** @type {import('esbuild').Plugin} */
const onDemandApart = {
  name: 'on-demand-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, ({ path, kind, resolveDir }) => {
      if (kind !== 'dynamic-import' || path.startsWith('node:')) return undefined
      const module = path.startsWith('.') ? relative(root, join(resolveDir, path.replace(/\.js$/, '.ts'))) : path
      const file = CHECK_ON_DEMAND[module]
      if (file) return { path: `./${file}.cjs`, external: true }
      if (!path.startsWith('.')) throw new Error(`${path}: a library a check loads on demand needs its file here`)
      return undefined
    })
  },
}

const checkCommonJs = {
  ...bundleOptions,
  format: 'cjs',
  splitting: false,
  chunkNames: undefined,
  outdir: undefined,
  outExtension: undefined,
  // import() becomes require(): a CommonJS start never sets up Node's ES module loader.
  supported: { 'dynamic-import': false },
  // CommonJS has no import.meta: the file's URL comes from Node's __filename.
  inject: [join(root, 'scripts', 'import-meta-url.js')],
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: undefined,
}

/**
 * The check's bundle is one CommonJS file, dist/cli/check/maildoctor.cjs: ES modules cost a start
 * their loader (each file resolved as a URL, read asynchronously, linked), ~10 % of a check's CPU
 * on loopback, and an ES entry sets that loader up even to require() a CommonJS file. What a check
 * of ours loads on demand (discovery, the classifier's tables, the HTML report) is in the file as
 * a function run on first use; the libraries it loads on demand are files of their own.
 * @type {import('esbuild').BuildOptions}
 */
export const checkBundleOptions = {
  ...checkCommonJs,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(root, 'dist', 'cli', 'check', 'maildoctor.cjs'),
  plugins: [onDemandApart, ...bundleOptions.plugins, checkCommandOnly],
}

/** @type {import('esbuild').BuildOptions} */
export const checkOnDemandOptions = {
  ...checkCommonJs,
  entryPoints: Object.entries(CHECK_ON_DEMAND).map(([module, file]) => ({ in: module, out: file })),
  outdir: join(root, 'dist', 'cli', 'check'),
  outExtension: { '.js': '.cjs' },
  inject: [],
  define: {},
}

/**
 * The check's bundle starts with a line naming its build (the package's version and a hash of the
 * code): bin/ keeps V8's code cache under that name, so a cache is never used for other code.
 */
function stampBuild(file) {
  const code = readFileSync(file, 'utf8')
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
  writeFileSync(file, `// maildoctor-${version}-${hash}\n${code}`)
}

/**
 * A batch's worker thread loads one file: split into the chunks it shares with the CLI, its start
 * resolved, read, compiled and linked ~20 ES modules, each time a batch starts a thread. What it
 * imports on demand is inlined too (no splitting): a worker checks accounts, so it loads it all.
 * CommonJS, as the check's bundle, for the same reasons, and so that it runs with V8's code cache
 * (bin/code-cache.js, stamped like the check's): each thread otherwise parses and compiles the
 * code it runs, some 0.1 s of CPU per thread and per batch.
 * @type {import('esbuild').BuildOptions}
 */
export const workerBundleOptions = {
  ...checkCommonJs,
  entryPoints: ['src/batch/batch-worker.ts'],
  outfile: join(root, 'dist', 'cli', 'batch-worker.cjs'),
}

/**
 * `maildoctor batch` has a bundle of its own too (bin/maildoctor.js sends it there), for the same
 * reasons as the check's: one CommonJS file, run with V8's code cache, with a command table of the
 * batch alone. What the batch loads on demand is in it (a batch checks accounts: it loads it all).
 * @type {import('esbuild').Plugin}
 */
const batchCommandOnly = {
  name: 'batch-command-only',
  setup(b) {
    b.onResolve({ filter: /^\.\/command-loaders\.js$/ }, ({ resolveDir }) => ({
      path: join(resolveDir, 'batch-command-loaders.ts'),
      namespace: 'batch-command-only',
      pluginData: resolveDir,
    }))
    b.onLoad({ filter: /.*/, namespace: 'batch-command-only' }, ({ pluginData }) => ({
      contents: [
        "import { batchCommand } from './batch-command.js'",
        "import type { Action, CommandLoaders } from './command-loaders.js'",
        'export const COMMAND_LOADERS: CommandLoaders = { batch: async () => batchCommand as Action }',
      ].join('\n'),
      resolveDir: pluginData,
      loader: 'ts',
    }))
  },
}

/** @type {import('esbuild').BuildOptions} */
export const batchBundleOptions = {
  ...checkCommonJs,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(root, 'dist', 'cli', 'batch.cjs'),
  plugins: [...bundleOptions.plugins, batchCommandOnly],
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(bundleOptions.outdir, { recursive: true, force: true })
  await Promise.all([
    build(bundleOptions),
    build(checkBundleOptions),
    build(checkOnDemandOptions),
    build(workerBundleOptions),
    build(batchBundleOptions),
  ])
  stampBuild(checkBundleOptions.outfile)
  stampBuild(workerBundleOptions.outfile)
  stampBuild(batchBundleOptions.outfile)
  // The top-level help never changes between builds: bin/ prints this copy for a bare
  // `maildoctor --help`, without loading commander and the command table (a third of its start).
  const help = execFileSync(process.execPath, [join(bundleOptions.outdir, 'maildoctor.js'), '--help'], {
    encoding: 'utf8',
  })
  writeFileSync(join(bundleOptions.outdir, 'help.txt'), help)
}
