/** Slack's Block Kit limits, and the small helpers every check uses. */
import type { JsonObject } from './types.js';

export const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 40_000,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  id: 255,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  placeholder: 150,
  choiceOptions: 10,
  overflowOptions: 5,
  inputLabel: 2000,
  inputHint: 2000,
  textInputLength: 3000,
  altText: 2000,
  markdownText: 12_000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
  /** Slack documents `view_too_large` as "greater than 250kb". */
  viewJsonBytes: 250_000,
} as const;

export type Surface = 'message' | 'modal' | 'home';

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Slack counts characters, not UTF-16 units, so an emoji counts once. */
export function charCount(text: string): number {
  return [...text].length;
}
