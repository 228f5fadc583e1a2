/** `rich_text` blocks → HTML: sections, preformatted text, quotes and lists. */
import { escapeHtml, linkHtml, replaceEmoji } from './mrkdwn.js';

function richInline(el, ctx) {
  let html;
  switch (el.type) {
    case 'text':
      html = escapeHtml(el.text).replace(/\n/g, '<br>');
      break;
    case 'link':
      html = linkHtml(el.url ?? '', el.text ?? el.url ?? '');
      break;
    case 'user':
      html = `<span class="mention">@${escapeHtml(ctx.lookup.userName?.(el.user_id) ?? el.user_id)}</span>`;
      break;
    case 'channel':
      html = `<span class="channel-link">#${escapeHtml(ctx.lookup.channelName?.(el.channel_id) ?? el.channel_id)}</span>`;
      break;
    case 'emoji':
      html = el.unicode
        ? escapeHtml(String.fromCodePoint(...el.unicode.split('-').map((h) => Number.parseInt(h, 16))))
        : replaceEmoji(escapeHtml(`:${el.name}:`));
      break;
    case 'broadcast':
      html = `<span class="mention">@${escapeHtml(el.range)}</span>`;
      break;
    case 'date':
      html = escapeHtml(el.fallback ?? new Date((el.timestamp ?? 0) * 1000).toLocaleString());
      break;
    default:
      html = escapeHtml(el.text ?? '');
  }
  const s = el.style ?? {};
  if (s.code) html = `<code>${html}</code>`;
  if (s.bold) html = `<strong>${html}</strong>`;
  if (s.italic) html = `<em>${html}</em>`;
  if (s.strike) html = `<del>${html}</del>`;
  return html;
}

export function richElement(el, ctx) {
  const inline = (list) => (list ?? []).map((x) => richInline(x, ctx)).join('');
  switch (el.type) {
    case 'rich_text_section':
      return `<div class="rt-section">${inline(el.elements)}</div>`;
    case 'rich_text_preformatted':
      return `<pre class="code-block">${inline(el.elements)}</pre>`;
    case 'rich_text_quote':
      return `<blockquote>${inline(el.elements)}</blockquote>`;
    case 'rich_text_list': {
      const tag = el.style === 'ordered' ? 'ol' : 'ul';
      const items = (el.elements ?? []).map((item) => `<li>${inline(item.elements)}</li>`).join('');
      return `<${tag} class="rt-list indent-${Number(el.indent ?? 0)}">${items}</${tag}>`;
    }
    default:
      return '';
  }
}
