import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeededRng, nodeId } from '@daos-nats/base';
import { MemoryStorage, RawNode, StateRole, type Message, type NodeId } from './index.js';

test('three nodes elect a leader and replicate a proposal', () => {
  const ids = [1, 2, 3].map(nodeId);
  const cs = { voters: ids, learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
  const stores = new Map<NodeId, MemoryStorage>();
  const nodes = new Map<NodeId, RawNode>();
  const rng = new SeededRng(1);
  for (const id of ids) {
    const s = MemoryStorage.withMembers(cs);
    stores.set(id, s);
    nodes.set(id, new RawNode({ id }, s, rng));
  }
  const applied = new Map<NodeId, string[]>(ids.map((id) => [id, []]));
  const pump = () => {
    for (let round = 0; round < 100; round++) {
      const out: Message[] = [];
      let any = false;
      for (const [id, n] of nodes) {
        if (!n.hasReady()) continue;
        any = true;
        const rd = n.ready();
        out.push(...rd.messages);
        const s = stores.get(id)!;
        if (rd.snapshot) s.applySnapshot(rd.snapshot);
        s.append(rd.entries);
        if (rd.hardState) s.setHardState(rd.hardState);
        out.push(...rd.messagesAfterPersist);
        for (const e of rd.committedEntries) if (e.data.byteLength > 0) applied.get(id)!.push(new TextDecoder().decode(e.data));
        n.advance();
      }
      for (const m of out) nodes.get(m.to)!.step(m);
      if (!any && out.length === 0) return;
    }
  };
  nodes.get(ids[0]!)!.campaign();
  pump();
  assert.equal(nodes.get(ids[0]!)!.status().softState.role, StateRole.Leader);
  nodes.get(ids[0]!)!.propose(new TextEncoder().encode('hello'));
  pump();
  for (let i = 0; i < 3; i++) {
    for (const n of nodes.values()) n.tick();
    pump();
  }
  for (const id of ids) assert.deepEqual(applied.get(id), ['hello']);
});
