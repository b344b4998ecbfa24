/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF between records. */
export function toCsv(header: string[], rows: (string | number | undefined | null)[][]): string {
  const field = (v: string | number | undefined | null): string => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
