/**
 * A module folder of a subgraph, `src/modules/<folder>/`, with its schema.graphql, resolvers,
 * service, data access and one public index.ts: folders follow the domain (transport's fleet,
 * routes, trips and marks), and each declares the permission module it guards, whose name its
 * fields' `@module` rules use (by default the folder's own name). Several folders may guard one
 * permission module; a field's SDL, resolver, SQL and permission still sit together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** How a self-scoped caller (a STUDENT) is limited in this module; enforced by the kit, not by each service. */
export interface SelfScopeRules {
  /** The module's mutations a self-scoped caller may run (e.g. applyForLeave); every other one is refused them. */
  mutations?: readonly string[];
  /**
   * Object types whose rows belong to one student, and how to read that student's id from a row:
   * wherever such a row is returned to a self-scoped caller, only their own passes (others read
   * as null, or drop out of a list). Services filter in SQL as well; this is the second lock.
   */
  ownedTypes?: Readonly<Record<string, (row: any) => string | null | undefined>>;
}

export interface ModuleDefinition {
  /** The folder's name under src/modules/. */
  folder: string;
  /** The permission module the folder guards: the @module name of its fields. */
  name: string;
  /** The module's schema.graphql. */
  sdl: string;
  typeDefs: DocumentNode;
  /** The module's resolvers, typed by the subgraph's generated Resolvers. */
  resolvers: object;
  selfScope: SelfScopeRules;
}

/**
 * The module in `folder` (pass `__dirname` from its index.ts), guarding `guards` (default: the
 * folder's name). `kitSdl`: types the kit shares with this module's schema (the audit trail's
 * AuditEntry), put before its schema.graphql.
 */
export function defineModule(
  folder: string,
  parts: { guards?: string; resolvers: object; selfScope?: SelfScopeRules; kitSdl?: string },
): ModuleDefinition {
  const sdl = [parts.kitSdl, fs.readFileSync(path.join(folder, 'schema.graphql'), 'utf8')].filter(Boolean).join('\n');
  const name = path.basename(folder);
  return {
    folder: name,
    name: parts.guards ?? name,
    sdl,
    typeDefs: parse(sdl),
    resolvers: parts.resolvers,
    selfScope: parts.selfScope ?? {},
  };
}
