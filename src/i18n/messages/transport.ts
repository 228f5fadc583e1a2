import { defineMessages } from '../types.js';

/** What a person sees when Slack sends something this version of Mitra does not know. */
export const transport = defineMessages({
  id: {
    'outdated.title': 'Mitra',
    'outdated.close': 'Tutup',
    'outdated.modal':
      'Formulir ini berasal dari versi Mitra yang lebih lama dan tidak dapat diproses lagi. Tutup formulir ini dan buka formulir terbaru dengan `{command}`.',
    'outdated.button':
      'Tombol ini berasal dari versi Mitra yang lebih lama dan tidak lagi berfungsi. Silakan gunakan `{command}`.',
    'outdated.command':
      'Perintah `{command}` tidak dikenal oleh Mitra. Ketik `/mitra bantuan` untuk melihat perintah yang tersedia.',
  },
  en: {
    'outdated.title': 'Mitra',
    'outdated.close': 'Close',
    'outdated.modal':
      'This form comes from an older version of Mitra and can no longer be processed. Close it and open the current form with `{command}`.',
    'outdated.button':
      'This button comes from an older version of Mitra and no longer works. Please use `{command}`.',
    'outdated.command':
      'Mitra does not know the command `{command}`. Type `/mitra help` to see the available commands.',
  },
});
