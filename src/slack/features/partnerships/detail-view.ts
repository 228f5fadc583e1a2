import type { KnownBlock, ModalView } from '@slack/types';
import type { PartnershipDetail } from '../../../db/queries/partnership-detail.js';
import { button, userText } from '../../kit/blocks.js';
import { truncate } from '../../kit/message.js';
import { charterHeader, partnershipContentBlocks } from '../../kit/partnership-blocks.js';
import type { ViewContext } from '../../kit/partnership-lines.js';

import { partnershipsIds as ids } from './ids.js';

/** Content blocks per page: a page plus its navigation stays under a message's 50 blocks. */
export const DETAIL_PAGE_BLOCKS = 40;

export interface Page {
  blocks: KnownBlock[];
  page: number;
  pageCount: number;
}

/** The value of a page button: which partnership (or list) and which page. */
export function pageValue(partnershipId: number, page: number): string {
  return JSON.stringify({ p: partnershipId, n: page });
}

/** "Page 2 of 3" with previous/next buttons; nothing when everything fits one page. */
export function pagerBlocks(
  ctx: Pick<ViewContext, 't'>,
  input: {
    page: number;
    pageCount: number;
    previousId: string;
    nextId: string;
    value: (page: number) => string;
  },
): KnownBlock[] {
  if (input.pageCount <= 1) return [];
  const { t } = ctx;
  const elements = [];
  if (input.page > 1)
    elements.push(button(t('partnership.page.previous'), input.previousId, input.value(input.page - 1)));
  if (input.page < input.pageCount)
    elements.push(button(t('partnership.page.next'), input.nextId, input.value(input.page + 1), 'primary'));
  return [
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t('partnership.page.label', { page: input.page, pages: input.pageCount }) },
      ],
    },
    { type: 'actions', elements },
  ];
}

/**
 * One page of a partnership in full (`/mitra lihat`, the `partnership_open` button). Every goal
 * is listed, so a partnership with many goals runs over several pages; a page number out of range
 * shows the nearest page.
 */
export function buildPartnershipDetailPage(detail: PartnershipDetail, ctx: ViewContext, page: number): Page {
  const content = [charterHeader(detail, ctx), ...partnershipContentBlocks(detail, ctx)];
  const pageCount = Math.max(1, Math.ceil(content.length / DETAIL_PAGE_BLOCKS));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  // Pages after the first would otherwise start mid-list with nothing saying whose they are.
  const heading: KnownBlock[] =
    current > 1
      ? [
          {
            type: 'context',
            elements: [
              {
                type: 'mrkdwn',
                text: ctx.t('partnership.detail.continued', {
                  code: detail.partnership.code,
                  name: userText(detail.partnership.name, 150),
                  page: current,
                  pages: pageCount,
                }),
              },
            ],
          },
        ]
      : [];
  const blocks = [
    ...heading,
    ...content.slice((current - 1) * DETAIL_PAGE_BLOCKS, current * DETAIL_PAGE_BLOCKS),
    ...pagerBlocks(ctx, {
      page: current,
      pageCount,
      previousId: ids.detailPagePrevious,
      nextId: ids.detailPageNext,
      value: (n) => pageValue(detail.partnership.id, n),
    }),
  ];
  return { blocks, page: current, pageCount };
}

/** A page as an ephemeral message: its blocks and the notification text naming the partnership. */
export function buildPartnershipDetailMessage(
  detail: PartnershipDetail,
  ctx: ViewContext,
  page: number,
): { text: string; blocks: KnownBlock[] } {
  const { partnership } = detail;
  return {
    text: ctx.t('charter.fallback', { code: partnership.code, name: userText(partnership.name, 150) }),
    blocks: buildPartnershipDetailPage(detail, ctx, page).blocks,
  };
}

/** The same page in a modal, for clicks from App Home. */
export function buildPartnershipDetailModal(
  detail: PartnershipDetail,
  ctx: ViewContext,
  page: number,
): ModalView {
  const { blocks } = buildPartnershipDetailPage(detail, ctx, page);
  return {
    type: 'modal',
    callback_id: ids.detailCallback,
    private_metadata: JSON.stringify({ partnershipId: detail.partnership.id }),
    title: {
      type: 'plain_text',
      text: truncate(ctx.t('partnership.detail.modalTitle', { code: detail.partnership.code }), 24),
    },
    close: { type: 'plain_text', text: truncate(ctx.t('partnership.detail.close'), 24) },
    blocks,
  };
}
