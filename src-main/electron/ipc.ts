// IPC from the contract: one ipcMain.handle per method, nothing else. Each call must come
// from the app's own page in the top frame of a window (VS Code's validatedIpcMain); only
// then does its single input argument reach dispatch(), which validates it strictly.

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Result } from '../api/contract.js';
import type { Dispatch } from '../api/dispatcher.js';
import { METHOD_NAMES, type EventName } from '../api/methods.js';
import { EVENTS } from '../api/events.js';
import type { Log } from '../log/logger.js';
import { isAppUrl } from './security.js';

export type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed mid-call
  if (frame !== event.sender.mainFrame) return false; // no subframe may call the core
  return isAppUrl(frame.url);
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'Alcove refused a request that did not come from its own window.' },
};

export function registerApiHandlers(ipc: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch, log: Log): () => void {
  for (const method of METHOD_NAMES) {
    ipc.handle(method, async (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        log.warn('ipc.forbidden_sender', { method });
        return FORBIDDEN;
      }
      return dispatch(method, input);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipc.removeHandler(method);
  };
}

/**
 * Push an event to the app's own pages (never to a page that navigated elsewhere). The
 * payload must match the event's schema (api/events.ts), or nothing is sent: a malformed
 * event is main's bug, and the renderer is never handed what it was not promised.
 */
export function sendAppEvent(targets: Iterable<WebContents>, name: EventName, payload: unknown, log?: Log): boolean {
  const checked = EVENTS[name].safeParse(payload);
  if (!checked.success) {
    log?.error('ipc.invalid_event', { event: name, count: checked.error.issues.length });
    return false;
  }
  for (const contents of targets) {
    if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(name, checked.data);
  }
  return true;
}
