import type { KnownBlock } from '@slack/types';
import type { Partnership, Role } from '../../../db/schema/index.js';
import type { Translate } from '../../../i18n/index.js';
import { button, section, userText } from '../../kit/blocks.js';
import { sharedIds } from '../../kit/ids.js';
import type { SlackMessage } from '../../kit/message.js';
import { truncate } from '../../kit/message.js';
import { roleLabel, statusLabel } from '../../kit/partnership-lines.js';
import { pagerBlocks } from './detail-view.js';
import { partnershipsIds as ids } from './ids.js';

/** Partnerships per page: each is one block, so a page stays far below 50 blocks. */
export const LIST_PAGE_SIZE = 20;

export interface PartnershipListItem {
  partnership: Pick<Partnership, 'id' | 'code' | 'name' | 'status'>;
  unitCodes: string[];
  goalCount: number;
  gapCount: number;
  roles: Role[];
}

export function listPageValue(page: number): string {
  return JSON.stringify({ n: page });
}

/**
 * `/mitra daftar`: the partnerships the user can see, with status, units, goals, their roles and
 * gaps, and a button to show each; paged. With `choose`, the same list asks which one to show
 * (`/mitra lihat` without a code).
 */
export function buildPartnershipList(
  t: Translate,
  items: readonly PartnershipListItem[],
  options: { page: number; choose?: boolean; allPartnerships?: boolean; total?: number },
): SlackMessage {
  // With `total`, `items` is the page itself (read one page in SQL); without, every item.
  const paged = options.total !== undefined;
  const total = options.total ?? items.length;
  if (total === 0 || items.length === 0)
    return { text: t('partnership.list.empty'), blocks: [section(t('partnership.list.empty'))] };
  const pageCount = Math.ceil(total / LIST_PAGE_SIZE);
  const page = Math.min(Math.max(1, Math.floor(options.page)), pageCount);
  const shown = paged ? items : items.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  const title = t(options.allPartnerships ? 'partnership.list.titleAdmin' : 'partnership.list.title', {
    count: total,
  });
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } }];
  if (options.choose)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t('partnership.list.choose') }] });
  for (const item of shown) {
    const { partnership } = item;
    const text = [
      t('partnership.list.item', {
        code: partnership.code,
        name: userText(partnership.name, 150),
        status: statusLabel(t, partnership.status),
        units: userText(item.unitCodes.join(' · '), 300),
        goals: item.goalCount,
        roles:
          item.roles.length > 0
            ? item.roles.map((r) => roleLabel(t, r)).join(', ')
            : t('partnership.list.noRole'),
      }),
      item.gapCount > 0 ? t('partnership.list.gaps', { count: item.gapCount }) : t('partnership.list.noGaps'),
    ].join('\n');
    const block = section(text);
    block.accessory = button(t('partnership.list.open'), sharedIds.partnershipOpen, String(partnership.id));
    blocks.push(block);
  }
  blocks.push(
    ...pagerBlocks(
      { t },
      { page, pageCount, previousId: ids.listPagePrevious, nextId: ids.listPageNext, value: listPageValue },
    ),
  );
  return { text: title, blocks };
}
