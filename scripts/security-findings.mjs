// Sorting Electronegativity's findings into the ones that block (HIGH or MEDIUM, not accepted
// on review), the ones accepted on review (build/security-accepted.json, each with its reason)
// and the rest, and printing them so that the summary line counts only what still needs a fix.
import { readFileSync } from 'node:fs';

const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const FIELDS = ['rule', 'file', 'sample', 'reason', 'reviewedOn'];

/** The accepted list, checked: every entry names its rule, file, sample, reason and review date. */
export function loadAccepted(file) {
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const accepted = parsed?.accepted;
  if (!Array.isArray(accepted)) throw new Error(`${file}: expected {"accepted": [...]}`);
  accepted.forEach((entry, i) => {
    for (const field of FIELDS) {
      if (typeof entry?.[field] !== 'string' || entry[field].trim() === '') throw new Error(`${file}: accepted[${i}] has no ${field}`);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewedOn)) throw new Error(`${file}: accepted[${i}].reviewedOn is not YYYY-MM-DD`);
    const extra = Object.keys(entry).filter((k) => !FIELDS.includes(k));
    if (extra.length > 0) throw new Error(`${file}: accepted[${i}] has unknown field(s) ${extra.join(', ')}`);
  });
  return accepted;
}

/**
 * findings: [{ check, severity, confidence, file, line, description, sample }].
 * Returns { blocking, accepted: [{ finding, entry }], other, unused } where unused are
 * accepted entries that matched nothing (the code changed; the entry can go).
 */
export function classifyFindings(findings, acceptedList) {
  const blocking = [];
  const accepted = [];
  const other = [];
  const used = new Set();
  for (const finding of findings) {
    const entry = acceptedList.find(
      (a) => a.rule === finding.check && a.file === (finding.file ?? '').trim() && (finding.sample ?? '').includes(a.sample),
    );
    if (entry) {
      used.add(entry);
      accepted.push({ finding, entry });
    } else if (BLOCKING.has((finding.severity ?? '').trim().toUpperCase())) blocking.push(finding);
    else other.push(finding);
  }
  return { blocking, accepted, other, unused: acceptedList.filter((a) => !used.has(a)) };
}

const row = (f) => `  ${(f.severity ?? '').padEnd(7)} ${(f.confidence ?? '').padEnd(10)} ${f.check}  ${f.file ?? ''}:${f.line ?? ''}  ${f.description ?? ''}`;

/** The report's lines; the first is the summary, true of everything under it. */
export function reportLines({ blocking, accepted, other, unused }, { title, acceptedFile }) {
  const lines = [
    `${title}: ${blocking.length} HIGH/MEDIUM to fix, ${accepted.length} accepted on review, ${other.length} LOW/INFORMATIONAL.`,
  ];
  if (blocking.length > 0) lines.push('To fix (HIGH/MEDIUM):', ...blocking.map(row));
  if (other.length > 0) lines.push('Low or informational:', ...other.map(row));
  if (accepted.length > 0) {
    lines.push(`Accepted on review (${acceptedFile}), not counted above:`);
    for (const { finding, entry } of accepted) lines.push(row(finding), `      reason (reviewed ${entry.reviewedOn}): ${entry.reason}`);
  }
  for (const entry of unused) lines.push(`Note: the accepted ${entry.rule} in ${entry.file} matched no finding; remove it from ${acceptedFile} if the code is gone.`);
  return lines;
}
