import { ledgerApi } from './ledger';
import { ledgerReadsApi } from './ledgerReads';
import { reportsApi } from './reports';
import { sponsoredChildrenApi } from './sponsoredChildren';
import { sponsorsApi } from './sponsors';
import { sponsorshipsApi } from './sponsorships';

/** Orphan sponsorship: sponsors, the families supported, sponsorships, the ledger and its reports. */
export const sponsorshipApi = [sponsorsApi, sponsoredChildrenApi, sponsorshipsApi, ledgerApi, ledgerReadsApi, reportsApi] as const;
