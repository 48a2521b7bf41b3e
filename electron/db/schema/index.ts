export * from './admin';
export * from './register';
export * from './cases';
export * from './attendance';
export * from './worklist';
export * from './sponsorship';
export * from './safetynet';
export * from './community';
