// Escaping and dates for hand-built feed XML.

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] as string);
}

/** RFC 822 date as RSS wants it: "Sun, 01 Dec 2024 19:05:00 GMT" (or with a numeric zone). */
export function rfc822(iso: string, offsetMinutes = 0): string {
  const d = new Date(Date.parse(iso) + offsetMinutes * 60_000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p2 = (n: number) => String(n).padStart(2, '0');
  const zone =
    offsetMinutes === 0
      ? 'GMT'
      : `${offsetMinutes > 0 ? '+' : '-'}${p2(Math.floor(Math.abs(offsetMinutes) / 60))}${p2(Math.abs(offsetMinutes) % 60)}`;
  return `${days[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${zone}`;
}

/** RFC 3339 with a numeric offset, as some Atom generators write it: "2024-12-02T08:30:00+02:00". */
export function rfc3339(iso: string, offsetMinutes = 0): string {
  if (offsetMinutes === 0) return new Date(iso).toISOString().replace('.000Z', 'Z');
  const local = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${local}${offsetMinutes > 0 ? '+' : '-'}${p2(Math.floor(Math.abs(offsetMinutes) / 60))}:${p2(Math.abs(offsetMinutes) % 60)}`;
}
