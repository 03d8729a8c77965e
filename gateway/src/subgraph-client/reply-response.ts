/**
 * A fetch Response over a reply whose body is already read. The global Response costs more than
 * the call it describes (a tenth of the gateway's CPU in bench W1 went to constructing it and
 * reading its stream back, --cpu-prof); Apollo only reads status, headers and json() or text().
 * Each caller gets its own: json() parses anew, since Apollo merges into what it is given and
 * identical calls in flight share one reply.
 */
import type { FetcherHeaders, FetcherResponse } from '@apollo/utils.fetcher';
import type { HttpReply } from '../../../subgraphs/kit/http/keep-alive-client';

export class ReplyHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(headers: Iterable<[string, string]>) {
    for (const [name, value] of headers) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const previous = this.byName.get(key);
    this.byName.set(key, previous === undefined ? value : `${previous}, ${value}`);
  }
  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }
  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
  keys(): IterableIterator<string> {
    return this.byName.keys();
  }
  values(): IterableIterator<string> {
    return this.byName.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

export class ReplyResponse implements FetcherResponse {
  readonly headers: ReplyHeaders;
  readonly redirected = false;
  private used = false;

  constructor(
    private readonly reply: HttpReply,
    readonly url: string,
  ) {
    this.headers = new ReplyHeaders(reply.headers);
  }

  get status(): number {
    return this.reply.status;
  }
  get statusText(): string {
    return this.reply.statusText;
  }
  get ok(): boolean {
    return this.reply.status >= 200 && this.reply.status < 300;
  }
  get bodyUsed(): boolean {
    return this.used;
  }

  private consume(): string {
    if (this.used) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.reply.body;
  }

  async text(): Promise<string> {
    return this.consume();
  }
  async json(): Promise<any> {
    return JSON.parse(this.consume());
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.consume(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    if (this.used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new ReplyResponse(this.reply, this.url);
  }
}
