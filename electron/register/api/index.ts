import { addressesApi } from './addresses';
import { childrenApi } from './children';
import { schoolsApi } from './schools';

/** The register of schools and children. */
export const registerApi = [schoolsApi, childrenApi, addressesApi] as const;
