// GET /openapi.json: the API described for tools (OpenAPI 3.1).
import { PROTOCOLS, SECURITIES } from '../model/types.js'

const str = { type: 'string' }

export function openApi(version: string): object {
  const error = {
    description: 'refused',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'maildoctor',
      version,
      description: 'Finds out why a mail client cannot connect (IMAP, POP3, SMTP).',
    },
    paths: {
      '/api/check': {
        post: {
          summary: 'Check one account or server, as `maildoctor check` does',
          description:
            'A POST needs an Origin header matching the page, or the bearer token. ' +
            'With `Accept: text/event-stream` the answer is a stream of events: `planned` (the endpoints), ' +
            '`endpoint` (each one as it is done), `report` (the JSON report).',
          security: [{}, { bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/CheckRequest' } } },
          },
          responses: {
            200: {
              description: 'The report (schemaVersion 1), or the event stream',
              content: { 'application/json': { schema: { type: 'object' } }, 'text/event-stream': { schema: str } },
            },
            403: error,
            413: error,
            422: error,
            429: error,
          },
        },
      },
      '/probe': {
        get: {
          summary: 'One probe in the Prometheus text format (as blackbox_exporter)',
          parameters: [
            {
              name: 'target',
              in: 'query',
              required: true,
              schema: str,
              description: 'host name, IP address or email address',
            },
            {
              name: 'module',
              in: 'query',
              required: false,
              schema: str,
              description: 'a module of serve.yml (default: mail)',
            },
            {
              name: 'debug',
              in: 'query',
              required: false,
              schema: { type: 'boolean' },
              description: 'the probe log as text',
            },
          ],
          responses: {
            200: { description: 'metrics', content: { 'text/plain': { schema: str } } },
            400: error,
            403: error,
          },
        },
      },
      '/metrics': {
        get: {
          summary: "The server's own metrics",
          responses: { 200: { description: 'metrics', content: { 'text/plain': { schema: str } } } },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        CheckRequest: {
          type: 'object',
          additionalProperties: false,
          properties: {
            address: {
              type: 'string',
              format: 'email',
              description: 'the email address (discovery finds the servers)',
            },
            host: { type: 'string', description: 'the server to check (skips discovery)' },
            protocols: { type: 'array', items: { enum: [...PROTOCOLS] } },
            port: { type: ['integer', 'string'], description: 'one port only (a mail port)' },
            security: { enum: [...SECURITIES] },
            user: { type: 'string', description: 'login user name (default: the address)' },
            password: {
              type: 'string',
              writeOnly: true,
              description: 'used for this check only; never stored or shown',
            },
            lang: { enum: ['it', 'en'] },
          },
        },
        Error: { type: 'object', properties: { error: str }, required: ['error'] },
      },
    },
  }
}
