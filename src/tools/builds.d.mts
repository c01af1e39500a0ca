// Types of builds.mjs for the TypeScript tests that read the shared builds (tests/store/manifest.test.ts,
// tests/e2e/static-privacy.e2e.ts); the tools themselves stay plain Node scripts that need no tsx.
export type Browser = 'chrome' | 'firefox';
export const BUILD_DIRS: Readonly<Record<Browser, string>>;
export function buildCommand(browsers: readonly Browser[]): string;
export function buildState(browser: Browser): { state: 'fresh' | 'missing' | 'stale'; reason: string };
export function requireFresh(browsers: readonly Browser[]): void;
export function build(browser: Browser): void;
export function ensureBuilt(browsers: readonly Browser[]): void;
