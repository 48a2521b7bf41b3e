export * from './admin';
export * from './register';
export * from './cases';
