/**
 * The playground, served by the gateway itself and working with no internet: GET / (and GET
 * /graphql from a browser) answers the page; /playground/* serves its files, the prebuilt UMD
 * builds of GraphiQL, its explorer plugin and React straight from node_modules (no build step),
 * and our own scripts (sign-in bar, analyst's bar and table view, saved queries). The example operations are inlined into the page.
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const PLAYGROUND_DIR = path.resolve(__dirname, '..', '..', 'playground');
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Served file name -> where it is and its content type. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: path.join(packageDir('react'), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
  'explorer.js': { file: path.join(packageDir('@graphiql/plugin-explorer'), 'dist', 'index.umd.js'), type: 'text/javascript' },
  'explorer.css': { file: path.join(packageDir('@graphiql/plugin-explorer'), 'dist', 'style.css'), type: 'text/css' },
  'playground.js': { file: path.join(PLAYGROUND_DIR, 'playground.js'), type: 'text/javascript' },
  'tableView.js': { file: path.join(PLAYGROUND_DIR, 'tableView.js'), type: 'text/javascript' },
  'analyst.js': { file: path.join(PLAYGROUND_DIR, 'analyst.js'), type: 'text/javascript' },
  'savedQueries.js': { file: path.join(PLAYGROUND_DIR, 'savedQueries.js'), type: 'text/javascript' },
  'playground.css': { file: path.join(PLAYGROUND_DIR, 'playground.css'), type: 'text/css' },
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Everything comes from the gateway itself; GraphiQL sets inline styles. No other site may frame
  // the page (a signed-in analyst's clicks are not another site's to take).
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

export interface Example {
  name: string;
  description: string;
  query: string;
}

/** The example operations of playground/examples: name, the comment lines that open the file, the text. */
export function loadExamples(dir = path.join(PLAYGROUND_DIR, 'examples')): Example[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const query = fs.readFileSync(path.join(dir, f), 'utf8');
      const description = query
        .split('\n')
        .filter((l) => l.startsWith('#'))
        .map((l) => l.replace(/^#\s?/, ''))
        .join(' ');
      return { name: f.replace(/\.graphql$/, ''), description, query };
    });
}

export function playgroundPage(): string {
  // "<" is escaped so no example can close the script element early.
  const examples = JSON.stringify(loadExamples()).replace(/</g, '\\u003c');
  return fs.readFileSync(path.join(PLAYGROUND_DIR, 'index.html'), 'utf8').replace('__EXAMPLES__', examples);
}

/** Whether a GET wants a web page rather than JSON. */
export function wantsHtml(req: IncomingMessage): boolean {
  return req.method === 'GET' && /\btext\/html\b/.test(String(req.headers.accept ?? ''));
}

/** Answers a playground request; false when `pathname` is not one. */
export function servePlayground(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET') return false;
  if ((pathname === '/' || pathname === '/graphql') && (pathname === '/' || wantsHtml(req))) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...SECURITY_HEADERS });
    res.end(playgroundPage());
    return true;
  }
  const asset = pathname.startsWith('/playground/') ? ASSETS[pathname.slice('/playground/'.length)] : undefined;
  if (!asset) return false;
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600', ...SECURITY_HEADERS });
  fs.createReadStream(asset.file).pipe(res);
  return true;
}
