/**
 * The preview's HTTP server (node:http). Pages are Lightning-style URLs served by one HTML shell:
 *   /lightning/page/home                  the view-as user's Home (manager cockpit, rep Home, leader oversight)
 *   /preview/<pageId>                     any page of preview/pages.ts
 *   /lightning/r/<Object>/<id>/view       record pages (User, Opportunity)
 * The API the client-side platform modules call:
 *   POST /api/graphql                     UI API GraphQL (queries and mutations)
 *   GET|PATCH|DELETE /api/ui-api/records/<id>, POST /api/ui-api/records
 *   GET /api/ui-api/object-info/<Object>, GET /api/ui-api/picklist-values/<Object.Field>
 *   POST /api/apex/<Class>/<method>
 *   GET /api/users, POST /api/view-as, POST /api/reset, GET /api/context
 * The view-as user travels in a cookie; `?as=<userId>` on any page sets it too.
 */
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { createRequire } from 'node:module';
import type { PreviewOrg } from './org.ts';
import { UiApiError } from './records.ts';
import { ApexError } from './apex/registry.ts';
import { PAGES, DEV_PAGES, homePageFor, recordPageFor, type PageDefinition } from '../pages.ts';

const require = createRequire(import.meta.url);
const SLDS_ASSETS = join(require.resolve('@salesforce-ux/design-system/package.json'), '..', 'assets');

const MIME: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json'
};

export interface PreviewServerOptions {
  org: PreviewOrg;
  /** Folder with the built bundle (app.js). */
  distDir: string;
  port: number;
  host?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers
  });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 5_000_000) throw new HttpError(413, 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  if (chunks.length === 0) return {};
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, any>;
  } catch {
    throw new HttpError(400, 'The request body is not a JSON object.');
  }
}

const cookieUser = (req: IncomingMessage): string | null =>
  /(?:^|;\s*)preview_user=([A-Za-z0-9]{15,18})/.exec(req.headers.cookie ?? '')?.[1] ?? null;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a <script>: no `</script>` or HTML comment can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function createPreviewServer(options: PreviewServerOptions): Server {
  const { org } = options;

  const viewAs = (req: IncomingMessage): string => {
    const id = cookieUser(req);
    return id && org.store.objectOf(id) === 'User' ? id : org.defaultUserId();
  };

  function pageHtml(userId: string, page: PageDefinition, recordId: string | null, title: string): string {
    const session = org.session(userId);
    const { sec, fmt } = session;
    const context = {
      user: org.users().find((u) => u.id === userId),
      i18n: {
        locale: fmt.locale,
        lang: String(sec.user.LanguageLocaleKey ?? 'en_US').replace('_', '-'),
        currency: fmt.currency,
        timeZone: fmt.timeZone,
        firstDayOfWeek: session.ctx.env.dates.weekStart + 1,
        dir: 'ltr'
      },
      customPermissions: [...sec.access.customPermissions],
      page: { id: page.id, title, recordId, objectApiName: page.objectApiName ?? null },
      users: org.users(),
      samples: org.samples(userId),
      dataFile: org.options.dataFile ?? '(in memory)'
    };
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Coaching Rhythm preview</title>
<link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css">
</head>
<body class="slds-scope">
<div id="root"></div>
<script>window.__PREVIEW__ = ${scriptJson(context)};</script>
<script type="module" src="/dist/app.js"></script>
</body>
</html>`;
  }

  async function serveFile(res: ServerResponse, base: string, rel: string): Promise<void> {
    const file = normalize(join(base, rel));
    if (!file.startsWith(base) || !existsSync(file)) throw new HttpError(404, `Not found: ${rel}`);
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache'
    });
    res.end(body);
  }

  function recordPage(userId: string, objectHint: string, recordId: string) {
    const object = org.store.objectOf(recordId) ?? objectHint;
    const page = recordPageFor(object);
    if (!page) throw new HttpError(404, `The preview has no record page for ${object}.`);
    const record = org.store.get(recordId);
    const { sec } = org.session(userId);
    if (!record || !sec.canRead(object, record))
      return { page, title: `${page.title}: you don't have access to this record, or it was deleted` };
    return { page, title: `${page.title}: ${String(record.Name ?? record.Id)}` };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://preview.local');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const setCookie: Record<string, string> = {};
    let userId = viewAs(req);
    const as = url.searchParams.get('as');
    if (as && org.store.objectOf(as) === 'User') {
      userId = as;
      setCookie['set-cookie'] = `preview_user=${as}; Path=/; SameSite=Lax`;
    }

    if (path === '/' || path === '/lightning' || path === '/lightning/page/home') {
      if (path !== '/lightning/page/home')
        return send(res, 302, '', { location: '/lightning/page/home', ...setCookie });
      const page = homePageFor(org.session(userId).sec.persona);
      return send(res, 200, pageHtml(userId, page, null, page.title), setCookie);
    }
    const devPage = DEV_PAGES.find((p) => path === `/preview/dev/${p.id.replace(/^dev-/, '')}`);
    if (devPage) return send(res, 200, pageHtml(userId, devPage, null, devPage.title), setCookie);
    const previewPage = /^\/preview\/([a-z0-9-]+)$/.exec(path);
    if (previewPage) {
      const page = PAGES.find((p) => p.id === previewPage[1]);
      if (!page)
        throw new HttpError(404, `No preview page "${previewPage[1]}". Pages: ${PAGES.map((p) => p.id).join(', ')}.`);
      if (page.kind === 'record') {
        const sample = org.samples(userId);
        const id = page.objectApiName === 'User' ? sample.userRecordId : sample.opportunityRecordId;
        if (!id) throw new HttpError(404, `No ${page.objectApiName} record to show.`);
        return send(res, 302, '', { location: `/lightning/r/${page.objectApiName}/${id}/view`, ...setCookie });
      }
      return send(res, 200, pageHtml(userId, page, null, page.title), setCookie);
    }
    const recordRoute = /^\/lightning\/r\/(?:([A-Za-z0-9_]+)\/)?([A-Za-z0-9]{15,18})\/view$/.exec(path);
    if (recordRoute) {
      const { page, title } = recordPage(userId, recordRoute[1] ?? '', recordRoute[2]);
      return send(res, 200, pageHtml(userId, page, recordRoute[2], title), setCookie);
    }
    if (path.startsWith('/assets/')) return serveFile(res, SLDS_ASSETS, path.slice('/assets/'.length));
    if (path.startsWith('/dist/')) return serveFile(res, options.distDir, path.slice('/dist/'.length));
    if (path === '/favicon.ico') return send(res, 204, '');

    if (!path.startsWith('/api/')) throw new HttpError(404, `The preview has no page at ${path}.`);
    const session = org.session(userId);

    if (path === '/api/graphql' && method === 'POST') {
      const body = await readJson(req);
      if (typeof body.query !== 'string') throw new HttpError(400, 'The body needs a "query" string.');
      return send(
        res,
        200,
        session.graphql({ query: body.query, variables: body.variables, operationName: body.operationName })
      );
    }
    const recordApi = /^\/api\/ui-api\/records(?:\/([A-Za-z0-9]{15,18}))?$/.exec(path);
    if (recordApi) {
      const id = recordApi[1];
      if (!id && method === 'POST') {
        const body = await readJson(req);
        if (typeof body.apiName !== 'string' || !body.fields || typeof body.fields !== 'object')
          throw new HttpError(400, 'createRecord needs { apiName, fields }.');
        const saved = session.records.create(body.apiName, body.fields as Record<string, unknown>);
        return send(res, 201, session.records.getRecord(saved.Id, allFields(org, body.apiName, session), []));
      }
      if (id && method === 'GET') {
        const list = (k: string) => (url.searchParams.get(k) ?? '').split(',').filter(Boolean);
        return send(res, 200, session.records.getRecord(id, list('fields'), list('optionalFields')));
      }
      if (id && method === 'PATCH') {
        const body = await readJson(req);
        const saved = session.records.update(id, (body.fields ?? {}) as Record<string, unknown>);
        const object = org.store.objectOf(saved.Id)!;
        return send(res, 200, session.records.getRecord(saved.Id, allFields(org, object, session), []));
      }
      if (id && method === 'DELETE') {
        session.records.remove(id);
        return send(res, 204, '');
      }
    }
    const objectInfo = /^\/api\/ui-api\/object-info\/([A-Za-z0-9_]+)$/.exec(path);
    if (objectInfo) return send(res, 200, objectInfoOf(org, session.sec, objectInfo[1]));
    const picklist = /^\/api\/ui-api\/picklist-values\/([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)$/.exec(path);
    if (picklist) {
      const field = org.describe.objects.get(picklist[1])?.fields.get(picklist[2]);
      if (!field || !session.sec.access.field(picklist[1], picklist[2]).read)
        throw new HttpError(404, `No accessible picklist ${picklist[1]}.${picklist[2]}.`);
      const values = (field.picklistValues ?? []).map((p) => ({
        label: p.label,
        value: p.value,
        validFor: [],
        attributes: null
      }));
      const def = field.picklistValues?.find((p) => p.isDefault);
      return send(res, 200, {
        controllerValues: {},
        defaultValue: def ? { label: def.label, value: def.value } : null,
        values
      });
    }
    const apex = /^\/api\/apex\/([A-Za-z0-9_]+)\/([A-Za-z0-9_]+)$/.exec(path);
    if (apex && method === 'POST') {
      const params = await readJson(req);
      return send(res, 200, (await session.apex(apex[1], apex[2], params)) ?? null);
    }
    if (path === '/api/users') return send(res, 200, org.users());
    if (path === '/api/context') return send(res, 200, { userId, persona: session.sec.persona, users: org.users() });
    if (path === '/api/view-as' && method === 'POST') {
      const { userId: id } = await readJson(req);
      if (typeof id !== 'string' || org.store.objectOf(id) !== 'User') throw new HttpError(400, 'Unknown user.');
      return send(res, 200, { userId: id }, { 'set-cookie': `preview_user=${id}; Path=/; SameSite=Lax` });
    }
    if (path === '/api/reset' && method === 'POST') {
      await org.reset();
      return send(res, 200, { reset: true, users: org.users().length });
    }
    throw new HttpError(404, `No API at ${method} ${path}.`);
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      if (error instanceof UiApiError) return send(res, error.status, error.body);
      if (error instanceof ApexError) return send(res, error.status >= 500 ? 500 : error.status, error.body);
      if (error instanceof HttpError) {
        const wantsHtml = (req.headers.accept ?? '').includes('text/html');
        return wantsHtml
          ? send(
              res,
              error.status,
              `<!doctype html><title>Not found</title><p>${escapeHtml(error.message)}</p><p><a href="/">Home</a></p>`
            )
          : send(res, error.status, { message: error.message });
      }
      console.error(error);
      send(res, 500, { message: (error as Error).message ?? 'Internal error' });
    });
  });
}

function allFields(org: PreviewOrg, object: string, session: ReturnType<PreviewOrg['session']>): string[] {
  const d = org.describe.objects.get(object);
  if (!d) return [];
  return [...d.fields.keys()].filter((f) => session.sec.access.field(object, f).read).map((f) => `${object}.${f}`);
}

function objectInfoOf(org: PreviewOrg, sec: ReturnType<PreviewOrg['session']>['sec'], apiName: string) {
  const d = org.describe.objects.get(apiName);
  const perm = sec.access.object(apiName);
  if (!d || !perm.read) throw new HttpError(404, `No object info for ${apiName}.`);
  const fields: Record<string, unknown> = {};
  for (const f of d.fields.values()) {
    const access = sec.access.field(apiName, f.apiName);
    if (!access.read) continue;
    fields[f.apiName] = {
      apiName: f.apiName,
      label: f.label,
      dataType: f.type === 'Reference' ? 'Reference' : f.type,
      required: f.required,
      createable: f.createable && access.edit,
      updateable: f.updateable && access.edit,
      calculated: f.calculated,
      length: f.length ?? 0,
      precision: f.precision ?? 0,
      scale: f.scale ?? 0,
      referenceToInfos: (f.referenceTo ?? []).map((r) => ({ apiName: r })),
      relationshipName: f.relationshipName ?? null,
      inlineHelpText: null
    };
  }
  return {
    apiName,
    label: d.label,
    labelPlural: d.pluralLabel,
    keyPrefix: d.keyPrefix,
    custom: d.custom,
    createable: perm.create,
    updateable: perm.edit,
    deletable: perm.delete,
    queryable: true,
    defaultRecordTypeId: '012000000000000AAA',
    recordTypeInfos: {},
    fields
  };
}
