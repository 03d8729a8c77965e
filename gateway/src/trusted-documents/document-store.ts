/**
 * Where automatic persisted queries are kept, by the sha256 of their text. A small interface so
 * the store can live elsewhere (Redis, shared by several gateways) without the plugin changing;
 * the in-memory store keeps the most recently used documents up to a count.
 */
export interface PersistedDocumentStore {
  get(sha256: string): Promise<string | undefined>;
  set(sha256: string, document: string): Promise<void>;
}

export class InMemoryDocumentStore implements PersistedDocumentStore {
  private readonly documents = new Map<string, string>();

  constructor(private readonly maxDocuments = 5000) {}

  async get(sha256: string): Promise<string | undefined> {
    const document = this.documents.get(sha256);
    if (document !== undefined) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.documents.delete(sha256);
      this.documents.set(sha256, document);
    }
    return document;
  }

  async set(sha256: string, document: string): Promise<void> {
    this.documents.delete(sha256);
    this.documents.set(sha256, document);
    while (this.documents.size > this.maxDocuments) this.documents.delete(this.documents.keys().next().value!);
  }
}
