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

/**
 * Documents in a shared store (Redis) with this process's memory beside it: every document
 * registered here is kept in both, and a lookup the shared store cannot answer (Redis lost) is
 * answered from memory. A hash neither knows is PERSISTED_QUERY_NOT_FOUND, and the client resends
 * the document: losing the shared store costs another replica's registrations, never a request.
 */
export class FallbackDocumentStore implements PersistedDocumentStore {
  constructor(
    private readonly shared: PersistedDocumentStore,
    private readonly local: PersistedDocumentStore,
    private readonly failed: (what: 'lookup' | 'registration', error: unknown) => void,
  ) {}

  async get(sha256: string): Promise<string | undefined> {
    try {
      const document = await this.shared.get(sha256);
      if (document !== undefined) return document;
    } catch (error) {
      this.failed('lookup', error);
    }
    return this.local.get(sha256);
  }

  async set(sha256: string, document: string): Promise<void> {
    await this.local.set(sha256, document);
    try {
      await this.shared.set(sha256, document);
    } catch (error) {
      this.failed('registration', error);
    }
  }
}
