import { devicesApi } from './devices';
import { officeHostApi } from './officeHost';

/** The office on several PCs: this PC as the office host, and the PCs paired with it. */
export const devicesArea = [devicesApi, officeHostApi] as const;
