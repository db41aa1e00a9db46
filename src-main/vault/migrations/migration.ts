// One schema migration. Its own file so the migration files and the list in index.ts both
// import it and the arrows run one way (index -> migration files -> this).

export interface Migration {
  version: number;
  name: string;
  up: string;
}
