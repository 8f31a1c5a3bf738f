import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One dependency of a lib on another: an import, or SQL on a table the other lib owns. */
export interface LibEdge {
  from: string;
  to: string;
  /** `import <file>` or `sql <table> <file>`. */
  via: string[];
}

const IMPORT = /from '#([a-z-]+)(?:\/[a-z-]+)?'/g;
const TABLE = /@Entity\('([a-z_]+)'\)/g;
// Tables named where SQL reads or writes them.
const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+([a-z_]+)\b/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });

/**
 * The dependency graph of `libs/`: a lib depends on another when it imports it (`#other`) or
 * names one of the other's tables in SQL. A table belongs to the lib that declares its entity;
 * `owners` adds tables without an entity.
 */
export function libGraph(root: string, owners: Readonly<Record<string, string>> = {}): LibEdge[] {
  const libsDir = join(root, 'libs');
  const libs = readdirSync(libsDir).filter((name) => statSync(join(libsDir, name)).isDirectory());
  const files = new Map(libs.map((lib) => [lib, sourceFiles(join(libsDir, lib, 'src'))]));
  const owner = new Map(Object.entries(owners));
  for (const [lib, paths] of files)
    for (const path of paths) for (const m of readFileSync(path, 'utf8').matchAll(TABLE)) owner.set(m[1]!, lib);

  const edges = new Map<string, LibEdge>();
  const add = (from: string, to: string, via: string) => {
    if (from === to || !libs.includes(to)) return;
    const key = `${from} -> ${to}`;
    const edge = edges.get(key) ?? { from, to, via: [] };
    if (!edge.via.includes(via)) edge.via.push(via);
    edges.set(key, edge);
  };
  for (const [lib, paths] of files) {
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      const file = relative(root, path);
      for (const m of text.matchAll(IMPORT)) add(lib, m[1]!, `import ${file}`);
      for (const m of text.matchAll(SQL_TABLE)) {
        const table = owner.get(m[1]!);
        if (table) add(lib, table, `sql ${m[1]} ${file}`);
      }
    }
  }
  return [...edges.values()];
}

/**
 * Groups of libs that depend on each other, directly or through others (strongly connected
 * components of more than one lib, Tarjan's algorithm), each with the edges that bind it.
 */
export function cyclesOf(edges: readonly LibEdge[]): Array<{ libs: string[]; edges: LibEdge[] }> {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (lib: string) => {
    index.set(lib, index.size);
    low.set(lib, index.get(lib)!);
    stack.push(lib);
    for (const to of next.get(lib) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(lib, Math.min(low.get(lib)!, low.get(to)!));
      } else if (stack.includes(to)) {
        low.set(lib, Math.min(low.get(lib)!, index.get(to)!));
      }
    }
    if (low.get(lib) === index.get(lib)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== lib);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const lib of new Set(edges.flatMap((e) => [e.from, e.to]))) if (!index.has(lib)) visit(lib);
  return components.map((libs) => ({ libs, edges: edges.filter((e) => libs.includes(e.from) && libs.includes(e.to)) }));
}
