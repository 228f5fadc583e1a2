export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * One feature's messages in both languages. Placeholders are `{name}`; both languages must have
 * the same keys and the same placeholders (a unit test checks it).
 */
export interface MessageBundle<K extends string = string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/** Declares a bundle whose English side must have exactly the keys of the Indonesian side. */
export function defineMessages<const T extends Record<string, string>>(bundle: {
  id: T;
  en: { [K in keyof T]: string };
}): MessageBundle<Extract<keyof T, string>> {
  return bundle as MessageBundle<Extract<keyof T, string>>;
}
