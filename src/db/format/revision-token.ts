// A revision token (revision.ts): unique to one write. Pure, so a worker building records can stamp them.

let counter = 0;

/** A fresh revision token (crypto.randomUUID needs a secure context; a static copy may lack one). */
export function newRevision(): string {
  counter = (counter + 1) % 1e9;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter.toString(36)}`;
}
