/**
 * An rdb test node: one replica of one rdb over NATS, driven over the bus by a test or a
 * benchmark (see rdb-node-protocol.ts). Usage: see parseRdbNodeArgs (`--nats --system --group
 * --id rank:gen --dir [--create --members 1:1,2:1,3:1] [tuning]`).
 *
 * Prints RDB_NODE_READY_LINE on stdout once it serves control requests. Exits 0 after SIGTERM,
 * SIGINT or the end of its stdin (its parent's pipe: a test that dies takes its nodes with it),
 * 2 when it cannot start, 3 when the replica stops itself (onFatal), 4 when closing fails.
 */
import { parseRdbNodeArgs } from './rdb-node-config.js';
import { RDB_NODE_READY_LINE } from './rdb-node-protocol.js';
import { RdbNode } from './rdb-node.js';

const EXIT_START_FAILED = 2;
const EXIT_FATAL = 3;
const EXIT_CLOSE_FAILED = 4;

function die(code: number, why: string, e: unknown): never {
  process.stderr.write(`rdb-node: ${why}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  if (e instanceof Error && e.cause) process.stderr.write(`  cause: ${String(e.cause)}\n`);
  process.exit(code);
}

let node: RdbNode;
try {
  node = await RdbNode.start(parseRdbNodeArgs(process.argv.slice(2)), (e) => die(EXIT_FATAL, 'replica stopped itself', e));
} catch (e) {
  die(EXIT_START_FAILED, 'cannot start', e);
}

let stopping = false;
const stop = async (why: string) => {
  if (stopping) return;
  stopping = true;
  try {
    await node.close();
  } catch (e) {
    die(EXIT_CLOSE_FAILED, `close after ${why} failed`, e);
  }
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
process.stdin.on('end', () => void stop('end of stdin'));
process.stdin.resume();
process.stdout.write(`${RDB_NODE_READY_LINE}\n`);
