import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../src-main/lock/clock.js';
import { CLIPBOARD_CLEAR_MS, ClipboardGuard } from '../../src-main/lock/clipboard.js';

function fakeClipboard(initial = '') {
  const board = {
    text: initial,
    clears: 0,
    readText: () => board.text,
    clear: () => {
      board.text = '';
      board.clears++;
    },
  };
  return board;
}

describe('clipboard guard', () => {
  const settle = () => new Promise((r) => setImmediate(r));

  it('clears what was copied from a note after 30 seconds', async () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'Client disclosed relapse on Friday';
    await guard.copied();
    clock.advance(CLIPBOARD_CLEAR_MS - 1);
    await settle();
    expect(board.text).toBe('Client disclosed relapse on Friday');
    clock.advance(1);
    await settle();
    expect(board.text).toBe('');
  });

  it('leaves alone something the user copied elsewhere since', async () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'note text';
    await guard.copied();
    board.text = 'a recipe from the browser';
    clock.advance(CLIPBOARD_CLEAR_MS);
    await settle();
    expect(board.text).toBe('a recipe from the browser');
    expect(board.clears).toBe(0);
  });

  it('clears at lock if it still holds our copy, and restarts the 30 seconds on each copy', async () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'first';
    await guard.copied();
    clock.advance(20_000);
    board.text = 'second';
    await guard.copied();
    clock.advance(20_000);
    await settle();
    expect(board.text).toBe('second');
    expect(await guard.clearIfOurs()).toBe(true);
    expect(board.text).toBe('');
    expect(await guard.clearIfOurs()).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
  });
});
