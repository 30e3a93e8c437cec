// The page of maildoctor serve in a real headless Chromium: a person types the address and the
// password of a fixture account, watches the connections appear live, reads the verdict and
// downloads the JSON and the HTML copy — in English and in Italian, and once without JavaScript.
// The English run takes the screenshot the README shows: into a temporary folder on every run,
// into docs/serve.png with MAILDOCTOR_UPDATE_SCREENSHOT=1 (its ports change on every run, so an
// ordinary test run leaves the committed picture alone).
import { randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/package-root.js'
import { expectValidReport } from './schema.js'
import {
  FIXTURE_USER,
  MAIL_HOST,
  startMailFixtures,
  startTestServe,
  type MailFixtures,
  type ServeUnderTest,
} from './serve-fixtures.js'

const PASSWORD = `Page-${randomUUID()}`
let f: MailFixtures
let serve: ServeUnderTest
let browser: Browser

beforeAll(async () => {
  // The IMAP greeting waits, so the connection is seen "checking" before it is seen done.
  f = await startMailFixtures(PASSWORD, { imapDelayMs: 400 })
  serve = await startTestServe(f)
  const { chromium } = await import('playwright-core')
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}, 60_000)
afterAll(async () => {
  await browser?.close()
  await serve?.close(1000)
  await f?.close()
})

const WORDS = {
  en: {
    heading: /why does my mail not work/,
    receive: /Receiving: works \(IMAP \d+ SSL\/TLS\)/,
    send: /Sending: works \(SMTP \d+ STARTTLS\)/,
    pending: /checking…/,
  },
  it: {
    heading: /perché la mia posta non funziona/,
    receive: /Ricevere: funziona \(IMAP \d+ SSL\/TLS\)/,
    send: /Inviare: funziona \(SMTP \d+ STARTTLS\)/,
    pending: /in verifica…/,
  },
} as const

describe('the page in Chromium', () => {
  for (const lang of ['en', 'it'] as const) {
    it(`${lang}: live progress per endpoint, the verdict, the JSON and HTML downloads`, async () => {
      const context = await browser.newContext({
        locale: lang === 'it' ? 'it-IT' : 'en-US',
        viewport: { width: 420, height: 900 },
        acceptDownloads: true,
      })
      const page = await context.newPage()
      const violations: string[] = []
      page.on('console', (m) => void (/Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text())))
      try {
        await page.goto(serve.url + '/')
        expect(await page.locator('html').getAttribute('lang')).toBe(lang)
        expect(await page.locator('h1').textContent()).toMatch(WORDS[lang].heading)
        await page.fill('#address', FIXTURE_USER)
        await page.fill('#password', PASSWORD)
        await page.uncheck('input[name=protocols][value=pop3]')
        await page.click('#submit')
        const pending = page.locator('#live-endpoints li[data-status="pending"]')
        await pending.first().waitFor({ timeout: 10_000 })
        expect(await pending.first().textContent()).toMatch(WORDS[lang].pending)
        await page.locator('#live-endpoints li[data-status="ok"]').nth(1).waitFor({ timeout: 10_000 })
        expect(await page.locator('#live-endpoints li').count()).toBe(2)
        await page.locator('#verdict').waitFor({ timeout: 10_000 })
        expect(await page.locator('#verdict-receive').textContent()).toMatch(WORDS[lang].receive)
        expect(await page.locator('#verdict-send').textContent()).toMatch(WORDS[lang].send)
        expect(await page.locator('#settings tr[data-protocol="imap"]').textContent()).toContain(MAIL_HOST)

        const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')])
        const report = JSON.parse(readFileSync(await json.path(), 'utf8'))
        expectValidReport(report)
        expect(report.lang).toBe(lang)
        expect(report.verdict.receive).toMatchObject({ status: 'ok', via: { host: MAIL_HOST, port: f.imap.port } })
        expect(report.verdict.send).toMatchObject({ status: 'ok', via: { host: MAIL_HOST, port: f.smtp.port } })
        const [html] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')])
        const copy = readFileSync(await html.path(), 'utf8')
        expect(copy).toMatch(/^<!doctype html>/)
        expect(copy).toMatch(/<style>/)
        expect(copy).not.toMatch(/<script|<link|src=/)
        expect(copy.replace(/<[^>]+>/g, '')).toMatch(WORDS[lang].receive)
        for (const text of [copy, JSON.stringify(report), await page.content()]) expect(text).not.toContain(PASSWORD)
        expect(violations).toEqual([])
        if (lang === 'en') {
          const folder = process.env.MAILDOCTOR_UPDATE_SCREENSHOT
            ? join(PACKAGE_ROOT, 'docs')
            : mkdtempSync(join(tmpdir(), 'md-'))
          mkdirSync(folder, { recursive: true })
          const shot = join(folder, 'serve.png')
          await page.setViewportSize({ width: 900, height: 1000 })
          await page.screenshot({ path: shot, fullPage: true })
          expect(readFileSync(shot).length).toBeGreaterThan(20_000)
        }
      } finally {
        await context.close()
      }
    }, 60_000)
  }

  it('without JavaScript the form posts to the server and the report comes back rendered', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'it-IT' })
    const page = await context.newPage()
    try {
      await page.goto(serve.url + '/?lang=en')
      await page.fill('#address', FIXTURE_USER)
      await page.fill('#password', PASSWORD)
      await page.uncheck('input[name=protocols][value=pop3]')
      await Promise.all([page.waitForURL(serve.url + '/check'), page.click('#submit')])
      expect(await page.locator('#verdict-receive').getAttribute('data-status')).toBe('ok')
      expect(await page.locator('#verdict-send').textContent()).toMatch(WORDS.en.send)
      // The address is kept in the form; the password is not sent back.
      expect(await page.inputValue('#address')).toBe(FIXTURE_USER)
      expect(await page.inputValue('#password')).toBe('')
      expect(await page.content()).not.toContain(PASSWORD)
      const href = await page.locator('#download-json').getAttribute('href')
      const report = JSON.parse(Buffer.from(href!.split(',')[1], 'base64').toString('utf8'))
      expectValidReport(report)
      expect(report.verdict.send.status).toBe('ok')
    } finally {
      await context.close()
    }
  }, 60_000)

  it('the language link switches the page', async () => {
    const page = await browser.newPage({ locale: 'en-US' })
    try {
      await page.goto(serve.url + '/')
      await page.click('#lang-switch')
      expect(await page.locator('html').getAttribute('lang')).toBe('it')
      expect(await page.locator('label[for=address]').textContent()).toBe('Indirizzo email')
    } finally {
      await page.close()
    }
  })
})
