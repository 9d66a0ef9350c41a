import { BlindIndex, FieldCipher } from '@linkage/crypto';
import { Injectable } from '@nestjs/common';
import { ID_NUMBER_INDEX, PERSON_INDEX, personKey } from './resident-identity';
import type { Resident } from './resident.entity';

/** A resident's confidential fields in the clear, as entered and as shown to those who may see them. */
export interface OpenFields {
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  informantPhone: string | null;
}

export type SealedFields = Pick<
  Resident,
  'idNumberEnc' | 'idNumberHash' | 'personHash' | 'phoneEnc' | 'addressEnc' | 'informantPhoneEnc'
>;

/**
 * Encrypts and decrypts a resident's confidential fields, each bound to its record and field by the
 * cipher's authenticated context (`resident:<id>:phone`), so a value copied to another row or column
 * does not decrypt there; and makes the blind indexes duplicates are found by.
 */
@Injectable()
export class ResidentFields {
  constructor(
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
  ) {}

  seal(
    residentId: string,
    person: { name: string; birthDate: string; community: string },
    fields: OpenFields,
  ): SealedFields {
    const seal = (field: string, value: string | null): string | null =>
      value === null ? null : this.cipher.encrypt(value, context(residentId, field));
    return {
      idNumberEnc: seal('id_number', fields.idNumber),
      idNumberHash: fields.idNumber === null ? null : this.idNumberHash(fields.idNumber),
      personHash: this.personHash(person.name, person.birthDate, person.community),
      phoneEnc: seal('phone', fields.phone),
      addressEnc: seal('address', fields.address),
      informantPhoneEnc: seal('informant_phone', fields.informantPhone),
    };
  }

  open(resident: Resident): OpenFields {
    const open = (field: string, value: string | null): string | null =>
      value === null ? null : this.cipher.decrypt(value, context(resident.id, field));
    return {
      idNumber: open('id_number', resident.idNumberEnc),
      phone: open('phone', resident.phoneEnc),
      address: open('address', resident.addressEnc),
      informantPhone: open('informant_phone', resident.informantPhoneEnc),
    };
  }

  /** Of the normalised ID number (upper case, no spaces). */
  idNumberHash(normalised: string): string {
    return this.index.hash(ID_NUMBER_INDEX, normalised);
  }

  personHash(name: string, birthDate: string, community: string): string {
    return this.index.hash(PERSON_INDEX, personKey(name, birthDate, community));
  }
}

const context = (residentId: string, field: string): string => `resident:${residentId}:${field}`;
