// The API's OpenAPI 3.1 document, served at /api/v1/openapi.json.

import { observatoryName } from '../i18n/index.ts';

export function openApiDocument() {
  const problem = { type: 'object', required: ['file', 'line', 'column', 'rule', 'message'], properties: {
    file: { type: 'string' }, line: { type: 'integer', description: 'row of the file, 1 being the headings' }, column: { type: 'integer' }, rule: { type: 'string' },
    header: { type: 'string', description: 'the column’s heading as the file writes it' },
    message: { type: 'string', description: 'the problem as a sentence, in the first of fr, ar, en that Accept-Language names (French otherwise)' },
    messages: { type: 'object', properties: { fr: { type: 'string' }, ar: { type: 'string' }, en: { type: 'string' } } },
  } };
  const submission = { type: 'object', required: ['id', 'status'], properties: {
    id: { type: 'string', example: 'S-000001' }, status: { enum: ['pending', 'approved', 'rejected', 'withdrawn'] },
    organisation: { type: 'string' }, dataset: { enum: ['baom-offices', 'baom-activity', 'associations', 'diaspora-projects'] },
    period: { type: 'string' }, licence: { type: 'string' }, file: { type: 'string' }, sha256: { type: 'string' }, rows: { type: 'integer' },
    version: { type: ['integer', 'null'] }, submitted_at: { type: 'string', format: 'date-time' }, submitted_by: { type: 'string' },
    decided_at: { type: ['string', 'null'], format: 'date-time' }, reason: { type: ['string', 'null'], description: 'why it was rejected, for the partner' },
  } };
  return {
    openapi: '3.1.0',
    info: { title: `Contribution desk — ${observatoryName('en')}`, version: '1.0.0',
      description: 'Partners’ systems send contribution files with their organisation’s API token. A file is checked by the same validator as the site and the command line; a refused file is not kept.' },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'per-organisation token from `npm run desk:admin -- create-token`' } },
      schemas: { Problem: problem, Submission: submission },
    },
    security: [{ token: [] }],
    paths: {
      '/api/v1/submissions': { post: {
        summary: 'Send a file', requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object', required: ['file', 'period'], properties: {
          file: { type: 'string', format: 'binary', description: 'CSV or XLSX, at most 5 MB' },
          period: { type: 'string', description: 'YYYY-MM, YYYY-Qn or YYYY' },
          dataset: { enum: ['baom-offices', 'baom-activity', 'associations', 'diaspora-projects'], description: 'recognised from the header when absent' },
          licence: { enum: ['CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0'], default: 'CC-BY-4.0' },
        } } } } },
        responses: {
          201: { description: 'accepted, pending review', content: { 'application/json': { schema: { $ref: '#/components/schemas/Submission' } } } },
          401: { description: 'no or unknown token' },
          413: { description: 'request too large', content: { 'application/json': { schema: { type: 'object', properties: { problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } } } } } },
          422: { description: 'refused; nothing kept', content: { 'application/json': { schema: { type: 'object', properties: { problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } } } } } },
        },
      } },
      '/api/v1/submissions/{id}': { get: {
        summary: 'Status and history of a submission of the token’s organisation', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'the submission', content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Submission' }, { type: 'object', properties: { history: { type: 'array', items: { type: 'object' } } } }] } } } }, 404: { description: 'no such submission for this organisation' } },
      } },
    },
  };
}
