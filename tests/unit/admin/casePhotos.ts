import { kilnCase } from '../../fixtures/office';
import { officeWithAdmin } from '../testHost';

/** A PNG as a phone camera would leave it: the PNG signature, then `size` bytes of `fill`. */
export function photo(fill: number, size: number): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(size, fill)]);
}

export interface CasePhoto {
  text: string;
  fileName: string;
  bytes: Buffer;
}

/**
 * An office with Priya Mondal on the register and a case about her at the brick kiln, with one
 * timeline entry a photo: what a backup has to carry beside the database.
 */
export async function officeWithCasePhotos(photos: CasePhoto[]) {
  const office = await officeWithAdmin();
  const priya = await office.ok('children.create', { nameEn: 'Priya Mondal', sex: 'female', ageYears: 10 }, office.admin);
  const created = await office.ok('cases.create', kilnCase([priya.id]), office.admin);
  for (const { text, fileName, bytes } of photos) {
    await office.ok(
      'cases.addEntry',
      {
        caseId: created.id,
        happenedOn: '2026-11-21',
        kind: 'document',
        text,
        attachment: { fileName, contentBase64: bytes.toString('base64') },
      },
      office.admin,
    );
  }
  return { office, caseId: created.id };
}
