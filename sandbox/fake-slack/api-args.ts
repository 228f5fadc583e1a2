/** How Web API handlers read their arguments and what they are given. */
import { ApiError } from './api-error.js';
import type { Workspace } from './state.js';
import type { JsonObject } from './types.js';

/** Typed reads of form or JSON arguments; form values are all strings, JSON ones are not. */
export class Args {
  constructor(readonly raw: JsonObject) {}

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  /** A required string; Slack names some missing arguments with their own error. */
  required(name: string, error = 'invalid_arguments'): string {
    const value = this.string(name);
    if (value === undefined || value === '') {
      throw new ApiError(
        error,
        error === 'invalid_arguments' ? [`[ERROR] missing required field: ${name}`] : [],
      );
    }
    return value;
  }

  bool(name: string): boolean {
    const value = this.raw[name];
    return value === true || value === 'true' || value === '1' || value === 1;
  }

  int(name: string): number | undefined {
    const value = Number(this.string(name));
    return this.string(name) === undefined || !Number.isFinite(value) ? undefined : Math.floor(value);
  }

  value(name: string): unknown {
    return this.raw[name];
  }
}

export interface ApiContext {
  ws: Workspace;
  /** Where this server is reachable, ending with '/'; upload URLs and permalinks use it. */
  baseUrl: string;
}

export type Handler = (args: Args, ctx: ApiContext) => JsonObject;

/** Cursor pagination over an in-memory list; the cursor is an opaque offset. */
export function paginate<T>(items: T[], args: Args, defaultLimit: number): { page: T[]; nextCursor: string } {
  const limit = Math.min(Math.max(args.int('limit') ?? defaultLimit, 1), 1000);
  const cursor = args.string('cursor');
  const offset = cursor
    ? Number(Buffer.from(cursor, 'base64').toString('utf8').replace('offset:', '')) || 0
    : 0;
  const page = items.slice(offset, offset + limit);
  const next =
    offset + limit < items.length ? Buffer.from(`offset:${offset + limit}`).toString('base64') : '';
  return { page, nextCursor: next };
}
