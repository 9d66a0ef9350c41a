import { applyScope, type RecordScope } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { HoursDeclaration, type DeclarationStatus } from './hours-declaration.entity';

/** A declaration with its volunteer's name, as reviewers read it. */
export interface DeclarationWithVolunteer {
  declaration: HoursDeclaration;
  volunteerName: string;
}

/** Hours declarations, always through the caller's scope (owner: its volunteer; team: its shift's team). */
@Injectable()
export class DeclarationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(
    scope: RecordScope,
    filter: { id?: string; status?: DeclarationStatus; lock?: boolean },
    tx: Tx = this.db.manager,
  ): Promise<DeclarationWithVolunteer[]> {
    const qb = applyScope(this.query(tx), scope, { owner: 'd.volunteer_id', team: 'd.team_id' });
    if (filter.id) qb.andWhere('d.id = :id', { id: filter.id });
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.lock) qb.setLock('pessimistic_write');
    return this.read(qb.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').limit(500));
  }

  /** One declaration whoever asks: the one just made in `tx`, or one another service's event names. */
  async byId(tx: Tx, id: string): Promise<DeclarationWithVolunteer | null> {
    const [found] = await this.read(this.query(tx).where('d.id = :id', { id }));
    return found ?? null;
  }

  private query(tx: Tx): SelectQueryBuilder<HoursDeclaration> {
    return tx
      .getRepository(HoursDeclaration)
      .createQueryBuilder('d')
      .innerJoin('volunteers', 'v', 'v.id = d.volunteer_id')
      .addSelect('v.name', 'volunteerName');
  }

  private async read(qb: SelectQueryBuilder<HoursDeclaration>): Promise<DeclarationWithVolunteer[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ d_id: string; volunteerName: string }>();
    const names = new Map(raw.map((r) => [r.d_id, r.volunteerName]));
    return entities.map((declaration) => ({
      declaration,
      volunteerName: names.get(declaration.id) ?? '',
    }));
  }

  /** The declaration's row locked in `tx`, whoever asks (another service's event names it). */
  lockById(tx: Tx, id: string): Promise<HoursDeclaration | null> {
    return tx
      .getRepository(HoursDeclaration)
      .createQueryBuilder('d')
      .where('d.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  exists(id: string): Promise<boolean> {
    return this.db.getRepository(HoursDeclaration).existsBy({ id });
  }

  async insert(tx: Tx, declaration: HoursDeclaration): Promise<HoursDeclaration> {
    await tx.getRepository(HoursDeclaration).insert(declaration);
    return tx.getRepository(HoursDeclaration).findOneByOrFail({ id: declaration.id });
  }

  async save(tx: Tx, id: string, changes: Partial<HoursDeclaration>): Promise<HoursDeclaration> {
    await tx.getRepository(HoursDeclaration).update({ id }, changes);
    return tx.getRepository(HoursDeclaration).findOneByOrFail({ id });
  }
}
