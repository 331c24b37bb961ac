export const SIZES: number[];
export function renderIcon(size: number): Buffer;
export function crc32(buffer: Uint8Array): number;
