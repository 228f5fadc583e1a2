import { defineMessages } from '../types.js';

export const partnerships = defineMessages({
  id: {},
  en: {},
});
