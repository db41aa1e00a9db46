// What a renderer error report may carry: an error's code (its class name, or an Alcove
// error code) and the component it came from. Never its message or stack.

const CODE = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;
export function codeOf(reason: unknown): string {
  const code = (reason as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CODE.test(code)) return code;
  const name = reason instanceof Error ? reason.name : typeof reason;
  return CODE.test(name) ? name : 'Error';
}

/** The innermost component named in React's component stack ("\n    at NoteEditor (…)"). */
export function componentOf(componentStack: string | undefined): string {
  const name = /at ([A-Z][A-Za-z0-9]{0,63})\b/.exec(componentStack ?? '')?.[1];
  return name ?? 'window';
}

