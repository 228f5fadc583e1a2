import { describe, expect, it } from 'vitest';
import {
  actionFromRaw,
  createRenderContext,
  renderBlocks,
  stateValueFromRaw,
} from '../../sandbox/web/public/blocks.js';
import { escapeHtml, mrkdwnToHtml, plainTextToHtml } from '../../sandbox/web/public/mrkdwn.js';

const lookup = {
  userName: (id: string) => ({ USARI: 'Sari Wulandari' })[id],
  channelName: (id: string) => ({ C0UMUM: 'umum' })[id],
};

describe('escaping in the sandbox renderer', () => {
  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('never lets user text in mrkdwn become markup', () => {
    const html = mrkdwnToHtml('<img src=x onerror=alert(1)> *<b>bold</b>* `<i>`');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('<strong>');
  });

  it('shows Slack-escaped entities as the characters they stand for, escaped once', () => {
    expect(mrkdwnToHtml('R&amp;D &lt;3')).toBe('R&amp;D &lt;3');
  });

  it('refuses javascript: links but keeps their label as text', () => {
    const html = mrkdwnToHtml('<javascript:alert(1)|klik>');
    expect(html).toBe('klik');
    expect(mrkdwnToHtml('<https://example.go.id/a?b=1&amp;c=2|Laporan>')).toBe(
      '<a href="https://example.go.id/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">Laporan</a>',
    );
  });

  it('cannot be tricked by placeholder characters into inserting a held token', () => {
    const html = mrkdwnToHtml('\uE0000\uE000 <@USARI>', lookup);
    expect(html.match(/class="mention"/g)).toHaveLength(1);
  });

  it('escapes plain_text and keeps its line breaks', () => {
    expect(plainTextToHtml('a <b>\nc :warning:')).toBe('a &lt;b&gt;<br>c ⚠️');
    expect(plainTextToHtml(':warning:', false)).toBe(':warning:');
  });

  it('escapes text, attributes and options in rendered blocks', () => {
    const ctx = createRenderContext({ lookup });
    const html = renderBlocks(
      [
        { type: 'header', block_id: '"><x', text: { type: 'plain_text', text: '<h1>Judul</h1>' } },
        {
          type: 'actions',
          elements: [
            { type: 'button', action_id: 'a', text: { type: 'plain_text', text: '<b>Klik</b>' } },
            {
              type: 'static_select',
              action_id: 's',
              options: [{ text: { type: 'plain_text', text: '<opt>' }, value: 'v"1' }],
            },
          ],
        },
      ],
      'message',
      ctx,
    );
    expect(html).not.toMatch(/<h1>|<b>|<opt>|"><x/);
    expect(html).toContain('&lt;h1&gt;Judul&lt;/h1&gt;');
    expect(html).toContain('data-block-id="&quot;&gt;&lt;x"');
  });
});

describe('mrkdwn conversion', () => {
  it('formats bold, italic, strike-through and inline code', () => {
    expect(mrkdwnToHtml('*tebal* _miring_ ~coret~ `kode`')).toBe(
      '<strong>tebal</strong> <em>miring</em> <del>coret</del> <code>kode</code>',
    );
  });

  it('leaves asterisks inside words and code alone', () => {
    expect(mrkdwnToHtml('2*3*4')).toBe('2*3*4');
    expect(mrkdwnToHtml('`*bukan tebal*`')).toBe('<code>*bukan tebal*</code>');
  });

  it('shows user mentions by name and channel links by name', () => {
    expect(mrkdwnToHtml('Halo <@USARI>, lihat <#C0UMUM>', lookup)).toBe(
      'Halo <span class="mention" data-user="USARI">@Sari Wulandari</span>, lihat <span class="channel-link" data-channel="C0UMUM">#umum</span>',
    );
    expect(mrkdwnToHtml('<#C0XYZ|lain> <@UNKNOWN>', lookup)).toContain('#lain');
    expect(mrkdwnToHtml('<!here>')).toBe('<span class="mention">@here</span>');
    expect(mrkdwnToHtml('<!date^1700000000^{date}|14 Nov 2023>')).toBe('14 Nov 2023');
  });

  it('keeps bullet lines as lines and turns > lines into a quote', () => {
    expect(mrkdwnToHtml('Daftar:\n• satu\n• dua')).toBe('Daftar:<br>• satu<br>• dua');
    expect(mrkdwnToHtml('&gt; kutipan\nbiasa')).toBe('<blockquote>kutipan</blockquote>biasa');
  });

  it('renders code blocks without formatting inside them', () => {
    expect(mrkdwnToHtml('```\n*a* &lt;b&gt;\n```')).toBe('<pre class="code-block">*a* &lt;b&gt;\n</pre>');
  });

  it('turns known emoji codes into emoji and leaves unknown ones', () => {
    expect(mrkdwnToHtml(':white_check_mark: :tidak_ada:')).toBe('✅ :tidak_ada:');
  });
});

describe('inputs and actions', () => {
  const select = {
    type: 'static_select',
    action_id: 'pilih',
    options: [
      { text: { type: 'plain_text', text: 'Satu' }, value: 'one' },
      { text: { type: 'plain_text', text: 'Dua' }, value: 'two' },
    ],
  };

  it('builds view state values the way Slack sends them', () => {
    expect(stateValueFromRaw(select, '1')).toEqual({
      type: 'static_select',
      selected_option: { text: { type: 'plain_text', text: 'Dua' }, value: 'two' },
    });
    expect(stateValueFromRaw(select, '')).toEqual({ type: 'static_select', selected_option: null });
    expect(stateValueFromRaw({ type: 'plain_text_input' }, '')).toEqual({
      type: 'plain_text_input',
      value: null,
    });
    expect(stateValueFromRaw({ type: 'multi_users_select' }, ['U1', 'U2'])).toEqual({
      type: 'multi_users_select',
      selected_users: ['U1', 'U2'],
    });
    expect(stateValueFromRaw({ type: 'datepicker' }, '2026-05-04')).toEqual({
      type: 'datepicker',
      selected_date: '2026-05-04',
    });
    expect(stateValueFromRaw({ ...select, type: 'checkboxes' }, ['0'])).toEqual({
      type: 'checkboxes',
      selected_options: [{ text: { type: 'plain_text', text: 'Satu' }, value: 'one' }],
    });
  });

  it('turns a change into the fields of a block action', () => {
    expect(actionFromRaw({ type: 'button' }, '')).toEqual({});
    expect(actionFromRaw(select, '0')).toEqual({
      selectedOption: { text: { type: 'plain_text', text: 'Satu' }, value: 'one' },
    });
    expect(actionFromRaw({ ...select, type: 'overflow' }, '1')).toMatchObject({
      selectedOption: { value: 'two' },
    });
    expect(actionFromRaw({ type: 'users_select' }, 'USARI')).toEqual({ extra: { selected_user: 'USARI' } });
    expect(actionFromRaw({ type: 'plain_text_input' }, 'teks')).toEqual({ value: 'teks' });
  });

  it('registers inputs and only dispatches those whose block asks', () => {
    const ctx = createRenderContext({
      errors: { nama: 'Wajib diisi' },
      valueFor: (blockId) =>
        blockId === 'nama' ? { type: 'plain_text_input', value: 'Draf <x>' } : undefined,
    });
    const html = renderBlocks(
      [
        {
          type: 'input',
          block_id: 'nama',
          label: { type: 'plain_text', text: 'Nama' },
          element: { type: 'plain_text_input', action_id: 'v' },
        },
        {
          type: 'input',
          block_id: 'templat',
          dispatch_action: true,
          optional: true,
          label: { type: 'plain_text', text: 'Templat' },
          element: select,
        },
      ],
      'modal',
      ctx,
    );
    expect(html).toContain('value="Draf &lt;x&gt;"');
    expect(html).toContain('<div class="input-error" role="alert">Wajib diisi</div>');
    const entries = [...ctx.elements.values()];
    expect(entries.map((e) => [e.blockId, e.place, e.dispatch])).toEqual([
      ['nama', 'input', false],
      ['templat', 'input', true],
    ]);
  });
});

describe('links and emoji in the sandbox renderer', () => {
  it('links a bare URL, leaving trailing punctuation as text, and renders :emoji: shortcodes', () => {
    const html = mrkdwnToHtml(
      'Bukti: https://docs.example.go.id/a_b?x=1&y=2. :white_check_mark: :test_tube:',
      lookup,
    );
    expect(html).toContain('<a href="https://docs.example.go.id/a_b?x=1&amp;y=2" target="_blank"');
    expect(html).toContain('</a>. ✅ 🧪');
    expect(mrkdwnToHtml('javascript:alert(1) http://', lookup)).not.toContain('<a ');
  });

  it('shows the fallback of a date token, which Mitra uses to keep typed * _ ~ ` literal', () => {
    const html = mrkdwnToHtml(
      '<!date^00000000^{_}|*>bulanan<!date^00000000^{_}|*> <!date^00000000^{_}|_>x<!date^00000000^{_}|_>',
      lookup,
    );
    expect(html).toBe('*bulanan* _x_');
  });
});

describe('the sandbox page’s own words in a modal', () => {
  it('are English for an English user: "(optional)" and "Choose an option"', async () => {
    const { STRINGS } = await import('../../sandbox/web/public/strings.js');
    const blocks = [
      {
        type: 'input',
        block_id: 'pilih',
        optional: true,
        label: { type: 'plain_text', text: 'Unit' },
        element: {
          type: 'static_select',
          action_id: 'a',
          options: [{ text: { type: 'plain_text', text: 'KEU' }, value: '1' }],
        },
      },
    ];
    const en = renderBlocks(blocks, 'modal', createRenderContext({ lookup, strings: STRINGS.en.blocks }));
    expect(en).toContain('(optional)');
    expect(en).toContain('Choose an option');
    const id = renderBlocks(blocks, 'modal', createRenderContext({ lookup, strings: STRINGS.id.blocks }));
    expect(id).toContain('(opsional)');
    expect(id).toContain('Pilih opsi');
  });
});
