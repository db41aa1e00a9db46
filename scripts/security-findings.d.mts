// Types for security-findings.mjs, so its test can call it.
export interface Finding {
  check: string;
  severity: string;
  confidence?: string;
  file?: string;
  line?: string;
  description?: string;
  sample?: string;
}
export interface AcceptedFinding {
  rule: string;
  file: string;
  sample: string;
  reason: string;
  reviewedOn: string;
}
export interface Classified {
  blocking: Finding[];
  accepted: { finding: Finding; entry: AcceptedFinding }[];
  other: Finding[];
  unused: AcceptedFinding[];
}
export declare function loadAccepted(file: string): AcceptedFinding[];
export declare function classifyFindings(findings: Finding[], accepted: AcceptedFinding[]): Classified;
export declare function reportLines(classified: Classified, labels: { title: string; acceptedFile: string }): string[];
