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
  it('clears what was copied from a note after 30 seconds', () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'Client disclosed relapse on Friday';
    guard.copied();
    clock.advance(CLIPBOARD_CLEAR_MS - 1);
    expect(board.text).toBe('Client disclosed relapse on Friday');
    clock.advance(1);
    expect(board.text).toBe('');
  });

  it('leaves alone something the user copied elsewhere since', () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'note text';
    guard.copied();
    board.text = 'a recipe from the browser';
    clock.advance(CLIPBOARD_CLEAR_MS);
    expect(board.text).toBe('a recipe from the browser');
    expect(board.clears).toBe(0);
  });

  it('clears at lock if it still holds our copy, and restarts the 30 seconds on each copy', () => {
    const clock = new FakeClock();
    const board = fakeClipboard();
    const guard = new ClipboardGuard(clock, board);
    board.text = 'first';
    guard.copied();
    clock.advance(20_000);
    board.text = 'second';
    guard.copied();
    clock.advance(20_000);
    expect(board.text).toBe('second');
    expect(guard.clearIfOurs()).toBe(true);
    expect(board.text).toBe('');
    expect(guard.clearIfOurs()).toBe(false);
    expect(clock.pendingTimers()).toBe(0);
  });
});
