// Identifiers follow the v1 format's pattern ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ (assessment-v1.schema.json).

export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** A readable id derived from a name, made unique against the ids already taken ("security", "security-2"). */
export function uniqueId(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = slugify(name, fallback);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * An id that stays unique across browsers (assessments and evaluators travel between colleagues'
 * files and are merged by id). `random` is injectable so tests are deterministic.
 */
export function randomId(prefix: string, random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 10; i++) suffix += Math.floor(random() * 36).toString(36);
  return `${slugify(prefix, 'id').slice(0, 20)}-${suffix}`;
}

/**
 * Random numbers that can be drawn again: each call of the returned function starts a replay of the
 * same sequence. An edit is applied twice (to the screen, then to what is stored), and must give the
 * same ids both times.
 */
export function replayableRandom(random: () => number = Math.random): () => () => number {
  const drawn: number[] = [];
  return () => {
    let i = 0;
    return () => {
      if (i === drawn.length) drawn.push(random());
      return drawn[i++];
    };
  };
}
