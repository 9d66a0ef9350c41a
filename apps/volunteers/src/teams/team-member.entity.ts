import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TeamRole } from './team-role';

/** A volunteer's place in a team; one row per team and volunteer. */
@Entity('team_members')
export class TeamMember {
  @PrimaryColumn({ type: 'char', length: 36 })
  id: string;

  @Column({ name: 'team_id', type: 'char', length: 36 })
  teamId: string;

  @Column({ name: 'volunteer_id', type: 'char', length: 36 })
  volunteerId: string;

  @Column({ type: 'varchar', length: 10 })
  role: TeamRole;

  @CreateDateColumn({ name: 'added_at', type: 'datetime', precision: 3 })
  addedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt: Date;
}
