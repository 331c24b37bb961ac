// Re-packs a zip as ZIP64 with stored entries (the form some .NET and streaming writers use
// even for small files): every size and offset in the central directory is 0xFFFFFFFF with
// the real value in a ZIP64 extra field, and the end record points to a ZIP64 end record.
import JSZip from "jszip";

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

class Writer {
  private parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u16(n: number): this {
    this.parts.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    return this.u16(n & 0xffff).u16(n >>> 16);
  }
  u64(n: number): this {
    return this.u32(n % 2 ** 32).u32(Math.floor(n / 2 ** 32));
  }
  bytes(b: Uint8Array): this {
    for (const x of b) this.parts.push(x);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export async function asZip64(zipBytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(zipBytes);
  const files = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => ({ name: new TextEncoder().encode(f.name), data: await f.async("uint8array") })),
  );
  const w = new Writer();
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(w.length);
    w.u32(0x04034b50).u16(45).u16(0).u16(0).u16(0).u16(0).u32(crc32(f.data)).u32(0xffffffff).u32(0xffffffff);
    w.u16(f.name.length).u16(20).bytes(f.name);
    w.u16(1).u16(16).u64(f.data.length).u64(f.data.length).bytes(f.data);
  }
  const central = w.length;
  files.forEach((f, i) => {
    w.u32(0x02014b50).u16(45).u16(45).u16(0).u16(0).u16(0).u16(0).u32(crc32(f.data));
    w.u32(0xffffffff).u32(0xffffffff).u16(f.name.length).u16(28).u16(0).u16(0).u16(0).u32(0).u32(0xffffffff);
    w.bytes(f.name).u16(1).u16(24).u64(f.data.length).u64(f.data.length).u64(offsets[i]);
  });
  const centralSize = w.length - central;
  const zip64End = w.length;
  w.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0).u64(files.length).u64(files.length).u64(centralSize).u64(central);
  w.u32(0x07064b50).u32(0).u64(zip64End).u32(1);
  w.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(0xffffffff).u32(0xffffffff).u16(0);
  return w.done();
}
