/** One row per version (`rec`) and per punch; `meta.usedBytes` is the sum of their costs, kept in the same transactions. */
export const VOS_SCHEMA = `
CREATE TABLE IF NOT EXISTS rec (
  id INTEGER PRIMARY KEY, oid TEXT NOT NULL, dkey BLOB NOT NULL, akey BLOB NOT NULL, epoch INTEGER NOT NULL,
  kind INTEGER NOT NULL, off INTEGER NOT NULL, len INTEGER NOT NULL, data BLOB NOT NULL, cost INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rec_key ON rec (oid, dkey, akey, epoch);
CREATE INDEX IF NOT EXISTS rec_epoch ON rec (epoch);
CREATE TABLE IF NOT EXISTS punch (
  id INTEGER PRIMARY KEY, oid TEXT NOT NULL, dkey BLOB, akey BLOB, epoch INTEGER NOT NULL, cost INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS punch_oid ON punch (oid, epoch);
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL);
INSERT OR IGNORE INTO meta (k, v) VALUES ('usedBytes', 0);
`;
