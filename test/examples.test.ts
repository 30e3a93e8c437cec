// The scale-out recipes of examples/: their structure (read with the yaml package; kubeconform and
// actionlint are not installable offline), and their maildoctor command lines run here for every
// index of the Job or the matrix, against a local file, then merged: the shards cover the file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { refusedPort } from '../fixtures/servers/network-faults.js'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { runCli } from './cli-harness.js'

const dir = mkdtempSync(join(tmpdir(), 'maildoctor-examples-'))
const example = (path: string) => parse(readFileSync(join(PACKAGE_ROOT, 'examples', path), 'utf8'))
const ACCOUNTS = 60

let accounts: string
beforeAll(async () => {
  const port = await refusedPort()
  const rows = ['address,host,protocols,port,security']
  for (let i = 0; i < ACCOUNTS; i++) rows.push(`user${i}@x.test,127.0.0.${50 + (i % 6)},imap,${port},tls`)
  accounts = join(dir, 'accounts.csv')
  writeFileSync(accounts, rows.join('\n') + '\n')
})

/** The arguments of the first `maildoctor` command in a shell script, up to `||` or the line's end. */
function maildoctorArgs(script: string, command: string): string[] {
  const line = script.split('\n').find((l) => new RegExp(`maildoctor ${command}\\b`).test(l))
  expect(line, `a maildoctor ${command} line`).toBeDefined()
  // A GitHub expression (${{ matrix.shard }}) is one word with what is glued to it.
  const words = line!.split('||')[0].match(/\S*\$\{\{[^}]*\}\}\S*|\S+/g)!
  return words.slice(words.findIndex((w) => /(^|\/)maildoctor$/.test(w)) + 1)
}

const option = (args: string[], name: string) => args[args.indexOf(name) + 1]
const lines = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length

/** Runs a shard's command line with the index filled in, its files (by path prefix) moved to the test folder. */
async function runShard(args: string[], vars: Record<string, string>, files: Record<string, string>): Promise<number> {
  const withVars = args.map((a) => Object.entries(vars).reduce((text, [from, to]) => text.split(from).join(to), a))
  const filled = withVars.map((a) =>
    Object.entries(files).reduce(
      (text, [from, to]) => (text.startsWith(from) ? to + text.slice(from.length) : text),
      a,
    ),
  )
  const r = await runCli([...filled, '--timeout', '1', '--concurrency', '30'])
  return r.code
}

describe('examples/kubernetes/indexed-job.yaml', () => {
  const job = example('kubernetes/indexed-job.yaml')
  const container = job.spec.template.spec.containers[0]
  const script: string = [...(container.command ?? []), ...(container.args ?? [])].join('\n')

  it('is an Indexed Job whose pods each run one shard with their completion index', () => {
    expect(job.apiVersion).toBe('batch/v1')
    expect(job.kind).toBe('Job')
    expect(job.spec.completionMode).toBe('Indexed')
    expect(job.spec.completions).toBe(job.spec.parallelism)
    expect(job.spec.template.spec.restartPolicy).toBe('Never')
    const args = maildoctorArgs(script, 'batch')
    expect(option(args, '--shard-index')).toBe('$(JOB_COMPLETION_INDEX)')
    expect(Number(option(args, '--shard-count'))).toBe(job.spec.completions)
    expect(option(args, '--stream')).toMatch(/^\/results\/.*\$\(JOB_COMPLETION_INDEX\)/)
    // $(VAR) expands only for variables the container declares.
    expect(container.env.map((e: { name: string }) => e.name)).toContain('JOB_COMPLETION_INDEX')
    const mounts = container.volumeMounts.map((m: { mountPath: string }) => m.mountPath)
    expect(mounts).toEqual(expect.arrayContaining(['/results', '/accounts']))
    // Exit 1 (problems found) finishes the shard; 2 and 3 fail the pod.
    expect(script).toMatch(/\[ "\$code" -le 1 \]/)
  })

  it('its command line, run for every index, checks every account once', async () => {
    const args = maildoctorArgs(script, 'batch')
    const count = job.spec.completions as number
    const streams: string[] = []
    for (let index = 0; index < count; index++) {
      const code = await runShard(
        args,
        { '$(JOB_COMPLETION_INDEX)': String(index) },
        { '/accounts/accounts.csv': accounts, '/results/': join(dir, 'k8s-') },
      )
      expect(code).toBe(1)
      streams.push(join(dir, `k8s-shard-${index}.jsonl`))
    }
    expect(streams.reduce((n, f) => n + lines(f), 0)).toBe(ACCOUNTS)
    const merged = await runCli(['merge', ...streams, '--format', 'json'])
    expect(JSON.parse(merged.stdout).summary.accounts).toBe(ACCOUNTS)
  }, 60_000)
})

describe('examples/github-actions/maildoctor-batch.yml', () => {
  const workflow = example('github-actions/maildoctor-batch.yml')
  const shardJob = workflow.jobs.shard
  const steps = shardJob.steps as Array<{ uses?: string; run?: string; with?: Record<string, string> }>
  const batchStep = steps.find((s) => s.run?.includes('maildoctor batch'))!
  const matrix: number[] = shardJob.strategy.matrix.shard

  it('shards over a 0-based matrix, uploads each shard and merges them in a job that needs them all', () => {
    expect(matrix).toEqual(matrix.map((_, i) => i))
    expect(shardJob.strategy['fail-fast']).toBe(false)
    const args = maildoctorArgs(batchStep.run!, 'batch')
    expect(option(args, '--shard-index')).toBe('${{ matrix.shard }}')
    expect(option(args, '--shard-count')).toBe('${{ strategy.job-total }}')
    const stream = option(args, '--stream')
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!
    expect(upload.with!.path).toBe(stream)
    const merge = workflow.jobs.merge
    expect(merge.needs).toBe('shard')
    const download = merge.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'))
    expect(download.with['merge-multiple']).toBe(true)
    const mergeRun = merge.steps.map((s: { run?: string }) => s.run ?? '').join('\n')
    expect(maildoctorArgs(mergeRun, 'merge')[1]).toBe(`${download.with.path}/*.jsonl`)
  })

  it('its command lines, run for every matrix value, check every account once and merge', async () => {
    const args = maildoctorArgs(batchStep.run!, 'batch')
    const streams: string[] = []
    for (const shard of matrix) {
      const vars = { '${{ matrix.shard }}': String(shard), '${{ strategy.job-total }}': String(matrix.length) }
      expect(await runShard(args, vars, { 'accounts.csv': accounts, 'shard-': join(dir, 'gha-shard-') })).toBe(1)
      streams.push(join(dir, `gha-shard-${shard}.jsonl`))
    }
    expect(streams.reduce((n, f) => n + lines(f), 0)).toBe(ACCOUNTS)
    const mergeRun = workflow.jobs.merge.steps.map((s: { run?: string }) => s.run ?? '').join('\n')
    const mergeArgs = maildoctorArgs(mergeRun, 'merge')
    const output = join(dir, 'report.html')
    const filled = mergeArgs.flatMap((a) => (a.endsWith('*.jsonl') ? streams : [a === 'report.html' ? output : a]))
    expect((await runCli(filled)).code).toBe(1)
    expect(readFileSync(output, 'utf8')).toMatch(/<html/i)
  }, 60_000)
})
