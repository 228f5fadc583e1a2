import { defineMessages } from '../types.js';

/** Role assignments (peran) and their modal. */
export const roles = defineMessages({
  id: {
    'role.modal.title': 'Penugasan peran',
    'role.field.person': 'Orang',
    'role.field.unit': 'Unit kerja',
    'role.field.role': 'Peran',
    'role.field.rolePlaceholder': 'Pilih peran',
    'role.field.responsibilities': 'Tanggung jawab',
    'role.field.responsibilitiesPlaceholder': 'Satu tanggung jawab per baris',
    'role.field.remove': 'Hapus',
    'role.field.removeOption': 'Hapus penugasan ini dari kemitraan',
    'role.field.removeHint': 'Riwayatnya tetap tersimpan di log audit.',
    'role.hint.coordinator': 'Mengelola kemitraan: sasaran, peran, jadwal',
    'role.hint.liaison': 'Narahubung unit dalam kemitraan',
    'role.hint.member': 'Ikut mengerjakan sasaran bersama',
    'role.hint.manager': 'Pimpinan unit; mengisi survei evaluasi',
    'role.editing': 'Mengubah penugasan: *{role}* di {unit} — {person}',
    'role.newInstead': 'Penugasan baru',
    'role.current.header': '*Penugasan saat ini*',
    'role.current.none': 'Belum ada penugasan.',
    'role.current.edit': 'Ubah',
    'role.current.more': '…dan {count} penugasan lain, lihat dengan `/mitra lihat {code}`.',
    'role.error.lastCoordinatorRemove':
      'Kemitraan harus tetap memiliki minimal satu koordinator. Tetapkan koordinator lain terlebih dahulu, lalu hapus penugasan ini.',
    'role.error.lastCoordinatorChange':
      'Ini koordinator terakhir kemitraan. Tetapkan koordinator lain terlebih dahulu sebelum mengubah peran ini.',
    'role.error.duplicate':
      'Orang ini sudah memegang peran {role} di unit {unit}. Pilih peran atau unit lain, atau ubah penugasan yang ada melalui daftar penugasan saat ini.',
    'role.error.notInPartnership':
      'Penugasan ini tidak ada di kemitraan {code}. Tutup formulir ini dan buka kembali.',
    'role.notice.assigned': '{person} ditetapkan sebagai {role} di {unit}.',
    'role.notice.changed': 'Penugasan {person} diubah: {role} di {unit}.',
    'role.notice.removed': '{person} tidak lagi menjadi {role} di {unit}.',
  },
  en: {
    'role.modal.title': 'Role assignment',
    'role.field.person': 'Person',
    'role.field.unit': 'Unit',
    'role.field.role': 'Role',
    'role.field.rolePlaceholder': 'Choose a role',
    'role.field.responsibilities': 'Responsibilities',
    'role.field.responsibilitiesPlaceholder': 'One responsibility per line',
    'role.field.remove': 'Remove',
    'role.field.removeOption': 'Remove this assignment from the partnership',
    'role.field.removeHint': 'Its history stays in the audit log.',
    'role.hint.coordinator': 'Runs the partnership: goals, roles, schedules',
    'role.hint.liaison': 'Day-to-day contact for the unit in the partnership',
    'role.hint.member': 'Works on the shared goals',
    'role.hint.manager': 'Unit head; answers the evaluation survey',
    'role.editing': 'Editing the assignment: *{role}* in {unit} — {person}',
    'role.newInstead': 'New assignment',
    'role.current.header': '*Current assignments*',
    'role.current.none': 'No assignments yet.',
    'role.current.edit': 'Edit',
    'role.current.more':
      '…and {count, plural, one {# more assignment} other {# more assignments}}, see them with `/mitra show {code}`.',
    'role.error.lastCoordinatorRemove':
      'A partnership must keep at least one coordinator. Assign another coordinator first, then remove this assignment.',
    'role.error.lastCoordinatorChange':
      'This is the partnership’s last coordinator. Assign another coordinator before changing this role.',
    'role.error.duplicate':
      'This person already holds the role {role} in the unit {unit}. Choose another role or unit, or edit the existing assignment from the list of current assignments.',
    'role.error.notInPartnership':
      'This assignment is not part of partnership {code}. Close this form and open it again.',
    'role.notice.assigned': '{person} assigned as {role} in {unit}.',
    'role.notice.changed': 'Assignment of {person} changed: {role} in {unit}.',
    'role.notice.removed': '{person} is no longer {role} in {unit}.',
  },
});
