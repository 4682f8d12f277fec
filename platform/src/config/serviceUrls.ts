/** How services find each other from the environment. */

/** The environment variable that gives the gateway a subgraph's URL, e.g. ACADEMICS_URL. */
export function subgraphUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}

/**
 * Each subgraph's URL from <NAME>_URL (npm start sets them from the subgraphs' definitions), or
 * else from SYNCAD_SUBGRAPH_URL_TEMPLATE with {name} replaced (docker-compose: every subgraph is
 * reachable by its service name, so a new subgraph needs no setting).
 */
export function subgraphUrlsFromEnv(names: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  const template = env.SYNCAD_SUBGRAPH_URL_TEMPLATE;
  for (const name of names) {
    const variable = subgraphUrlVariable(name);
    const url = env[variable] || template?.replaceAll('{name}', name);
    if (!url) throw new Error(`set ${variable} (the URL of the ${name} subgraph) or SYNCAD_SUBGRAPH_URL_TEMPLATE`);
    urls[name] = url;
  }
  return urls;
}
