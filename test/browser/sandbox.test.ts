import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../../sandbox/demo.js';
import { t } from '../../src/i18n/index.js';
import { silentLogger } from '../../src/logger.js';
import { CHROMIUM_ARGS, findChromium, HOW_TO_RUN_BROWSER_TESTS } from '../support/browser.js';

// A busy two-core machine: wait for outcomes generously, never for fixed times.
const WAIT = { timeout: 20_000 };
const POLL = { timeout: 20_000, interval: 100 };
const SHOTS = 'test-results';

let demo: Demo;
let browser: Browser;
let page: Page;
let dir: string;

async function typeInComposer(text: string): Promise<void> {
  const composer = page.locator('#composer-input');
  await composer.fill(text);
  await composer.press('Enter');
}

const NAMES: Record<string, string> = {
  USARI: 'Sari Wulandari',
  UDEWI: 'Dewi Lestari',
  UANDI: 'Andi Nugroho',
};

async function actAs(userId: string): Promise<void> {
  await page.selectOption('#user-switch', userId);
  await page.locator('#me', { hasText: NAMES[userId] ?? userId }).waitFor(WAIT);
}

async function openChannel(name: string): Promise<void> {
  await page.locator('#channel-list .channel-item', { hasText: name }).click();
  await page.locator('#channel-title', { hasText: name }).waitFor(WAIT);
}

const chromiumPath = findChromium();
if (!chromiumPath) console.warn(HOW_TO_RUN_BROWSER_TESTS);

describe.skipIf(!chromiumPath)('the sandbox page', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mitra-sandbox-'));
    mkdirSync(SHOTS, { recursive: true });
    demo = await startDemo({ port: 0, databasePath: join(dir, 'demo.db'), logger: silentLogger() });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(WAIT.timeout);
    await page.goto(demo.url);
    await page.locator('body[data-ready="true"]').waitFor(WAIT);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the seeded channels and the DM with Mitra', async () => {
    // The admin is in every channel; the others see the channels of their partnerships.
    await actAs('UANDI');
    const list = page.locator('#channel-list');
    await list.locator('.channel-item', { hasText: 'kemitraan-kebijakan-riset' }).waitFor(WAIT);
    for (const name of [
      'umum',
      'kemitraan-perencanaan-keuangan',
      'kemitraan-operasional-dukungan',
      'kemitraan-kebijakan-riset',
    ]) {
      await expect(list.locator('.channel-item', { hasText: name }).count()).resolves.toBe(1);
    }
    await expect(page.locator('#dm-list .channel-item').textContent()).resolves.toContain('Mitra');
    // #umum is open first and shows the admin's greeting, with the `code` rendered.
    await page.locator('#channel-title', { hasText: 'umum' }).waitFor(WAIT);
    await page.locator('.msg code', { hasText: '/mitra bantuan' }).waitFor(WAIT);
  });

  it('answers `/mitra bantuan` with an ephemeral help only the user sees', async () => {
    await actAs('USARI');
    await openChannel('kemitraan-perencanaan-keuangan');
    await typeInComposer('/mitra bantuan');
    const help = page.locator('.msg.ephemeral', { hasText: t('id', 'help.title') }).last();
    await help.waitFor(WAIT);
    await expect(help.locator('.eph-note').textContent()).resolves.toContain('Hanya terlihat oleh Anda');
    await expect(help.locator('.block-header').textContent()).resolves.toBe(t('id', 'help.title'));
    await expect(help.locator('code').count()).resolves.toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/sandbox-help.png` });
  });

  it('says so when a command is not one of the workspace', async () => {
    await typeInComposer('/tidakada');
    await page.locator('#composer-note[data-kind="error"]', { hasText: '/tidakada' }).waitFor(WAIT);
  });

  it('answers the English-speaking user in English, and the page speaks English to them too', async () => {
    await actAs('UDEWI');
    // The page's own words follow the persona's language, as Slack follows each user's setting.
    await page.locator('#heading-channels', { hasText: 'Channels' }).waitFor(WAIT);
    await openChannel('kemitraan-kebijakan-riset');
    await typeInComposer('/mitra help');
    const help = page.locator('.msg.ephemeral', { hasText: t('en', 'help.title') }).last();
    await help.waitFor(WAIT);
    await expect(help.locator('.block-header').textContent()).resolves.toBe(t('en', 'help.title'));
    await page.locator('.msg.ephemeral .eph-note', { hasText: 'Only visible to you' }).last().waitFor(WAIT);
    await page.screenshot({ path: `${SHOTS}/sandbox-help-en.png` });

    // A modal's optional fields say so in English.
    await typeInComposer('/mitra new');
    const modal = page.locator('#modal-root .modal');
    await modal.waitFor(WAIT);
    await modal.locator('.optional', { hasText: '(optional)' }).first().waitFor(WAIT);
    await expect(modal.locator('.optional', { hasText: 'opsional' }).count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached', ...WAIT });

    // After a reload the ephemeral help is gone, as in Slack.
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor(WAIT);
    await openChannel('kemitraan-kebijakan-riset');
    await expect(page.locator('.msg.ephemeral', { hasText: t('en', 'help.title') }).count()).resolves.toBe(0);

    await page.locator('#lang-toggle').click();
    await page.locator('#heading-channels', { hasText: 'Saluran' }).waitFor(WAIT);
  });

  it('opens a thread, takes a reply and shows the reply count', async () => {
    await openChannel('umum');
    const greeting = page.locator('#messages .msg', { hasText: 'Selamat pagi' });
    await greeting.hover();
    await greeting.locator('.msg-reply').click();
    await page.locator('#thread:not(.hidden)').waitFor(WAIT);
    await page.locator('#thread-input').fill('Terima kasih, <b>siap</b> dicoba.');
    await page.locator('#thread-input').press('Enter');
    await page
      .locator('#thread-messages .msg', { hasText: 'Terima kasih, <b>siap</b> dicoba.' })
      .waitFor(WAIT);
    await greeting.locator('.thread-link', { hasText: '1' }).waitFor(WAIT);
    await page.screenshot({ path: `${SHOTS}/sandbox-thread.png` });
    await page.locator('#thread-close').click();
  });

  it('opens the App Home tab and shows what the app published (or an empty state)', async () => {
    await page.locator('#dm-list .channel-item').click();
    await page.locator('#tab-home.active').waitFor(WAIT);
    // The app publishes on app_home_opened; until it has, the page says so.
    await page.locator('#home .home-view, #home .home-empty').first().waitFor(WAIT);
    await page
      .locator('#home .home-view')
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    await page.screenshot({ path: `${SHOTS}/sandbox-home.png` });
    await page.locator('#tab-messages').click();
    await page.locator('#conversation:not(.hidden)').waitFor(WAIT);
  });

  it('opens the create-partnership modal from `/mitra baru` and submits it', async () => {
    await actAs('USARI');
    await openChannel('umum');
    const before = await page.locator('.msg.ephemeral').count();
    await typeInComposer('/mitra baru');
    const modal = page.locator('#modal-root .modal');
    // Until the partnerships feature answers with a modal, the router answers with an ephemeral.
    await expect
      .poll(
        async () => (await modal.count()) > 0 || (await page.locator('.msg.ephemeral').count()) > before,
        POLL,
      )
      .toBe(true);
    if ((await modal.count()) === 0) return;

    await expect(modal.locator('#modal-title').textContent()).resolves.not.toBe('');
    await expect(modal.locator('.block-input').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/sandbox-modal.png` });

    // Fill the required fields as a person would, without knowing them: the feature owns the modal.
    const required = '.block-input:not(:has(.optional))';
    const texts = modal.locator(`${required} input[type="text"], ${required} textarea`);
    for (let i = 0; i < (await texts.count()); i += 1) {
      const input = texts.nth(i);
      if ((await input.inputValue()) === '') await input.fill(`Kemitraan Uji ${i + 1}`);
    }
    const multis = modal.locator(`${required} .el-multi`);
    for (let i = 0; i < (await multis.count()); i += 1) {
      const boxes = multis.nth(i).locator('input[type="checkbox"]');
      for (let j = 0; j < Math.min(2, await boxes.count()); j += 1) await boxes.nth(j).check();
    }
    const selects = modal.locator(`${required} select.el-select`);
    for (let i = 0; i < (await selects.count()); i += 1) {
      const select = selects.nth(i);
      if ((await select.inputValue()) !== '') continue;
      const first = await select.locator('option:not([value=""])').first().getAttribute('value');
      if (first !== null) await select.selectOption(first);
    }
    const title = await modal.locator('#modal-title').textContent();
    await modal.locator('.modal-submit').click();
    // The modal either closes, moves on (update/push) or shows field errors under the fields.
    const answered = async () =>
      (await modal.count()) === 0 ||
      (await modal.locator('.input-error').count()) > 0 ||
      (await modal.locator('.modal-banner:not(.hidden)').count()) > 0 ||
      (await modal.locator('#modal-title').textContent()) !== title;
    await expect.poll(answered, POLL).toBe(true);
    await page.screenshot({ path: `${SHOTS}/sandbox-modal-submitted.png` });
    if ((await modal.count()) > 0) await modal.locator('.modal-x').click();
    await modal.waitFor({ state: 'detached', ...WAIT });
  });

  it('sends a click on a message button to the app as a block action', async () => {
    await actAs('USARI');
    await openChannel('kemitraan-perencanaan-keuangan');
    const button = page.locator('#messages .msg:not(.ephemeral) .section-accessory button.btn').first();
    await button.waitFor(WAIT);
    const calls = demo.fake.callsTo('views.open').length;
    await button.click();
    // What the click opens belongs to the feature; the sandbox must deliver it and show any modal.
    await expect.poll(() => demo.fake.callsTo('views.open').length, POLL).toBeGreaterThan(calls);
    const modal = page.locator('#modal-root .modal');
    await modal.waitFor(WAIT);
    await page.screenshot({ path: `${SHOTS}/sandbox-message-action.png` });
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'detached', ...WAIT });
    await expect(page.locator('#composer-note[data-kind="error"]').count()).resolves.toBe(0);
  });

  it('shows exported CSV files with a download link', async () => {
    await openChannel('kemitraan-perencanaan-keuangan');
    const before = await page.locator('.msg.ephemeral').count();
    await typeInComposer('/mitra ekspor PK-1');
    await expect.poll(() => page.locator('.msg.ephemeral').count(), POLL).toBeGreaterThan(before);
    // The files arrive in the DM with Mitra, which is marked unread until it is opened.
    await page.locator('#dm-list .channel-item.unread').waitFor(WAIT);
    await page.locator('#dm-list .channel-item').click();
    await page.locator('#tab-messages.unread').waitFor(WAIT);
    await page.locator('#tab-messages').click();
    const files = page.locator('#messages .file-card');
    // The export is the evaluations/partnerships features' work; where it posts files, they must download.
    await files
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    if ((await files.count()) === 0) return;
    const href = await files.first().locator('a.file-download').getAttribute('href');
    expect(href).toMatch(/^\/api\/files\//);
    const download = await page.request.get(new URL(href ?? '', demo.url).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('attachment');
    await page.screenshot({ path: `${SHOTS}/sandbox-files.png` });
  });

  it('shows the chart that follows `/mitra lihat`, loaded from the stand-in Slack, with its alt text', async () => {
    await actAs('USARI');
    await openChannel('kemitraan-perencanaan-keuangan');
    const before = await page.locator('#messages img.block-image').count();
    await typeInComposer('/mitra lihat PK-1');
    await expect.poll(() => page.locator('#messages img.block-image').count(), POLL).toBeGreaterThan(before);
    const chart = page.locator('#messages img.block-image').last();
    await chart.scrollIntoViewIfNeeded();
    // Decoded by the browser: a real PNG of the size Mitra drew, not a broken image.
    await expect
      .poll(
        () =>
          chart.evaluate((el) => {
            const img = el as unknown as { complete: boolean; naturalWidth: number };
            return img.complete ? img.naturalWidth : 0;
          }),
        POLL,
      )
      .toBeGreaterThan(500);
    expect(await chart.getAttribute('alt')).toContain('Capaian per sasaran terhadap target');
    const src = await chart.getAttribute('src');
    const file = await page.request.get(new URL(src ?? '', demo.url).toString());
    expect(file.headers()['content-type']).toBe('image/png');
    await page.screenshot({ path: `${SHOTS}/sandbox-chart.png` });
  });

  it('runs the scheduler and skips ahead to the next schedule from the sandbox controls', async () => {
    await page.locator('#run-scheduler').click();
    await page.locator('#sandbox-note', { hasText: 'Penjadwal dijalankan' }).waitFor(WAIT);
    await actAs('UANDI');
    await openChannel('kemitraan-perencanaan-keuangan');
    // Sari's help in this channel was ephemeral: the admin does not see it.
    await expect(page.locator('.msg.ephemeral').count()).resolves.toBe(0);
    const clockBefore = await page.locator('#sandbox-clock').textContent();
    await page.locator('#advance-clock').click();
    await page.locator('#sandbox-note', { hasText: 'Waktu dimajukan' }).waitFor(WAIT);
    await expect.poll(() => page.locator('#sandbox-clock').textContent(), POLL).not.toBe(clockBefore);
    // The note says where the reminder was posted, and takes the person there.
    const jump = page.locator('#sandbox-note [data-jump]').first();
    await jump.waitFor(WAIT);
    const where = (await jump.textContent()) ?? '';
    await jump.click();
    await page.locator('#channel-title', { hasText: where.replace(/^#/, '') }).waitFor(WAIT);
    await page.screenshot({ path: `${SHOTS}/sandbox-after-advance.png` });
  });

  it('fits a narrow screen, with the sidebar behind a menu button', async () => {
    await openChannel('kemitraan-operasional-dukungan');
    await page.screenshot({ path: `${SHOTS}/sandbox-charter.png`, fullPage: false });
    await page.setViewportSize({ width: 420, height: 800 });
    await page.locator('#menu-toggle').waitFor({ state: 'visible', ...WAIT });
    await page.screenshot({ path: `${SHOTS}/sandbox-narrow.png` });
    await page.locator('#menu-toggle').click();
    await page.locator('#channel-list .channel-item', { hasText: 'umum' }).click();
    await page.locator('#channel-title', { hasText: 'umum' }).waitFor(WAIT);
    await page.setViewportSize({ width: 1280, height: 860 });
  });
});
