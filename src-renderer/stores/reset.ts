// Every store registers its reset here. When main says the vault locked, all of them are
// cleared at once, so no screen keeps anything from the session that just ended.

const resets = new Set<() => void>();

export function registerReset(reset: () => void): void {
  resets.add(reset);
}

export function resetAllStores(): void {
  for (const reset of resets) reset();
}
