// Small status marks shown beside a client or a record: Part 2, risk flags, draft/signed,
// late entry. Text, not colour alone, carries the meaning.

export function Part2Badge() {
  return (
    <span className="badge badge-part2" title="Substance-use-disorder treatment record (42 CFR Part 2): stricter disclosure rules">
      Part 2
    </span>
  );
}

export function RiskBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return <span className="badge badge-risk">{count === 1 ? 'Risk flag' : `${count} risk flags`}</span>;
}

export function StatusBadge({ status }: { status: 'active' | 'discharged' | 'draft' | 'signed' }) {
  const labels = { active: 'Active', discharged: 'Discharged', draft: 'Draft', signed: 'Signed' } as const;
  return <span className={`badge badge-${status}`}>{labels[status]}</span>;
}

export function LateEntryBadge() {
  return (
    <span className="badge badge-late" title="Written more than two days after the session">
      Late entry
    </span>
  );
}
