import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migration0001 } from '../../../src-main/vault/migrations/0001-initial.js';
import { migrate } from '../../../src-main/vault/migrations/index.js';

describe('0001-initial', () => {
  it('creates vault_meta and settings as STRICT tables with their keys', () => {
    const db = new Database(':memory:');
    migrate(db, [migration0001]);
    const cols = (t: string) => db.prepare(`SELECT name, type, pk FROM pragma_table_info('${t}')`).all();
    expect(cols('vault_meta')).toEqual([
      { name: 'key', type: 'TEXT', pk: 1 },
      { name: 'value', type: 'TEXT', pk: 0 },
    ]);
    expect(cols('settings')).toEqual([
      { name: 'key', type: 'TEXT', pk: 1 },
      { name: 'value', type: 'TEXT', pk: 0 },
      { name: 'updated_at', type: 'INTEGER', pk: 0 },
    ]);
    // STRICT: a wrong type is refused, not coerced.
    expect(() => db.prepare('INSERT INTO settings VALUES (?, ?, ?)').run('k', 'v', 'not a number')).toThrow(/cannot store TEXT/);
    db.close();
  });
});
