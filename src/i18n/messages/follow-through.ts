import { defineMessages } from '../types.js';

/** Meeting minutes (notula), leave (cuti), chasing and escalation. */
export const followThrough = defineMessages({
  id: {
    'notes.charter.title': '*Notula rapat terakhir*',
    'notes.charter.line': '• {date}: {decisions} keputusan, {attendees} peserta',
    'leave.awayUntil': '🌴 cuti sampai {date}',
  },
  en: {
    'notes.charter.title': '*Latest meeting minutes*',
    'notes.charter.line':
      '• {date}: {decisions, plural, one {# decision} other {# decisions}}, {attendees, plural, one {# attendee} other {# attendees}}',
    'leave.awayUntil': '🌴 on leave until {date}',
  },
});
