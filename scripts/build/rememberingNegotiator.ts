/**
 * negotiator, its mediaType() remembered per Accept header and list of types: what the bundles
 * load wherever `negotiator` is required (negotiatorPlugin.ts). Apollo Server asks it on every
 * request which multipart type the client prefers (requestPipeline's useLegacyIncremental, even
 * for a client that sends no Accept) and which JSON type to answer in: ~1.5% of the gateway's
 * CPU and ~1.9% of a subgraph's in profiles of the peer benchmark, for the same few Accept
 * headers again and again. Bounded: a long Accept header or one past the first few hundred
 * is negotiated anew each time.
 */
import Negotiator from 'negotiator';

const MAX_ACCEPT_HEADERS = 256;
const MAX_ACCEPT_LENGTH = 256;
const MAX_TYPE_LISTS = 16;

/** By the list of types offered, then by Accept header (undefined, no header, is a key of its own). */
const remembered = new Map<string, Map<string | undefined, string | undefined>>();

export default class RememberingNegotiator extends Negotiator {
  constructor(private readonly asked: { headers: Negotiator.Headers }) {
    super(asked);
  }

  mediaType(available?: string[]): string | undefined {
    const accept = this.asked.headers.accept;
    if (!available || (accept !== undefined && (typeof accept !== 'string' || accept.length > MAX_ACCEPT_LENGTH))) {
      return super.mediaType(available);
    }
    const list = available.join('\n');
    let byAccept = remembered.get(list);
    if (!byAccept) {
      if (remembered.size >= MAX_TYPE_LISTS) return super.mediaType(available);
      remembered.set(list, (byAccept = new Map()));
    }
    if (byAccept.has(accept)) return byAccept.get(accept);
    const preferred = super.mediaType(available);
    if (byAccept.size < MAX_ACCEPT_HEADERS) byAccept.set(accept, preferred);
    return preferred;
  }
}
