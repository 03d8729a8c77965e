/**
 * The file an export appends to, knowing its own length: a new file, or an existing one cut back to
 * the length a checkpoint recorded (dropping whatever a killed run wrote after its last checkpoint).
 */
import fs from 'node:fs/promises';

/** Where an export's text goes: a file it can resume, or stdout. */
export interface Destination {
  /** Bytes written so far (in a file: its length). */
  readonly length: number;
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export class OutputFile implements Destination {
  private constructor(
    readonly path: string,
    private readonly handle: fs.FileHandle,
    private position: number,
  ) {}

  static async create(path: string): Promise<OutputFile> {
    return new OutputFile(path, await fs.open(path, 'w'), 0);
  }

  static async reopen(path: string, length: number): Promise<{ file: OutputFile } | { error: string }> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(path, 'r+');
    } catch (error) {
      return { error: `cannot reopen ${path}: ${(error as Error).message}` };
    }
    const { size } = await handle.stat();
    if (size < length) {
      await handle.close();
      return { error: `${path} holds ${size} bytes but the checkpoint recorded ${length}: it was changed since` };
    }
    await handle.truncate(length);
    return { file: new OutputFile(path, handle, length) };
  }

  /** Bytes in the file. */
  get length(): number {
    return this.position;
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    const buffer = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < buffer.length) {
      const { bytesWritten } = await this.handle.write(buffer, written, buffer.length - written, this.position + written);
      written += bytesWritten;
    }
    this.position += buffer.length;
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** stdout, waiting for it to drain: rows go out as fast as the reader takes them, no faster. */
export function stdoutDestination(stream: NodeJS.WritableStream): Destination {
  let length = 0;
  return {
    get length() {
      return length;
    },
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        length += Buffer.byteLength(text);
        if (stream.write(text, (error) => (error ? reject(error) : undefined))) resolve();
        else stream.once('drain', resolve);
      }),
    close: async () => undefined,
  };
}
