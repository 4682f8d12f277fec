/**
 * Keeps a bundle's source map to our own code. With --enable-source-maps Node decodes the whole
 * map when it first formats a stack, at a cost: for the gateway's full map (800k segments, 97%
 * of them in node_modules) measured here ~110 MB more RSS and a slower start. Our files keep
 * every segment; each stretch of dependency code starts with one unmapped segment, so a frame
 * there shows its place in dist/<name>.cjs (each package's code is headed by its path there)
 * instead of borrowing the mapping of the code before it.
 */
import { decode, encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

interface RawSourceMap {
  sources: string[];
  mappings: string;
  [field: string]: unknown;
}

const isDependency = (source: string) => /(^|\/)node_modules\//.test(source);

export function trimSourceMap(json: string): string {
  const map = JSON.parse(json) as RawSourceMap;
  // Our sources, renumbered; dependency sources leave the list.
  const kept = new Map<number, number>();
  const sources: string[] = [];
  map.sources.forEach((source, i) => {
    if (!isDependency(source)) kept.set(i, sources.push(source) - 1);
  });
  let inDependency = false;
  const lines = decode(map.mappings).map((segments) => {
    const out: SourceMapSegment[] = [];
    for (const segment of segments) {
      const ours = segment.length === 1 ? undefined : kept.get(segment[1]);
      if (ours !== undefined && segment.length !== 1) {
        const [column, , line, sourceColumn] = segment;
        out.push(segment.length === 5 ? [column, ours, line, sourceColumn, segment[4]] : [column, ours, line, sourceColumn]);
        inDependency = false;
      } else if (!inDependency) {
        out.push([segment[0]]);
        inDependency = true;
      }
    }
    return out;
  });
  return JSON.stringify({ ...map, sources, mappings: encode(lines) });
}
