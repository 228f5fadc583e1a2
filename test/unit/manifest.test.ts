import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SUBCOMMAND_IDS, SUBCOMMANDS } from '../../src/slack/kit/subcommands.js';

const manifest = parse(readFileSync('manifest.yml', 'utf8'));
const schema = JSON.parse(readFileSync('test/fixtures/slack-app-manifest.schema.json', 'utf8'));

describe('manifest.yml', () => {
  it('is valid against Slack’s published manifest schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does refuse a broken manifest', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(
      validate({ ...manifest, features: { ...manifest.features, bot_user: { always_online: 'yes' } } }),
    ).toBe(false);
  });

  it('declares /mitra, App Home, interactivity and events on Bolt’s one path', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe('/mitra');
    expect(command.url).toMatch(/\/slack\/events$/);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.bot_events).toContain('app_home_opened');
  });

  it('asks for exactly the bot scopes Mitra uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'channels:history',
        'channels:join',
        'channels:read',
        'chat:write',
        'commands',
        'files:write',
        'groups:history',
        'groups:read',
        'im:history',
        'im:write',
        'users:read',
      ].sort(),
    );
  });

  it('keeps Slack’s length limits for the command and the shortcut', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.description.length).toBeLessThanOrEqual(100);
    expect(command.usage_hint.length).toBeLessThanOrEqual(100);
    for (const shortcut of manifest.features.shortcuts) {
      expect(shortcut.name.length).toBeLessThanOrEqual(24);
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
    }
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });

  it('mentions only sub-commands that exist in its usage hint', () => {
    const words = new Set(SUBCOMMAND_IDS.flatMap((id) => Object.values(SUBCOMMANDS[id].word)));
    const [command] = manifest.features.slash_commands;
    const hinted = (command.usage_hint as string).split('|').map((part) => part.trim().split(' ')[0]);
    for (const word of hinted) expect(words.has(word ?? '')).toBe(true);
  });
});
