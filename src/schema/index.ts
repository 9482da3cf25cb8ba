export * from './categories';
export * from './draft';
export * from './finding';
export * from './pack';
export * from './settings';
export * from './time';
