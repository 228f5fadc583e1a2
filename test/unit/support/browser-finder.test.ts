import { describe, expect, it } from 'vitest';
import { findChromium } from '../../support/browser.js';

describe('finding a browser for the browser tests', () => {
  it('uses CHROMIUM_PATH when it names an executable', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('refuses a CHROMIUM_PATH that does not exist rather than skipping', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/CHROMIUM_PATH/);
  });

  it('under CI=true a missing browser fails instead of skipping', () => {
    const nowhere = ['/nonexistent/chromium'];
    expect(() => findChromium({ CI: 'true' }, nowhere)).toThrow(/CI=true/);
    expect(findChromium({}, nowhere)).toBeUndefined();
  });

  it('finds the first usual path that is executable', () => {
    expect(findChromium({ CI: 'true' }, ['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });
});
