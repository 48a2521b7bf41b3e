import type { AreaCatalogue } from '../en';

export const admin: AreaCatalogue<'admin'> = {};
