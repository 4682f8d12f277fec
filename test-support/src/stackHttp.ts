/** HTTP requests over node:http (fetch cannot set Host, and the gateway maps Host to a school). */
import http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: any;
}

/**
 * Any method; a JSON content-type unless `headers` says otherwise, and the GraphQL-over-HTTP
 * media type accepted (so a refused request answers its 4xx status: gateway/src/http/responseStatus.ts).
 * A header given as undefined is left out.
 */
export function httpRequest(
  method: string,
  url: string,
  body?: string,
  headers: Record<string, string | undefined> = {},
): Promise<HttpAnswer> {
  const length: Record<string, string> = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  const sent = Object.entries({ 'content-type': 'application/json', accept: 'application/graphql-response+json', ...length, ...headers });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: Object.fromEntries(sent.filter((entry): entry is [string, string] => entry[1] !== undefined)) },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return httpRequest('POST', url, typeof body === 'string' ? body : JSON.stringify(body), headers);
}
