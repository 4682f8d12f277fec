/** How services find each other from the environment. */

/** The environment variable that gives the gateway a subgraph's URL, e.g. ACADEMICS_URL. */
export function subgraphUrlVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_URL`;
}
