/**
 * A Block Kit renderer for the sandbox page: blocks in, HTML out. Pure (no DOM), so Node tests
 * import it. Every string from a block is escaped (see mrkdwn.js). Interactive elements are
 * registered in `ctx.elements` under a key written to `data-el`; app.js looks the element up there
 * when the user clicks or types, and turns the DOM value into Slack's payload with
 * {@link stateValueFromRaw} and {@link actionFromRaw}. The parts live in render-context.js,
 * block-values.js, elements.js and rich-text.js; this module is their entry point.
 */
import { elementHtml } from './elements.js';
import { escapeHtml, mrkdwnToHtml } from './mrkdwn.js';
import { textHtml } from './render-context.js';
import { richElement } from './rich-text.js';

export { actionFromRaw, flatOptions, stateValueFromRaw } from './block-values.js';
export { elementHtml } from './elements.js';
export { createRenderContext, textHtml } from './render-context.js';

function blockHtml(block, surface, ctx) {
  const id = typeof block.block_id === 'string' ? block.block_id : '';
  const wrap = (inner, extra = '') =>
    `<div class="block block-${escapeHtml(block.type)}${extra}" data-block-id="${escapeHtml(id)}">${inner}</div>`;
  const place = surface === 'message' ? 'message' : 'view';
  switch (block.type) {
    case 'section': {
      const text = block.text ? `<div class="section-text">${textHtml(block.text, ctx)}</div>` : '';
      const fields = Array.isArray(block.fields)
        ? `<div class="section-fields">${block.fields.map((f) => `<div class="field">${textHtml(f, ctx)}</div>`).join('')}</div>`
        : '';
      const accessory = block.accessory
        ? `<div class="section-accessory">${
            block.accessory.type === 'image'
              ? `<span class="img-placeholder thumb" title="${escapeHtml(block.accessory.alt_text ?? '')}">🖼</span>`
              : elementHtml(block.accessory, id, place, ctx)
          }</div>`
        : '';
      return wrap(`<div class="section-main">${text}${fields}</div>${accessory}`);
    }
    case 'header':
      return wrap(`<h3 class="header-text">${textHtml({ ...block.text, type: 'plain_text' }, ctx)}</h3>`);
    case 'divider':
      return wrap('<hr>');
    case 'context': {
      const items = (block.elements ?? [])
        .map((el) =>
          el.type === 'image'
            ? `<span class="img-placeholder tiny" title="${escapeHtml(el.alt_text ?? '')}">🖼</span>`
            : `<span class="context-item">${textHtml(el, ctx)}</span>`,
        )
        .join('');
      return wrap(items);
    }
    case 'actions':
      return wrap((block.elements ?? []).map((el) => elementHtml(el, id, place, ctx)).join(''));
    case 'image': {
      const title = block.title ? `<div class="image-title">${textHtml(block.title, ctx)}</div>` : '';
      // A file uploaded to the stand-in Slack is shown; a picture from the web stays a placeholder
      // (the sandbox runs offline).
      const fileId = block.slack_file?.id;
      return wrap(
        fileId
          ? `${title}<img class="block-image" src="/api/files/${encodeURIComponent(fileId)}" alt="${escapeHtml(block.alt_text ?? '')}" title="${escapeHtml(block.alt_text ?? '')}">`
          : `${title}<div class="img-placeholder large" role="img" aria-label="${escapeHtml(block.alt_text ?? '')}">🖼 ${escapeHtml(block.alt_text ?? ctx.strings.image)}</div>`,
      );
    }
    case 'input': {
      const error = ctx.errors[id];
      const optional = block.optional
        ? ` <span class="optional">${escapeHtml(ctx.strings.optional)}</span>`
        : '';
      const label = `<label class="input-label">${textHtml({ ...block.label, type: 'plain_text' }, ctx)}${optional}</label>`;
      const hint = block.hint ? `<div class="input-hint">${textHtml(block.hint, ctx)}</div>` : '';
      const errorHtml = error ? `<div class="input-error" role="alert">${escapeHtml(error)}</div>` : '';
      const element = elementHtml(block.element, id, 'input', ctx, block.dispatch_action === true);
      return wrap(`${label}${element}${errorHtml}${hint}`, error ? ' has-error' : '');
    }
    case 'rich_text':
      return wrap((block.elements ?? []).map((el) => richElement(el, ctx)).join(''));
    case 'markdown':
      return wrap(mrkdwnToHtml(String(block.text ?? '').replace(/\*\*/g, '*'), ctx.lookup));
    case 'file':
      return wrap(
        `<div class="file-card">📄 ${escapeHtml(ctx.strings.file)} ${escapeHtml(block.external_id ?? '')}</div>`,
      );
    default:
      return wrap(
        `<div class="unsupported">${escapeHtml(ctx.strings.unsupported)}: ${escapeHtml(block.type)}</div>`,
      );
  }
}

/** Blocks → HTML. `surface` is `message`, `modal` or `home`; inputs keep what `ctx.valueFor` returns. */
export function renderBlocks(blocks, surface, ctx) {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .filter((b) => b && typeof b === 'object')
    .map((b) => blockHtml(b, surface, ctx))
    .join('');
}
