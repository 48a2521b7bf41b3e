import type { z } from 'zod';
import type { MethodName, Registry } from './registry';

/** Type-only view of the API for the renderer: what each method takes and what it answers. */
export type ApiInput<M extends MethodName> = z.input<Registry[M]['input']>;
export type ApiResult<M extends MethodName> = Awaited<ReturnType<Registry[M]['handler']>>;
export type { MethodName } from './registry';
export type { ApiErrorBody } from './errors';
