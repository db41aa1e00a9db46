// ESLint for every program in the repo: typescript-eslint's type-checked rules on the
// TypeScript (each file checked against the tsconfig that owns it, through the project
// service: src-renderer/tsconfig.json for the renderer, tsconfig.json for the rest), the JS
// rules on the .mjs scripts, and STYLE.md's import boundaries as no-restricted-imports.
// test/layers.test.ts still checks the boundaries on require() and dynamic import(), which
// these rules do not see.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const unusedVars = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }];

// --- Import boundaries (STYLE.md "Layout tells you where a thing lives") -------------------
// Specifiers are matched as written, so a relative import into a folder is recognised by the
// folder's name appearing as a path segment ('../../src-main/api/contract.js').
const into = (dir) => `(^|/)${dir}(/|$)`;
const ELECTRON = { regex: '^electron(/.*)?$', message: "Only src-main/electron/ imports 'electron' (STYLE.md); pass what you need in from there." };
// Tests of src-main/electron build fakes of Electron's objects, so they may name its types.
const ELECTRON_TYPES = { ...ELECTRON, allowTypeImports: true };
const RENDERER = { regex: into('src-renderer'), message: 'Nothing outside the renderer imports src-renderer: the renderer is the untrusted side.' };
const TEST = { regex: into('test'), message: 'Only tests import test/ code; move what you share into src or a shared support folder.' };
const BENCH = { regex: into('bench'), message: 'Tests and sources never import bench/ code; move what you share into src or a shared support folder.' };
const MAIN_VALUES = {
  regex: into('src-main'),
  allowTypeImports: true,
  message: 'The renderer imports only types from src-main (`import type`); values reach it over window.alcove.',
};
const PRELOAD_MAIN = {
  // The preload may take the contract's method and event lists at runtime, and types.
  regex: `${into('src-main')}(?!api/methods(\\.js)?$)`,
  allowTypeImports: true,
  message: "The preload imports only the contract's method list (src-main/api/methods.js) from src-main.",
};
const NODE_BUILTINS = {
  regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/]/g, '\\/')).join('|')})(/.*)?$`,
  message: 'The renderer runs in a sandboxed page: no Node modules (scripts/check-renderer-globals.mjs checks the globals).',
};

// TODO(issue 13): tests still reading `any`: the CLI helper's json() (test/helpers/cli.ts)
// and vitest's asymmetric matchers (expect.any, expect.stringMatching return any) inside
// toEqual. Each file leaves this list once it is typed (the way test/helpers/vault.ts's
// dispatcher now returns the contract's output type); every other rule applies to them.
const TEST_ANY_TODO = [
  'support/synth/plain.ts',
  'test/api/contract.test.ts',
  'test/audit/witness.test.ts',
  'test/audit/integration.test.ts',
  'test/build/native-rebuild.test.ts',
  'test/build/start.test.ts',
  'test/cli/audit-witness.test.ts',
  'test/cli/cli.test.ts',
  'test/cli/keys.test.ts',
  'test/cli/records-cli.test.ts',
  'test/e2e/audit.spec.ts',
  'test/helpers/cli.ts',
  'test/log/phi-canary.test.ts',
  'test/records/preview.test.ts',
  'test/records/records.test.ts',
  'test/renderer/drafts.test.ts',
  'test/vault/delete.test.ts',
  'test/vault/errors.test.ts',
  'test/vault/lifecycle.test.ts',
  'test/vault/pending-audit.test.ts',
  'test/vault/recovery-code.test.ts',
  'test/vault/rotate.test.ts',
];

/** One complete no-restricted-imports setting per folder: later settings replace, not merge. */
const boundary = (files, patterns, extra = {}) => ({
  files,
  ...extra,
  plugins: { '@typescript-eslint': tseslint.plugin },
  rules: {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  },
});

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Files no tsconfig includes (Playwright's config, the e2e .tsx harness pages) get
        // the default project rather than going unchecked.
        projectService: { allowDefaultProject: ['playwright.config.ts', 'test/e2e/*.tsx', 'test/e2e/*/*.tsx'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': unusedVars,
      // Off on purpose: an async function without await is how this code implements an async
      // interface (API handlers, the key store, worker ops), and `async` turns a synchronous
      // throw into a rejection, which the dispatcher and the worker protocol rely on.
      '@typescript-eslint/require-await': 'off',
      // Forwarding a caught rejection unchanged is allowed, as only-throw-error allows it for throw.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    files: TEST_ANY_TODO,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src-renderer/**'],
    rules: {
      // Callbacks in props and actions in stores are destructured and passed around unbound;
      // declared as properties (not methods) they say so, and unbound-method stays exact.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: { 'no-unused-vars': unusedVars },
  },

  // Boundaries. JS files use the core rule (the typescript-eslint one needs type information
  // only for allowTypeImports, which JS has no use for).
  boundary(['src-main/**'], [ELECTRON, RENDERER, TEST, BENCH]),
  boundary(['src-main/electron/**'], [RENDERER, TEST, BENCH]),
  boundary(['src-preload/**'], [PRELOAD_MAIN, RENDERER, TEST, BENCH]),
  boundary(['src-renderer/**'], [ELECTRON, MAIN_VALUES, NODE_BUILTINS, TEST, BENCH]),
  boundary(['src-relay/**'], [ELECTRON, RENDERER, TEST, BENCH]),
  boundary(['test/**'], [ELECTRON_TYPES, BENCH]),
  boundary(['bench/**'], [ELECTRON, RENDERER, TEST]),
  // Code that tests and benchmarks share lives in support/, which imports neither.
  boundary(['support/**'], [ELECTRON, RENDERER, TEST, BENCH]),
  {
    files: ['src-preload/**'],
    rules: {
      // The preload takes exactly contextBridge and ipcRenderer (and the event type) from Electron.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowImportNames: ['contextBridge', 'ipcRenderer', 'IpcRendererEvent'], message: 'The preload uses only contextBridge and ipcRenderer.' }] },
      ],
    },
  },
  {
    files: ['bin/**', 'scripts/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ELECTRON, RENDERER, TEST, BENCH] }] },
  },
);
