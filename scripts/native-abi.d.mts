// Types for native-abi.mjs, so TypeScript tests can call it.
export type ModuleAbi = { kind: 'node'; abi: number } | { kind: 'napi' };
export interface BuildTarget {
  electronVersion: string;
  abi: number;
  arch: string;
  platform?: string;
}
export declare function moduleAbiOf(bytes: Uint8Array): ModuleAbi | null;
export declare function electronAbi(root?: string): number;
export declare function sha256Of(file: string): string;
export declare function stampPathFor(binding: string): string;
export declare function writeStamp(binding: string, target: BuildTarget & { headersUrl: string }): Record<string, unknown>;
export declare function checkCachedModule(
  binding: string,
  target: BuildTarget,
): { trusted: true; stamp: Record<string, unknown> } | { trusted: false; reason: string };
