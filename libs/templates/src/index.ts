export * from './entities/reflection-template.entity.js';
export * from './entities/reflection-template-version.entity.js';
