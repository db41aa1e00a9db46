// Types for compliance.mjs, so its vitest test can call the pieces directly.
export interface ResultTest { file: string; title: string; status: 'passed' | 'failed' | 'skipped' }
export interface Requirement { id: string; title: string; feature: string; source?: string }
export interface Catalogue { sources?: Record<string, string>; requirements: Requirement[] }
export interface Row extends Requirement { tests: ResultTest[]; status: 'met' | 'failing' | 'gap' }
export interface Evaluation { rows: Row[]; unknown: { id: string; file: string; title: string }[] }
export declare function idsInTitle(title: string): string[];
export declare function testsFromVitest(report: unknown, root: string): { tests: ResultTest[]; brokenFiles: string[] };
export declare function testsFromPlaywright(report: unknown, root: string): { tests: ResultTest[]; brokenFiles: string[] };
export declare function evaluate(catalogue: Catalogue, tests: ResultTest[]): Evaluation;
export declare function renderMarkdown(result: Evaluation, run: { date: string | null; commit: string | null; dirty: boolean; warnings: string[] }, catalogue: Catalogue): string;
export declare function main(argv: string[]): number;
