export { freePort } from '../fixtures/freePort';
