import type { AuditEntry } from '../background/audit';

// The audit log as CSV for district IT: RFC 4180 (CRLF line ends, fields
// quoted when they hold a comma, quote or line break, quotes doubled), with
// a header row. Rule ids come from packs a district may write itself, so a
// field that a spreadsheet would run as a formula is defused with a leading
// apostrophe (OWASP's advice for CSV injection).

export const AUDIT_CSV_HEADER = ['time', 'site', 'surface', 'category', 'rule'] as const;

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = [AUDIT_CSV_HEADER as readonly string[], ...entries.map((e) => [e.t, e.site, e.surface, e.category, e.rule])];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** e.g. second-look-audit-2026-10-07.csv (the local date of the export). */
export function auditCsvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `second-look-audit-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
