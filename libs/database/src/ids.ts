import { v7 as uuidv7 } from 'uuid';

/** Record ids are UUIDv7: time-ordered, so InnoDB inserts stay at the end of the primary key. */
export function newId(): string {
  return uuidv7();
}
