/**
 * The follow-through files of `/mitra ekspor`: meeting minutes (notula) and action items
 * (tindak lanjut), in the reader's language, dates the Indonesian way. Only files with rows.
 */
import type { Locale, MessageKey, Translate } from '../i18n/index.js';
import { type CsvValue, toCsv } from './csv.js';
import { type CsvFile, formatExportDate } from './export-tables.js';
import { isOverdue } from './follow-through.js';

export interface FollowThroughExportInput {
  code: string;
  today: string;
  notes: ReadonlyArray<{
    id: number;
    meetingDate: string;
    attendees: readonly string[];
    decisions: readonly string[];
    recordedBy: string;
  }>;
  items: ReadonlyArray<{
    what: string;
    ownerUserId: string;
    ownerUnit: string | null;
    dueDate: string;
    status: 'open' | 'done';
    note: string | null;
    evidenceUrl: string | null;
    source: 'notes' | 'message' | 'evaluation';
    sourceLink: string | null;
    notesId: number | null;
  }>;
  names: Readonly<Record<string, string>>;
}

export function buildFollowThroughFiles(
  input: FollowThroughExportInput,
  locale: Locale,
  t: Translate,
): CsvFile[] {
  const options =
    locale === 'id'
      ? { decimalSeparator: ',' as const, fieldSeparator: ';' as const }
      : { decimalSeparator: '.' as const, fieldSeparator: ',' as const };
  const name = (userId: string) => input.names[userId] ?? userId;
  const file = (key: MessageKey, header: readonly MessageKey[], rows: CsvValue[][]): CsvFile => {
    const base = `${input.code}-${t(key)}`;
    return {
      filename: `${base}.csv`,
      title: base,
      content: toCsv(
        header.map((h) => t(h)),
        rows,
        options,
      ),
    };
  };
  const meetingDate = new Map(input.notes.map((n) => [n.id, n.meetingDate]));
  const files: CsvFile[] = [];
  if (input.notes.length > 0) {
    files.push(
      file(
        'export.file.notes',
        [
          'export.col.code',
          'export.col.meetingDate',
          'export.col.attendees',
          'export.col.decisions',
          'export.col.recordedBy',
        ],
        input.notes.map((n) => [
          input.code,
          formatExportDate(n.meetingDate),
          n.attendees.map(name).join(', '),
          n.decisions.join('\n'),
          name(n.recordedBy),
        ]),
      ),
    );
  }
  if (input.items.length > 0) {
    const state = (item: FollowThroughExportInput['items'][number]) =>
      item.status === 'done'
        ? t('action.state.done')
        : isOverdue(item, input.today)
          ? t('action.state.overdue')
          : '';
    files.push(
      file(
        'export.file.actions',
        [
          'export.col.code',
          'export.col.action',
          'export.col.owner',
          'export.col.ownerUnit',
          'export.col.dueDate',
          'export.col.status',
          'export.col.note',
          'export.col.evidence',
          'export.col.source',
        ],
        input.items.map((i) => [
          input.code,
          i.what,
          name(i.ownerUserId),
          i.ownerUnit,
          formatExportDate(i.dueDate),
          state(i) || t('export.value.open'),
          i.note,
          i.evidenceUrl,
          i.notesId !== null && meetingDate.has(i.notesId)
            ? t('export.value.fromNotes', {
                date: formatExportDate(meetingDate.get(i.notesId) ?? null) ?? '',
              })
            : (i.sourceLink ?? t(`export.value.source.${i.source}`)),
        ]),
      ),
    );
  }
  return files;
}
