// V8's code cache for the CommonJS bundles (scripts/bundle.mjs): `maildoctor check` (bin/maildoctor.js)
// and a batch's worker threads (src/batch/worker-pool.ts), which start this file with the bundle
// to run as their workerData: each thread parses and compiles the whole worker bundle otherwise.
const fs = require('node:fs')
const { isAbsolute, join } = require('node:path')
const { isMainThread, workerData } = require('node:worker_threads')

/**
 * Runs a CommonJS bundle as require() would, with V8's code cache of it: V8 then skips parsing and
 * compiling what the check that made the cache compiled (Node 20 has no module.enableCompileCache,
 * which does the same from Node 22). The first check of a build makes it as it ends (~10 ms, once)
 * in a folder of this user's own under the temporary folder, named after the bundle's build (its
 * first line: V8 checks a cache against the source's length only), Node's version, the machine and
 * the bundle's path: V8 keeps the file name a cache was made with, so two installs of one build
 * sharing a cache would put the other's paths in each other's stack traces and profiles.
 * NODE_DISABLE_COMPILE_CACHE turns it off, as it does Node 22's. A cache that cannot be read or
 * written costs only the compilation; one V8 rejects is made again.
 */
function runWithCodeCache(file, kind = '') {
  const { Script } = require('node:vm')
  const Module = require('node:module')
  const source = fs.readFileSync(file, 'utf8')
  const build = /^\/\/ (maildoctor-[\w.-]+)\n/.exec(source)?.[1]
  const dir = build && !process.env.NODE_DISABLE_COMPILE_CACHE && cacheDir(require('node:os').tmpdir())
  const bundle = pathHash(file)
  const name = `${kind}${build}-${process.version}-${process.arch}-${bundle}.bin`
  let cachedData
  try {
    cachedData = dir ? fs.readFileSync(join(dir, name)) : undefined
  } catch {
    // No cache yet: this run makes it.
  }
  const script = new Script(Module.wrap(source), { filename: file, cachedData })
  if (dir && (!cachedData || script.cachedDataRejected))
    // Made as the check ends: the cache then holds every function it compiled, not only the top
    // level (which V8 compiles first; the modules' bodies and the check's code compile later).
    process.once('exit', () => {
      writeAtomically(join(dir, name), script.createCachedData())
      removeStale(dir, name, bundle)
    })
  // The bundle requires Node's own modules and its files on demand, beside it.
  const module = new Module(file, null)
  module.filename = file
  const dirname = join(file, '..')
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, dirname)
}

/** This user's cache folder, made private; undefined when it is someone else's or cannot be made. */
function cacheDir(tmp) {
  // A relative TMPDIR would put the folder wherever the user runs the check.
  if (!isAbsolute(tmp)) return undefined
  const uid = process.getuid?.()
  const dir = join(tmp, `maildoctor-code-cache${uid === undefined ? '' : `-${uid}`}`)
  try {
    fs.mkdirSync(dir, { mode: 0o700 })
  } catch {
    // Already there (checked below), or the temporary folder is not writable.
  }
  try {
    // A cache is code this process runs: never from a folder another user could write into.
    const st = fs.lstatSync(dir)
    const own = st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0))
    return own ? dir : undefined
  } catch {
    return undefined
  }
}

function writeAtomically(file, data) {
  const tmp = `${file}.${process.pid}.tmp`
  try {
    fs.writeFileSync(tmp, data, { mode: 0o600 })
    fs.renameSync(tmp, file)
  } catch {
    // A full disk or a read-only folder: the next run compiles again.
    try {
      fs.rmSync(tmp, { force: true })
    } catch {
      // Nothing was written.
    }
  }
}

/** FNV-1a of a path, in hex: short, and no crypto module to load for it. */
function pathHash(path) {
  let h = 0x811c9dc5
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193)
  return (h >>> 0).toString(16).padStart(8, '0')
}

const STALE_MS = 30 * 24 * 3600 * 1000

/**
 * The caches of this bundle's other builds (an upgrade) would stay in the temporary folder for
 * good. Other bundles' (the check's and a batch worker's live side by side) and other installs'
 * are left to them, unless a month old: an install long gone, or a cache made again once.
 */
function removeStale(dir, keep, bundle) {
  try {
    const now = Date.now()
    for (const name of fs.readdirSync(dir)) {
      if (name === keep) continue
      const file = join(dir, name)
      if (name.endsWith(`-${bundle}.bin`) || now - fs.lstatSync(file).mtimeMs > STALE_MS)
        fs.rmSync(file, { force: true })
    }
  } catch {
    // Left for the next cache made.
  }
}

module.exports = { runWithCodeCache }

// A worker thread's cache is made as the thread ends: the batch ends its threads with an exit of
// their own (closing their port: the loop empties), which runs 'exit' listeners where terminate() would not.
if (!isMainThread && require.main === module && workerData?.codeCacheBundle)
  runWithCodeCache(workerData.codeCacheBundle, workerData.codeCacheKind)
