export * from './admin';
export * from './register';
