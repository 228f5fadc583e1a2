/**
 * The stand-in Slack's rules for image blocks backed by uploaded files (`slack_file`), as Slack
 * applies them: the file must exist, be an image and be processed; otherwise `invalid_blocks`
 * with "invalid slack file" at the block's JSON pointer, in messages, response_urls and views.
 */
import { describe, expect, it } from 'vitest';
import { client, fake, SHARED, slackError, useWebApiFake } from './web-api-fixture.js';

useWebApiFake();

async function upload(filename: string, bytes: Buffer): Promise<string> {
  const answer = (await client.files.uploadV2({ file: bytes, filename, alt_text: 'Grafik' })) as unknown as {
    files: { files: { id: string }[] }[];
  };
  const id = answer.files[0]?.files[0]?.id;
  if (!id) throw new Error('no file id');
  return id;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const image = (id: string) => ({ type: 'image', slack_file: { id }, alt_text: 'Grafik' });

describe('image blocks with slack_file', () => {
  it('shows a processed image the app uploaded privately, keeping its alt text', async () => {
    const id = await upload('grafik.png', PNG);
    expect(fake.files().find((f) => f.id === id)).toMatchObject({ altText: 'Grafik' });
    expect(fake.files().find((f) => f.id === id)?.channel).toBeUndefined();
    const posted = await client.chat.postMessage({ channel: SHARED, text: 'grafik', blocks: [image(id)] });
    expect(posted.ok).toBe(true);
    expect(fake.messages(SHARED).at(-1)?.blocks?.[0]).toMatchObject({ slack_file: { id } });
  });

  it('refuses a file still being processed, then takes it once it is ready', async () => {
    fake.setFileProcessingMs(250);
    try {
      const id = await upload('baru.png', PNG);
      const refused = await slackError(
        client.chat.postMessage({ channel: SHARED, text: 'x', blocks: [image(id)] }),
      );
      expect(refused).toEqual({
        error: 'invalid_blocks',
        messages: ['[ERROR] invalid slack file [json-pointer:/blocks/0/slack_file]'],
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await client.chat.postMessage({ channel: SHARED, text: 'x', blocks: [image(id)] })).ok).toBe(
        true,
      );
    } finally {
      fake.setFileProcessingMs(0);
    }
  });

  it('refuses unknown files, files that are not images, malformed ids and both id and url', async () => {
    const csv = await upload('data.csv', Buffer.from('a;b\n'));
    const before = fake.messages(SHARED).length;
    const cases: [unknown, string][] = [
      [{ id: 'F0NOSUCHFILE' }, 'invalid slack file'],
      [{ id: csv }, 'invalid slack file'],
      [{ id: 'not-an-id' }, 'input must match regex pattern: ^[F][A-Z0-9]{8,}$'],
      [{ id: csv, url: 'https://x' }, 'must provide exactly one of id or url'],
    ];
    for (const [slackFile, problem] of cases) {
      const blocks = [
        { type: 'section', text: { type: 'mrkdwn', text: 'x' } },
        { ...image(''), slack_file: slackFile },
      ];
      const refused = await slackError(client.chat.postMessage({ channel: SHARED, text: 'x', blocks }));
      expect(refused.messages).toEqual([`[ERROR] ${problem} [json-pointer:/blocks/1/slack_file]`]);
    }
    expect(fake.messages(SHARED)).toHaveLength(before);
  });

  it('applies the same rule to views and to images inside context blocks', async () => {
    const refused = await slackError(
      client.views.publish({
        user_id: 'USARI',
        view: {
          type: 'home',
          blocks: [
            {
              type: 'context',
              elements: [{ type: 'image', slack_file: { id: 'F0NOSUCHFILE' }, alt_text: 'x' }],
            },
          ],
        },
      }),
    );
    expect(refused.messages).toEqual([
      '[ERROR] invalid slack file [json-pointer:/view/blocks/0/elements/0/slack_file]',
    ]);
    const id = await upload('beranda.png', PNG);
    const published = await client.views.publish({
      user_id: 'USARI',
      view: { type: 'home', blocks: [image(id)] as never },
    });
    expect(published.ok).toBe(true);
  });
});
