import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_INSTANCE_ID, ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/** What a process reports about its replicated-service groups at each scrape. */
export interface GroupGauge {
  readonly group: string;
  readonly term: number;
  readonly leader: boolean;
  /** The replica's applied raft index (a follower catching up shows it rising to the leader's). */
  readonly applied: number;
  /** Voters in the membership the replica has applied. */
  readonly voters: number;
}

export interface ServiceMetricsOptions {
  readonly serviceName: string;
  readonly serviceInstanceId?: string;
  /** The groups this process hosts now (asked at every scrape and every leader poll). */
  readonly groups: () => readonly GroupGauge[];
  /** How often leadership is sampled to count leader changes. */
  readonly leaderPollMs?: number;
}

/** Commit latency buckets (ms): from a local fsync to an election-long wait. */
const COMMIT_BUCKETS_MS = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
export const DEFAULT_LEADER_POLL_MS = 1_000;

/**
 * A process's metrics through OpenTelemetry, served in the Prometheus text format by `handle`
 * (mounted at /metrics by the service-kit's ops endpoint): raft term, leadership, applied index and voters per group,
 * leader changes, groups per process (sampled), requests by operation and DER code and the commit
 * latency histogram (from the `rsvc <op>` and `rdb commit` spans, through `spanProcessor`).
 */
export class ServiceMetrics {
  readonly spanProcessor: SpanProcessor;
  private readonly exporter: PrometheusExporter;
  private readonly provider: MeterProvider;
  private readonly timer: NodeJS.Timeout;
  private readonly lastLeader = new Map<string, boolean>();

  constructor(o: ServiceMetricsOptions) {
    this.exporter = new PrometheusExporter({ preventServerStart: true });
    this.provider = new MeterProvider({
      resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: o.serviceName, ...(o.serviceInstanceId ? { [ATTR_SERVICE_INSTANCE_ID]: o.serviceInstanceId } : {}) }),
      readers: [this.exporter],
    });
    const meter = this.provider.getMeter('@daos-nats');
    const requests = meter.createCounter('daos_rsvc_requests', { description: 'requests handled by a leader, by operation and DER code (0 = success)' });
    const commits = meter.createHistogram('daos_rdb_commit_duration', { unit: 'ms', description: 'time from a transaction commit to its application', advice: { explicitBucketBoundaries: COMMIT_BUCKETS_MS } });
    const leaderChanges = meter.createCounter('daos_raft_leader_changes', { description: 'times a hosted replica became or stopped being leader' });
    meter.createObservableGauge('daos_raft_term', { description: 'current raft term per group' }).addCallback((r) => {
      for (const g of o.groups()) r.observe(g.term, { group: g.group, leader: g.leader });
    });
    meter.createObservableGauge('daos_raft_applied_index', { description: 'applied raft index per group' }).addCallback((r) => {
      for (const g of o.groups()) r.observe(g.applied, { group: g.group });
    });
    meter.createObservableGauge('daos_raft_voters', { description: 'voters of the membership each group has applied' }).addCallback((r) => {
      for (const g of o.groups()) r.observe(g.voters, { group: g.group });
    });
    meter.createObservableGauge('daos_rsvc_groups', { description: 'replicated-service groups hosted by this process' }).addCallback((r) => r.observe(o.groups().length));
    this.timer = setInterval(() => {
      for (const g of o.groups()) {
        const was = this.lastLeader.get(g.group);
        if (was !== undefined && was !== g.leader) leaderChanges.add(1, { group: g.group });
        this.lastLeader.set(g.group, g.leader);
      }
    }, o.leaderPollMs ?? DEFAULT_LEADER_POLL_MS);
    this.timer.unref();
    this.spanProcessor = {
      onStart: (_s: Span, _c: Context) => undefined,
      onEnd: (s: ReadableSpan) => {
        const ms = s.duration[0] * 1e3 + s.duration[1] / 1e6;
        if (s.name === 'rdb commit') commits.record(ms);
        else if (s.name.startsWith('rsvc ')) requests.add(1, { operation: s.name.slice(5), der: Number(s.attributes['daos.status'] ?? 0) });
      },
      forceFlush: async () => undefined,
      shutdown: async () => undefined,
    };
  }

  /** Answer a GET /metrics with the Prometheus text exposition. */
  handle(req: IncomingMessage, res: ServerResponse): void {
    this.exporter.getMetricsRequestHandler(req, res);
  }

  async shutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.provider.shutdown();
  }
}
