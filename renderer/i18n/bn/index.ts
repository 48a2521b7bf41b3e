import type { Catalogue } from '../en';
import { admin } from './admin';
import { cases } from './cases';
import { common } from './common';
import { errors } from './errors';
import { register } from './register';

/** The Bengali catalogue: the type makes a key missing here (or misspelt) a compile error. */
export const bn: Catalogue = { common, errors, admin, register, cases };
