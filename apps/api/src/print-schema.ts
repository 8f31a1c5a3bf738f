import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { printSchema } from 'graphql';
import { AppModule } from './app.module.js';

/** The SDL the api serves, generated from the code-first types (sorted, so diffs stay small). */
export async function printServedSchema(): Promise<string> {
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), { logger: false, abortOnError: false });
  try {
    await app.init();
    return `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
  } finally {
    await app.close();
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) {
  const target = process.argv[2] ?? 'schema.graphql';
  printServedSchema()
    .then((sdl) => writeFile(target, sdl))
    .then(() => console.log(`wrote ${target}`))
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
