/**
 * Image blocks backed by an uploaded file (`slack_file`): Slack takes them only when the file is
 * one the app can see, is an image, and has finished processing. A file uploaded a moment ago is
 * refused as Slack does, with `invalid_blocks` and "invalid slack file", until it is ready
 * ({@link Workspace.fileProcessingMs}).
 */
import { ApiError } from './api-error.js';
import { isObject } from './block-limits.js';
import type { Workspace } from './state.js';

const FILE_ID = /^F[A-Z0-9]{8,}$/;
const IMAGE_NAME = /\.(png|jpe?g|gif|webp)$/i;

/** Throws Slack's `invalid_blocks` answer for the first image whose file Slack would not show. */
export function requireUsableFiles(ws: Workspace, blocks: unknown, base: string): void {
  const problems: string[] = [];
  walk(blocks, base, (file, path) => {
    const problem = fileProblem(ws, file);
    if (problem) problems.push(`${problem} [json-pointer:${path}]`);
  });
  if (problems.length > 0) {
    throw new ApiError(
      'invalid_blocks',
      problems.map((p) => `[ERROR] ${p}`),
    );
  }
}

function fileProblem(ws: Workspace, ref: unknown): string | undefined {
  if (!isObject(ref)) return 'must be an object';
  const { id, url } = ref;
  if ((id === undefined) === (url === undefined)) return 'must provide exactly one of id or url';
  if (id !== undefined && (typeof id !== 'string' || !FILE_ID.test(id))) {
    return 'input must match regex pattern: ^[F][A-Z0-9]{8,}$';
  }
  const file = ws.files.find((f) =>
    id !== undefined ? f.id === id : typeof url === 'string' && url.endsWith(`/files/${f.id}`),
  );
  if (!file || !IMAGE_NAME.test(file.name)) return 'invalid slack file';
  if (Date.now() - file.completedAt < ws.fileProcessingMs) return 'invalid slack file';
  return undefined;
}

function walk(value: unknown, path: string, visit: (file: unknown, path: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walk(item, `${path}/${i}`, visit);
    });
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'slack_file') visit(child, `${path}/slack_file`);
    else if (typeof child === 'object' && child !== null) walk(child, `${path}/${key}`, visit);
  }
}
