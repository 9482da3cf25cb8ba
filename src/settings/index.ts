export * from './resolve';
export * from './storage';
