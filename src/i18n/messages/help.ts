import { defineMessages } from '../types.js';

export const help = defineMessages({
  id: {
    'help.title': 'Mitra — kemitraan antarunit',
    'help.intro':
      'Mitra membantu unit kerja menjalankan kemitraan antarunit: tujuan bersama, sasaran, peran yang jelas, rencana komunikasi, dan evaluasi berkala. Ketik salah satu perintah berikut:',
    'help.codeHint':
      '`KODE` adalah kode kemitraan, misalnya `PK-3`. Jika dikosongkan, Mitra akan meminta Anda memilih.',
    'help.footer': 'Perintah dalam bahasa Inggris juga dikenali, misalnya `/mitra list`.',
    'help.cmd.help': 'Menampilkan bantuan ini.',
    'help.cmd.new': 'Membuat kemitraan baru (dapat memakai templat).',
    'help.cmd.list': 'Daftar kemitraan Anda beserta status dan hal yang perlu ditindaklanjuti.',
    'help.cmd.show': 'Menampilkan satu kemitraan: sasaran, peran, jadwal, dan evaluasi terakhir.',
    'help.cmd.goal': 'Menambah atau mengubah sasaran kemitraan.',
    'help.cmd.progress': 'Mencatat pemutakhiran capaian suatu sasaran: realisasi dan status.',
    'help.cmd.role': 'Menetapkan peran seseorang dalam kemitraan.',
    'help.cmd.schedule':
      'Menambah atau mengubah jadwal komunikasi; tambahkan `uji` untuk mengirim satu pengingat uji coba sekarang.',
    'help.cmd.evaluate': 'Koordinator: membuka siklus evaluasi. Pimpinan: membuka survei Anda.',
    'help.cmd.report':
      'Ringkasan evaluasi terakhir beserta trennya; dengan triwulan (`tw3 2026`), buku kerja laporan triwulan (XLSX) ke DM Anda; `semua` untuk rekapitulasi (admin).',
    'help.cmd.export': 'Mengekspor sasaran, peran, jadwal, dan evaluasi sebagai berkas CSV.',
    'help.cmd.unit': 'Admin: menambah atau mengubah unit kerja.',
    'help.cmd.holidays': 'Admin: melihat dan menambah hari libur (misalnya cuti bersama).',
    'command.unknown': 'Perintah `{typed}` tidak dikenal.',
    'command.didYouMean': 'Apakah maksud Anda `/mitra {suggestion}`?',
    'command.seeHelp': 'Ketik `/mitra bantuan` untuk melihat semua perintah.',
    'command.notAvailable': 'Perintah `/mitra {name}` belum tersedia pada versi ini.',
  },
  en: {
    'help.title': 'Mitra — inter-unit partnerships',
    'help.intro':
      'Mitra helps units run partnerships: a shared purpose, goals, clear roles, a communication plan and regular evaluations. Type one of these commands:',
    'help.codeHint':
      '`CODE` is a partnership code such as `PK-3`. Leave it out and Mitra asks you to choose.',
    'help.footer': 'Indonesian commands work too, for example `/mitra daftar`.',
    'help.cmd.help': 'Shows this help.',
    'help.cmd.new': 'Creates a new partnership (optionally from a template).',
    'help.cmd.list': 'Lists your partnerships with their status and what needs follow-up.',
    'help.cmd.show': 'Shows one partnership: goals, roles, schedules and the last evaluation.',
    'help.cmd.goal': 'Adds or edits a goal of the partnership.',
    'help.cmd.progress': 'Records a progress update on a goal: its actual value and status.',
    'help.cmd.role': 'Assigns someone a role in the partnership.',
    'help.cmd.schedule': 'Adds or edits a communication schedule; add `test` to post one reminder now.',
    'help.cmd.evaluate': 'Coordinators: open an evaluation cycle. Unit heads: answer your survey.',
    'help.cmd.report':
      'The latest evaluation summary with its trend; with a quarter (`q3 2026`), the quarterly report workbook (XLSX) in your DM; `all` for the roll-up (admins).',
    'help.cmd.export': 'Exports goals, roles, schedules and evaluations as CSV files.',
    'help.cmd.unit': 'Admins: add or edit units.',
    'help.cmd.holidays': 'Admins: list and add holidays (such as collective leave days).',
    'command.unknown': 'The command `{typed}` is not known.',
    'command.didYouMean': 'Did you mean `/mitra {suggestion}`?',
    'command.seeHelp': 'Type `/mitra help` to see every command.',
    'command.notAvailable': 'The command `/mitra {name}` is not available in this version yet.',
  },
});
