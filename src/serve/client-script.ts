// /app.js: live progress for the page. The form works without it; with it, the check runs through
// POST /api/check as Server-Sent Events over a streaming fetch: each endpoint appears when it is
// planned and changes when it is done, then the report rendered by the server takes its place.
export const CLIENT_SCRIPT = `'use strict'
const form = document.getElementById('check-form')
const live = document.getElementById('live')
const list = document.getElementById('live-endpoints')
const status = document.getElementById('live-status')
const result = document.getElementById('result')
const error = document.getElementById('error')
const labels = JSON.parse(form.dataset.status)
const key = (e) => e.protocol + '-' + e.host + '-' + e.port
const text = (e, state) => e.protocol.toUpperCase() + ' ' + e.host + ':' + e.port + ' ' + e.security + ' — ' + state

function handle(event, data) {
  if (event === 'planned') {
    for (const e of data.endpoints) {
      const li = document.createElement('li')
      li.id = 'ep-' + key(e)
      li.dataset.status = 'pending'
      li.textContent = text(e, form.dataset.pending + '…')
      list.append(li)
    }
  } else if (event === 'endpoint') {
    let li = document.getElementById('ep-' + key(data))
    if (!li) { li = document.createElement('li'); li.id = 'ep-' + key(data); list.append(li) }
    li.dataset.status = data.status
    li.className = { ok: 'ok', fail: 'fail', warn: 'warn' }[data.status] || 'muted'
    li.textContent = text(data, labels[data.status] || data.status)
  } else if (event === 'html') {
    result.innerHTML = data.html
    status.textContent = ''
  } else if (event === 'error') {
    fail(data.error)
  }
}

function fail(message) {
  error.hidden = false
  error.textContent = form.dataset.failed + ': ' + message
  status.textContent = ''
}

async function check(ev) {
  ev.preventDefault()
  const data = new FormData(form)
  const body = { protocols: data.getAll('protocols') }
  for (const name of ['address', 'password', 'host', 'port', 'security', 'user', 'lang']) {
    const value = String(data.get(name) || '').trim()
    if (value) body[name] = name === 'password' ? String(data.get(name)) : value
  }
  list.textContent = ''
  result.textContent = ''
  error.hidden = true
  live.hidden = false
  status.textContent = form.dataset.checking
  const button = document.getElementById('submit')
  button.disabled = true
  try {
    const res = await fetch('/api/check?view=html', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
    })
    if (!res.ok) {
      const answer = await res.json().catch(() => ({}))
      return fail(answer.error || res.statusText)
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      buffer += value
      let end
      while ((end = buffer.indexOf('\\n\\n')) >= 0) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        let event = 'message'
        let payload = ''
        for (const line of block.split('\\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim()
          else if (line.startsWith('data:')) payload += line.slice(5).trim()
        }
        if (payload) handle(event, JSON.parse(payload))
      }
    }
  } catch (err) {
    fail(String(err && err.message || err))
  } finally {
    button.disabled = false
  }
}

form.addEventListener('submit', check)
`
