// `maildoctor completion bash|zsh|fish`: scripts written from the program object. Bash runs its
// own script here: the words it offers for a command, an option and an option's choices.
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli-harness.js'

const exec = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'maildoctor-completion-'))

async function script(shell: string): Promise<string> {
  const r = await runCli(['completion', shell])
  expect(r.code).toBe(0)
  return r.stdout
}

/** What bash completes for these words (the last one being typed). */
async function bashOffers(words: string[]): Promise<string[]> {
  const file = join(dir, 'maildoctor.bash')
  writeFileSync(file, await script('bash'))
  const quoted = words.map((w) => `'${w}'`).join(' ')
  const probe =
    `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _maildoctor; printf ` +
    `'%s\\n' "\${COMPREPLY[@]}"`
  const { stdout } = await exec('bash', ['-c', probe])
  return stdout.split('\n').filter(Boolean)
}

describe('completion', () => {
  it('bash: the script is valid (bash -n) and completes commands, options and choices', async () => {
    const file = join(dir, 'syntax.bash')
    writeFileSync(file, await script('bash'))
    await exec('bash', ['-n', file])
    expect(await bashOffers(['maildoctor', 'ba'])).toEqual(['batch'])
    expect(await bashOffers(['maildoctor', 'check', '--secu'])).toEqual(['--security'])
    expect(await bashOffers(['maildoctor', 'check', '--security', ''])).toEqual(['tls', 'starttls', 'plain'])
    expect(await bashOffers(['maildoctor', 'batch', '--format', 'j'])).toEqual(['json', 'jsonl', 'junit'])
    // An option without choices leaves bash to offer file names (complete -o default).
    expect(await bashOffers(['maildoctor', 'check', '--ca', ''])).toEqual([])
  })

  it('every shell gets every command and every option of the program', async () => {
    const help = (await runCli(['--help'])).stdout
    const commands = [...help.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((c) => c !== 'help')
    expect(commands).toEqual(expect.arrayContaining(['check', 'batch', 'merge', 'completion']))
    for (const shell of ['bash', 'zsh', 'fish']) {
      const text = await script(shell)
      for (const command of commands) {
        expect(text, `${shell}: ${command}`).toMatch(new RegExp(`\\b${command}\\b`))
        const options = [...(await runCli([command, '--help'])).stdout.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map(
          (m) => m[1],
        )
        for (const option of options)
          expect(text, `${shell}: ${command} --${option}`).toContain(shell === 'fish' ? `-l ${option}` : `--${option}`)
      }
    }
  })

  it('zsh and fish scripts register themselves for maildoctor', async () => {
    expect(await script('zsh')).toMatch(/^#compdef maildoctor\n[\s\S]*compdef _maildoctor maildoctor/)
    expect(await script('fish')).toContain(
      "-n '__fish_seen_subcommand_from check' -l security -x -a 'tls starttls plain'",
    )
  })

  it('an unknown shell is a usage error', async () => {
    const r = await runCli(['completion', 'tcsh'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/Allowed choices are bash, zsh, fish/)
  })
})
