/** Types for strings.js (plain JavaScript served to the browser as is). */
type Words = { [key: string]: string | { [key: string]: string } } & {
  blocks: Record<string, string>;
  personas: Record<string, string>;
};
export const STRINGS: { id: Words; en: Words };
export function format(template: string, params?: Record<string, string | number>): string;
