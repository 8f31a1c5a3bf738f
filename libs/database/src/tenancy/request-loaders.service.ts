import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ClsService } from 'nestjs-cls';

const LOADERS_KEY = 'waypoint.loaders';

/**
 * DataLoaders live in the request's CLS context: they batch within one request and never serve
 * one request's (or one tenant's) rows to another. Access checks stay outside the loaders.
 */
@Injectable()
export class RequestLoaders {
  constructor(private readonly cls: ClsService) {}

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V> {
    let loaders = this.cls.get<Map<string, DataLoader<unknown, unknown>> | undefined>(LOADERS_KEY);
    if (!loaders) {
      loaders = new Map();
      this.cls.set(LOADERS_KEY, loaders);
    }
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Batch helper: loads rows by id and returns them in key order, with `missing` for gaps. */
  static byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>, missing: (id: string) => Error) {
    return async (ids: readonly string[]): Promise<Array<T | Error>> => {
      const rows = new Map((await fetch(ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? missing(id));
    };
  }
}
