import type { AreaCatalogue } from '../en';

export const register: AreaCatalogue<'register'> = {};
