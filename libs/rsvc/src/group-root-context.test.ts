// A replica lives as long as its group, so its ticker, its leadership listener and the leader loops
// its step-up starts must not inherit the trace context of the request that opened it (a
// dist-start inside a traced `dmg pool create`): that one trace would then grow for ever.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { AsyncLocalStorage } from 'node:async_hooks';
import { context, ROOT_CONTEXT, trace, TraceFlags, type Context, type ContextManager } from '@opentelemetry/api';
import { tempDir, waitFor } from '@daos-nats/testkit';
import { MemoryRsvcNetwork } from './memory-rsvc-network.js';
import { counterService, startCounterHost } from '../test/test-hosts.js';

/** What @opentelemetry/context-async-hooks does, in the few lines this test needs (rsvc may not import it). */
class AlsContextManager implements ContextManager {
  private readonly als = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.als.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
    ctx: Context,
    fn: F,
    thisArg?: ThisParameterType<F>,
    ...args: A
  ): ReturnType<F> {
    return this.als.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.als.disable();
    return this;
  }
}

test('a group opened inside a traced request steps up (and runs its leader work) outside that trace', async () => {
  const manager = new AlsContextManager();
  context.setGlobalContextManager(manager);
  await using dir = await tempDir('rsvc-rootctx-');
  const seen: string[] = [];
  const service = {
    ...counterService,
    stepUp: (ctx: Parameters<typeof counterService.stepUp>[0]) => {
      seen.push(trace.getActiveSpan()?.spanContext().traceId ?? 'root');
      return counterService.stepUp(ctx);
    },
  };
  const net = new MemoryRsvcNetwork();
  const ranks = [0, 1, 2];
  const hosts = await Promise.all(ranks.map((r) => startCounterHost(net.transport(r), r, path.join(dir.path, `r${r}`), { service })));
  try {
    const request = trace.wrapSpanContext({ traceId: 'ab'.repeat(16), spanId: 'cd'.repeat(8), traceFlags: TraceFlags.SAMPLED });
    await context.with(trace.setSpan(ROOT_CONTEXT, request), async () => {
      assert.equal(trace.getActiveSpan()?.spanContext().traceId, 'ab'.repeat(16), 'the request context is active here');
      const members = ranks.map((rank) => ({ rank, gen: 1 }));
      await Promise.all(hosts.map((h) => h.startGroup('g1', { create: true, members, bootstrap: true, bootstrapArg: Uint8Array.of(1) })));
    });
    await waitFor(() => seen.length > 0, { timeoutMs: 20_000, what: 'a replica stepping up' });
    assert.deepEqual(seen, ['root'], 'step-up ran in the root context, not in the request trace');
  } finally {
    for (const h of hosts) await h.close();
    context.disable();
  }
});
