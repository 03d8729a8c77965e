/**
 * Compiled operations, kept beside their plans. Apollo Server hands the same parsed document for
 * the same query text (its document store), so the first lookup is by document identity; a
 * document built for one request (the auth plugin may trim one for a caller) is looked up by its
 * printed text, so a plan is made once per distinct operation, not once per request. The text
 * cache keeps the most recently used operations, at most `maxEntries`.
 */
import { print, type DocumentNode } from 'graphql';

export class OperationCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  private readonly byText = new Map<string, T>();

  constructor(private readonly maxEntries = 1000) {}

  get(document: DocumentNode, operationName: string | null | undefined, compile: () => T): T {
    const name = operationName ?? '';
    let named = this.byDocument.get(document);
    const known = named?.get(name);
    if (known !== undefined) return known;
    const text = `${name}\n${print(document)}`;
    let value = this.byText.get(text);
    if (value !== undefined) {
      // Most recently used last.
      this.byText.delete(text);
    } else {
      value = compile();
      if (this.byText.size >= this.maxEntries) this.byText.delete(this.byText.keys().next().value!);
    }
    this.byText.set(text, value);
    if (!named) this.byDocument.set(document, (named = new Map()));
    named.set(name, value);
    return value;
  }
}
