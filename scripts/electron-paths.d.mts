// Types for electron-paths.mjs, so TypeScript tests can share it with the build scripts.
export declare const projectRoot: string;
export declare const NATIVE_MODULE: string;
export declare function electronVersion(): string;
export declare function electronBinary(): string | null;
export declare function electronNativeBindingPath(version?: string, arch?: string): string;
