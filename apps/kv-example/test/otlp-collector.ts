// Test support: a minimal OTLP/HTTP JSON trace receiver, so spans exported by child processes can
// be asserted in the test process.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CollectedSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string;
  readonly name: string;
  readonly kind: number;
  readonly serviceInstance: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly links: readonly { readonly traceId: string; readonly spanId: string }[];
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpKv {
  key: string;
  value: OtlpValue;
}

/** OTLP JSON ids are hex; some encoders use base64: accept both. */
function hexId(id: string | undefined): string {
  if (!id) return '';
  if (/^[0-9a-f]+$/i.test(id) && (id.length === 32 || id.length === 16)) return id.toLowerCase();
  return Buffer.from(id, 'base64').toString('hex');
}

function attrs(list: OtlpKv[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, value } of list ?? []) {
    out[key] = value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : (value.boolValue ?? value.doubleValue));
  }
  return out;
}

/** Receives `POST /v1/traces` (JSON) and keeps every span; bounded by `spansMax`. */
export class OtlpCollector implements AsyncDisposable {
  readonly spans: CollectedSpan[] = [];

  private constructor(
    private readonly server: http.Server,
    private readonly spansMax: number,
  ) {}

  static async start(spansMax = 100_000): Promise<OtlpCollector> {
    let self: OtlpCollector | undefined;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          self?.ingest(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        } catch {
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new OtlpCollector(server, spansMax);
    return self;
  }

  /** The OTLP endpoint for OTEL_EXPORTER_OTLP_ENDPOINT. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private ingest(body: { resourceSpans?: { resource?: { attributes?: OtlpKv[] }; scopeSpans?: { spans?: Record<string, unknown>[] }[] }[] }): void {
    for (const rs of body.resourceSpans ?? []) {
      const instance = String(attrs(rs.resource?.attributes)['service.instance.id'] ?? '');
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          if (this.spans.length >= this.spansMax) return;
          this.spans.push({
            traceId: hexId(s['traceId'] as string),
            spanId: hexId(s['spanId'] as string),
            parentSpanId: hexId(s['parentSpanId'] as string | undefined),
            name: s['name'] as string,
            kind: s['kind'] as number,
            serviceInstance: instance,
            attributes: attrs(s['attributes'] as OtlpKv[]),
            links: ((s['links'] as { traceId: string; spanId: string }[] | undefined) ?? []).map((l) => ({ traceId: hexId(l.traceId), spanId: hexId(l.spanId) })),
          });
        }
      }
    }
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
