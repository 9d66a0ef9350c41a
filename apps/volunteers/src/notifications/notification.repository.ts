import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Notification, type NotificationKind } from './notification.entity';

@Injectable()
export class NotificationRepository {
  /** Records a notification inside the caller's transaction, so it exists exactly when the change does. */
  async record(
    tx: Tx,
    entry: { volunteerId: string; kind: NotificationKind; shiftId: string | null },
  ): Promise<void> {
    await tx.getRepository(Notification).insert({ id: newId(), ...entry });
  }
}
