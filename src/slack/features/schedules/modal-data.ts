import { z } from 'zod';
import type { Partnership } from '../../../db/schema/index.js';
import type { Role } from '../../../db/schema/partnerships.js';
import type { Cadence, ScheduleKind } from '../../../db/schema/schedules.js';
import type { Locale } from '../../../i18n/index.js';
import { versionedBlockId } from '../../kit/block-ids.js';

/** What the form holds, as read from the modal or loaded from a schedule row. */
export interface ScheduleForm {
  kind?: ScheduleKind;
  cadence?: Cadence;
  weekdays?: number[];
  anchorDate?: string;
  dayOfMonth?: number;
  nth?: number;
  nthWeekday?: number;
  cronExpression?: string;
  timeOfDay?: string;
  timeZone?: string;
  channelId?: string;
  message?: string;
  mentionRoles?: Role[];
  skipHolidays: boolean;
  active: boolean;
}

export interface SchedulePreview {
  /** The cadence in words, when it is complete and valid. */
  description?: string;
  /** The next runs, formatted; skipped ones say why. */
  runs: string[];
  /** Why there is no preview yet (already translated). */
  problems?: string[];
  /** Some of `runs` are holidays skipped, so there are more lines than five. */
  hasSkips?: boolean;
}

export interface ScheduleModalData {
  locale: Locale;
  /** The partnership being planned; absent until chosen from the select. */
  partnership?: Pick<Partnership, 'id' | 'code' | 'name' | 'channelId' | 'timeZone'>;
  /** Offered when the command named no partnership. */
  choices?: readonly Pick<Partnership, 'id' | 'code' | 'name'>[];
  /** The partnership's schedules, to choose one to edit. */
  existing: readonly { id: number; label: string }[];
  /** The schedule being edited, or none for a new one. */
  scheduleId?: number;
  pausedReason?: string | null;
  form: ScheduleForm;
  preview?: SchedulePreview;
  /** Suffix generation of the input block ids (see the module comment). */
  generation: number;
}

export const scheduleModalMetadata = z.object({
  p: z.number().int().positive().nullable(),
  s: z.number().int().positive().nullable(),
  g: z.number().int().min(0),
  /** The modal shows the partnership select (opened without a code). */
  c: z.boolean().optional(),
});
export type ScheduleModalMetadata = z.infer<typeof scheduleModalMetadata>;

/** A field's block id in a modal of this generation (see kit/block-ids.ts). */
export const blockId = (field: string, generation: number): string => versionedBlockId(field, generation);
