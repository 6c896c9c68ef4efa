import Database from 'better-sqlite3';

// "The store answers" for readiness: a read-only connection of its own to the daily posts' SQLite
// file (WAL lets it read beside the writer), asked one cheap query. Not ready until the daily posts
// have created the file. A store with a ping of its own can replace this in main.ts's checks.

export interface StorePing {
  ping(): boolean;
  close(): void;
}

export function createSqlitePing(path: string): StorePing {
  let db: Database.Database | undefined;
  const close = () => {
    db?.close();
    db = undefined;
  };
  return {
    ping() {
      if (path === ':memory:') return true; // lives inside the daily posts' own connection
      try {
        db ??= new Database(path, { readonly: true, fileMustExist: true, timeout: 500 });
        db.prepare('SELECT count(*) FROM sqlite_master').get();
        return true;
      } catch {
        close(); // reopened on the next ping (the file may have been replaced)
        return false;
      }
    },
    close,
  };
}
