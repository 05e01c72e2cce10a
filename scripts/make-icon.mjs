// Draws images/icon.png (128×128): a document with lines of text, one of them redacted.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const W = 128;
const px = Buffer.alloc(W * W * 4);
const set = (x, y, [r, g, b, a = 255]) => px.set([r, g, b, a], (y * W + x) * 4);
const rect = (x0, y0, x1, y1, c, radius = 0) => {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + radius - x - 0.5, 0, x + 0.5 - (x1 - radius));
      const dy = Math.max(y0 + radius - y - 0.5, 0, y + 0.5 - (y1 - radius));
      if (radius && dx * dx + dy * dy > radius * radius) continue;
      set(x, y, c);
    }
};
rect(0, 0, W, W, [24, 38, 74], 22);
rect(26, 16, 102, 112, [245, 247, 250], 8);
rect(38, 32, 90, 40, [150, 160, 180], 3);
rect(38, 50, 78, 58, [150, 160, 180], 3);
rect(38, 68, 92, 80, [20, 20, 24], 3);
rect(38, 90, 84, 98, [150, 160, 180], 3);
rect(80, 84, 112, 116, [232, 76, 61], 16);
rect(88, 99, 104, 102, [255, 255, 255], 1);

const raw = Buffer.alloc((W * 4 + 1) * W);
for (let y = 0; y < W; y++) px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0);
ihdr.writeUInt32BE(W, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
writeFileSync('images/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
