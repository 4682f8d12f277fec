/**
 * The client's address and user agent. Behind `trustedProxies` proxies (SYNCAD_TRUST_PROXY) the
 * address is the one the outermost trusted proxy saw, read from X-Forwarded-For; otherwise the
 * socket's (a client cannot choose its address by sending the header).
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import type { ClientInfo } from '@syncad/platform';

export function clientInfo(req: IncomingMessage, trustedProxies: number): ClientInfo {
  let address = req.socket.remoteAddress ?? null;
  if (trustedProxies > 0) {
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const hop = forwarded[forwarded.length - trustedProxies];
    // Only an address: a malformed entry (a misconfigured proxy) leaves the socket's.
    if (hop && isIP(hop.replace(/^::ffff:/, ''))) address = hop;
  }
  // IPv4 clients of a dual-stack socket appear as ::ffff:1.2.3.4.
  if (address?.startsWith('::ffff:')) address = address.slice(7);
  const userAgent = req.headers['user-agent'];
  return { address: address?.slice(0, 64) ?? null, userAgent: userAgent ? userAgent.slice(0, 300) : null };
}
