import type { Services } from '../../services.js';

/**
 * Block ids with a version: `name:version`. Slack keeps what a person typed in an input whose
 * block_id survives a `views.update` and ignores the new initial value, so a modal that pre-fills
 * its fields on a choice (a template, a unit, a goal or a schedule to edit) gives the fields new
 * block ids. A submission is read back under the plain names with {@link baseBlockId}.
 *
 * Earlier versions wrote `name.version` (goals, progress, roles) and `name~version` (schedules);
 * views opened by them may still be submitted, so all three separators are read. No plain block
 * name contains one of them.
 */
const SEPARATORS = /[:.~]/;

/** `name` with a version, or the plain name when there is none (an empty string or `0`). */
export function versionedBlockId(name: string, version: string | number | undefined): string {
  return version === undefined || version === '' || version === 0 ? name : `${name}:${version}`;
}

/** The block id without its version: `goal_title:12-5`, `goal_title.12-5` → `goal_title`. */
export function baseBlockId(blockId: string): string {
  const at = blockId.search(SEPARATORS);
  return at === -1 ? blockId : blockId.slice(0, at);
}

/** A fresh suffix for versioned block ids, so a rebuilt modal shows its new initial values. */
export function newVersion(services: Services): string {
  return services.clock().getTime().toString(36) + Math.floor(Math.random() * 1296).toString(36);
}
