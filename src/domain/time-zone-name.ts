/** True when `Intl` knows the IANA zone name (e.g. `Asia/Jayapura`). */
export function isValidTimeZoneName(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
