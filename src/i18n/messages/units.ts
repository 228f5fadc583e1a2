import { defineMessages } from '../types.js';

/** Units (unit kerja) and their modal. */
export const units = defineMessages({
  id: {
    // Units
    'unit.modal.title': 'Unit kerja',
    'unit.modal.submit': 'Simpan',
    'unit.modal.close': 'Tutup',
    'unit.pick.label': 'Unit yang diubah',
    'unit.pick.new': '➕ Unit baru',
    'unit.pick.hint': 'Pilih unit yang ada untuk mengubahnya, atau biarkan "Unit baru" untuk menambah.',
    'unit.code.label': 'Kode singkat',
    'unit.code.hint': 'Huruf, angka, atau tanda hubung, 2–12 karakter, misalnya KEU atau REN.',
    'unit.name.label': 'Nama unit',
    'unit.name.placeholder': 'Misalnya Biro Keuangan',
    'unit.head.label': 'Kepala unit (pimpinan)',
    'unit.head.hint':
      'Kepala unit dapat ditetapkan sebagai pimpinan pada kemitraan baru dan menjawab survei evaluasi.',
    'unit.list.title': '*Unit terdaftar ({count})*',
    'unit.list.empty': 'Belum ada unit. Tambahkan unit pertama di atas.',
    'unit.list.line': '`{code}` {name} — kepala: {head}',
    'unit.list.noHead': 'belum ditetapkan',
    'unit.list.more': '… dan {count} unit lainnya. Ketik `/mitra unit daftar` untuk melihat semuanya.',
    'unit.saved.created': '✅ Unit `{code}` {name} telah ditambahkan. Anda dapat menambah unit berikutnya.',
    'unit.saved.updated': '✅ Unit `{code}` {name} telah diperbarui.',
    'unit.error.codeFormat': 'Gunakan 2–12 huruf, angka, atau tanda hubung, misalnya KEU.',
    'unit.error.codeTaken': 'Kode {code} sudah dipakai oleh unit {name}. Gunakan kode lain.',
    'unit.error.notFound': 'Unit ini tidak ditemukan. Tutup formulir ini lalu ketik `/mitra unit` lagi.',
    'unit.listCommand.title': 'Unit kerja ({count})',
    'unit.notice.updated': 'Unit {name} diperbarui.',
  },
  en: {
    // Units
    'unit.modal.title': 'Units',
    'unit.modal.submit': 'Save',
    'unit.modal.close': 'Close',
    'unit.pick.label': 'Unit to edit',
    'unit.pick.new': '➕ New unit',
    'unit.pick.hint': 'Choose an existing unit to change it, or keep "New unit" to add one.',
    'unit.code.label': 'Short code',
    'unit.code.hint': 'Letters, digits or hyphens, 2–12 characters, for example FIN or PLAN.',
    'unit.name.label': 'Unit name',
    'unit.name.placeholder': 'For example Finance Bureau',
    'unit.head.label': 'Unit head',
    'unit.head.hint':
      'The unit head can be given the unit head role in new partnerships, and answers the evaluation surveys.',
    'unit.list.title': '*Registered units ({count})*',
    'unit.list.empty': 'No units yet. Add the first one above.',
    'unit.list.line': '`{code}` {name} — head: {head}',
    'unit.list.noHead': 'not set',
    'unit.list.more':
      '… and {count, plural, one {# more unit} other {# more units}}. Type `/mitra unit list` to see them all.',
    'unit.saved.created': '✅ Unit `{code}` {name} was added. You can add the next one.',
    'unit.saved.updated': '✅ Unit `{code}` {name} was updated.',
    'unit.error.codeFormat': 'Use 2–12 letters, digits or hyphens, for example FIN.',
    'unit.error.codeTaken': 'The code {code} is already used by {name}. Use another code.',
    'unit.error.notFound': 'This unit no longer exists. Close this form and type `/mitra unit` again.',
    'unit.listCommand.title': 'Units ({count})',
    'unit.notice.updated': 'Unit {name} was updated.',
  },
});
