import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenDatabase, openDatabase } from '../../src/db/client.js';

/** A fresh database with the real migrations: in memory, or a file when a test needs one. */
export function openTestDb(
  kind: 'memory' | 'file' = 'memory',
): OpenDatabase & { path: string; cleanup(): void } {
  if (kind === 'memory') {
    const opened = openDatabase(':memory:');
    return { ...opened, path: ':memory:', cleanup: opened.close };
  }
  const dir = mkdtempSync(join(tmpdir(), 'mitra-test-'));
  const path = join(dir, 'mitra.db');
  const opened = openDatabase(path);
  return {
    ...opened,
    path,
    cleanup: () => {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
