import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Attachment bytes kept outside PostgreSQL, addressed by the `storage_path` of their row. The
 * upload directory is the one store today; another (S3) implements the same two calls, and the
 * backup and restore (lib/db/backup.ts) then carry it too.
 */
export type FileStore = {
  describe: string;
  read(storagePath: string): Promise<Uint8Array>;
  write(storagePath: string, bytes: Uint8Array): Promise<void>;
};

/** Files under `dir`; a path from a row (or a backup) must not reach outside it. */
export function directoryStore(dir: string): FileStore {
  const root = path.resolve(dir);
  const inside = (relative: string) => {
    const full = path.resolve(root, relative);
    if (!full.startsWith(root + path.sep)) throw new Error(`attachment path outside ${root}: ${relative}`);
    return full;
  };
  return {
    describe: root,
    read: (storagePath) => readFile(inside(storagePath)),
    async write(storagePath, bytes) {
      const full = inside(storagePath);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, bytes, { flag: "wx" });
    },
  };
}
