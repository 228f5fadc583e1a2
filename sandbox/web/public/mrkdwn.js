/**
 * Slack's mrkdwn and plain_text turned into safe HTML. Pure functions with no DOM, so Node tests
 * import them as they are. Every piece of text is escaped before any markup is added: messages carry
 * what users typed, and the page must never run or render it as HTML.
 */

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values alike. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Our HTML escapes back to characters, for a URL found in escaped text. */
function decodeHtml(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Slack's own escapes (`&amp;`, `&lt;`, `&gt;`) back to characters, before we escape for HTML. */
function decodeSlackEntities(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The emoji Mitra's messages use, and common ones people type; others stay as `:name:`. */
export const EMOJI = {
  '+1': '👍',
  alarm_clock: '⏰',
  arrow_down: '⬇️',
  arrow_forward: '▶️',
  arrow_right: '➡️',
  arrow_up: '⬆️',
  arrows_counterclockwise: '🔄',
  ballot_box_with_check: '☑️',
  bar_chart: '📊',
  bell: '🔔',
  book: '📖',
  books: '📚',
  bulb: '💡',
  bust_in_silhouette: '👤',
  busts_in_silhouette: '👥',
  calendar: '📆',
  chart_with_downwards_trend: '📉',
  chart_with_upwards_trend: '📈',
  checkered_flag: '🏁',
  clap: '👏',
  clipboard: '📋',
  construction: '🚧',
  date: '📅',
  dart: '🎯',
  double_vertical_bar: '⏸️',
  email: '📧',
  envelope: '✉️',
  exclamation: '❗',
  eyes: '👀',
  file_folder: '📁',
  fire: '🔥',
  gear: '⚙️',
  green_circle: '🟢',
  handshake: '🤝',
  heavy_check_mark: '✔️',
  heavy_minus_sign: '➖',
  heavy_plus_sign: '➕',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  house: '🏠',
  inbox_tray: '📥',
  information_source: 'ℹ️',
  key: '🔑',
  large_blue_circle: '🔵',
  large_green_circle: '🟢',
  large_orange_circle: '🟠',
  large_yellow_circle: '🟡',
  link: '🔗',
  lock: '🔒',
  loudspeaker: '📢',
  mag: '🔍',
  mega: '📣',
  memo: '📝',
  microscope: '🔬',
  moneybag: '💰',
  muscle: '💪',
  new: '🆕',
  no_entry: '⛔',
  no_entry_sign: '🚫',
  office: '🏢',
  open_file_folder: '📂',
  orange_circle: '🟠',
  outbox_tray: '📤',
  page_facing_up: '📄',
  pause_button: '⏸️',
  pencil: '📝',
  pencil2: '✏️',
  pray: '🙏',
  pushpin: '📌',
  question: '❓',
  raised_hands: '🙌',
  red_circle: '🔴',
  repeat: '🔁',
  rocket: '🚀',
  round_pushpin: '📍',
  scales: '⚖️',
  scroll: '📜',
  seedling: '🌱',
  small_red_triangle: '🔺',
  small_red_triangle_down: '🔻',
  sparkles: '✨',
  speech_balloon: '💬',
  spiral_calendar_pad: '🗓️',
  spiral_note_pad: '🗒️',
  star: '⭐',
  stopwatch: '⏱️',
  tada: '🎉',
  test_tube: '🧪',
  thumbsup: '👍',
  timer_clock: '⏲️',
  triangular_flag_on_post: '🚩',
  trophy: '🏆',
  warning: '⚠️',
  wave: '👋',
  white_check_mark: '✅',
  white_circle: '⚪',
  writing_hand: '✍️',
  x: '❌',
  yellow_circle: '🟡',
  zap: '⚡',
};

/** `:name:` → the emoji, in text that is already escaped (emoji names hold no HTML characters). */
export function replaceEmoji(escaped) {
  return escaped.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);
}

/** plain_text objects: escaped, emoji turned on unless `emoji: false`, line breaks kept. */
export function plainTextToHtml(text, emoji = true) {
  const escaped = escapeHtml(text);
  return (emoji ? replaceEmoji(escaped) : escaped).replace(/\n/g, '<br>');
}

const SAFE_URL = /^(https?:|mailto:)/i;

/** A safe link, or just its label when the URL is not one we would open. */
export function linkHtml(url, label) {
  const text = escapeHtml(label ?? url);
  if (!SAFE_URL.test(url)) return text;
  return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/**
 * What a `<…>` token of mrkdwn shows: user and channel mentions by name, special mentions,
 * dates by their fallback text, and links. `lookup` gives `userName(id)` and `channelName(id)`.
 */
function specialToken(inner, lookup) {
  const bar = inner.indexOf('|');
  const target = bar >= 0 ? inner.slice(0, bar) : inner;
  const label = bar >= 0 ? decodeSlackEntities(inner.slice(bar + 1)) : undefined;
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = lookup?.userName?.(id) ?? label ?? id;
    return `<span class="mention" data-user="${escapeHtml(id)}">@${escapeHtml(name)}</span>`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    const name = lookup?.channelName?.(id) ?? label ?? id;
    return `<span class="channel-link" data-channel="${escapeHtml(id)}">#${escapeHtml(name)}</span>`;
  }
  if (target.startsWith('!subteam^')) return `<span class="mention">${escapeHtml(label ?? '@group')}</span>`;
  if (target.startsWith('!date^')) return escapeHtml(label ?? '');
  if (target.startsWith('!')) return `<span class="mention">@${escapeHtml(target.slice(1))}</span>`;
  return linkHtml(decodeSlackEntities(target), label);
}

/** Bold, italic and strike-through in escaped text, where Slack would apply them. */
function inlineStyles(escaped) {
  return escaped
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?=[^\w*]|$)/g, '$1<strong>$2</strong>')
    .replace(/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?=[^\w_]|$)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w~])~(?=\S)([^~\n]*?\S)~(?=[^\w~]|$)/g, '$1<del>$2</del>');
}

/** Lines starting with `>` become quotes; the rest keep their line breaks. */
function quotesAndLines(html) {
  const out = [];
  let quote = [];
  const flush = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of html.split('\n')) {
    const match = /^&gt;\s?(.*)$/.exec(line);
    if (match) {
      quote.push(match[1]);
      continue;
    }
    flush();
    out.push(`${line}<br>`);
  }
  flush();
  return out.join('').replace(/<br>$/, '');
}

/**
 * mrkdwn → HTML: `*bold*`, `_italic_`, `~strike~`, `` `code` ``, ```` ```blocks``` ````, `> quotes`,
 * `<@U…>` and `<#C…>` by name, `<url|label>` links, `:emoji:`, and line breaks (bullet lines such
 * as `• item` are text and stay as they are). Text outside the markup is escaped.
 */
export function mrkdwnToHtml(text, lookup) {
  // A private-use character marks our placeholders below; text must not be able to forge one.
  const source = String(text ?? '').replace(/\uE000/g, '');
  const tokens = [];
  const hold = (html) => {
    tokens.push(html);
    return `\uE000${tokens.length - 1}\uE000`;
  };
  const withSpecials = source.replace(/<([^<>\n]+)>/g, (_whole, inner) => hold(specialToken(inner, lookup)));

  const parts = withSpecials.split(/```/);
  let html = '';
  parts.forEach((part, index) => {
    // Odd parts sit between ``` fences: preformatted, no styling (an unclosed fence stays text).
    if (index % 2 === 1 && index < parts.length - 1) {
      html += `<pre class="code-block">${escapeHtml(decodeSlackEntities(part.replace(/^\n/, '')))}</pre>`;
      return;
    }
    const unclosedFence = index % 2 === 1 ? '```' : '';
    let escaped = escapeHtml(decodeSlackEntities(unclosedFence + part));
    escaped = escaped.replace(/`([^`\n]+)`/g, (_whole, code) => hold(`<code>${code}</code>`));
    // Slack links a bare URL in a message by itself; trailing punctuation stays text.
    escaped = escaped.replace(/\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?)'"&]/g, (url) =>
      hold(linkHtml(decodeHtml(url))),
    );
    html += quotesAndLines(inlineStyles(replaceEmoji(escaped)));
  });
  return html.replace(/\uE000(\d+)\uE000/g, (_whole, index) => tokens[Number(index)] ?? '');
}
