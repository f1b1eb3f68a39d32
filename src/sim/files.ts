import { pageOf } from '../ownership/page.js';

export interface SimFile {
  readonly id: string;
  readonly filename: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
  readonly createdAt: number;
}

export interface UploadedPart {
  readonly filename: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
}

/**
 * The `file` part of a multipart/form-data body. The simulator may hold a whole upload in memory;
 * the gateway never does (it streams uploads through).
 */
export function fileFromMultipart(contentType: string | undefined, body: Buffer): UploadedPart | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return undefined;
  const delimiter = Buffer.from(`--${mark}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headStart = at + delimiter.length + 2;
    const headEnd = body.indexOf('\r\n\r\n', headStart);
    const next = body.indexOf(delimiter, headStart);
    if (headEnd < 0 || next < 0) return undefined;
    const head = body.subarray(headStart, headEnd).toString('utf8');
    if (/name="file"/i.test(head)) {
      const filename = /filename="([^"]*)"/i.exec(head)?.[1] ?? 'file';
      const mimeType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
      return { filename, mimeType, bytes: body.subarray(headEnd + 4, next - 2) };
    }
    at = next;
  }
  return undefined;
}

/** The Files API's storage: metadata in Anthropic's shape, content as uploaded. */
export class SimFiles {
  private readonly files = new Map<string, SimFile>();

  constructor(private readonly nextId: () => string) {}

  add(part: UploadedPart, now = Date.now()): object {
    const file: SimFile = { id: `file_sim_${this.nextId()}`, filename: part.filename, mimeType: part.mimeType, bytes: part.bytes, createdAt: now };
    this.files.set(file.id, file);
    return metadata(file);
  }

  get(id: string): SimFile | undefined {
    return this.files.get(id);
  }

  delete(id: string): boolean {
    return this.files.delete(id);
  }

  list(query: { afterId?: string; beforeId?: string; limit: number }): object {
    const page = pageOf([...this.files.keys()].reverse(), query);
    const data = page.ids.map((id) => metadata(this.files.get(id) as SimFile));
    return { data, has_more: page.hasMore, first_id: page.ids[0] ?? null, last_id: page.ids.at(-1) ?? null };
  }

  clear(): void {
    this.files.clear();
  }
}

export const metadata = (f: SimFile): object => ({
  id: f.id,
  type: 'file',
  filename: f.filename,
  mime_type: f.mimeType,
  size_bytes: f.bytes.length,
  created_at: new Date(f.createdAt).toISOString(),
  downloadable: true,
});
