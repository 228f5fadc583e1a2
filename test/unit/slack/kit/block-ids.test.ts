import { describe, expect, it } from 'vitest';
import { baseBlockId, versionedBlockId } from '../../../../src/slack/kit/block-ids.js';

describe('block ids with a version', () => {
  it('writes one scheme, `name:version`, and the plain name without a version', () => {
    expect(versionedBlockId('goal_title', '12-5')).toBe('goal_title:12-5');
    expect(versionedBlockId('kind', 3)).toBe('kind:3');
    expect(versionedBlockId('kind', 0)).toBe('kind');
    expect(versionedBlockId('kind', '')).toBe('kind');
    expect(versionedBlockId('kind', undefined)).toBe('kind');
  });

  it('reads back its own scheme and the two of views opened before the move', () => {
    expect(baseBlockId('goal_title:12-5')).toBe('goal_title');
    expect(baseBlockId('goal_title.12-5')).toBe('goal_title');
    expect(baseBlockId('kind~2')).toBe('kind');
    expect(baseBlockId('anchorDate')).toBe('anchorDate');
  });

  it('round-trips every name and version', () => {
    for (const name of ['name', 'goal_person_in_charge', 'score_trust', 'timeZone']) {
      for (const version of ['1', 'lz3k9a', '12-new', 7]) {
        expect(baseBlockId(versionedBlockId(name, version))).toBe(name);
      }
    }
  });
});
